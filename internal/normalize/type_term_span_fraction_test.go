package normalize

import "testing"

// termSpanFractionCases: a German term "of a fixed-term kind", a Dutch
// contract for a set or an open time, a Polish working time as a fraction
// of a post, and a French work-study sought in the description; own
// wording, with traps that must stay as they were.
var termSpanFractionCases = []struct{ emp, title, text, want string }{
	{"", "Sachbearbeiter", "Die Anstellung ist befristeter Natur und endet im März.", "contract"},
	{"", "Sachbearbeiter", "Das Arbeitsverhältnis ist unbefristeter Natur.", "full_time"},
	{"", "Medewerker", "Je krijgt een arbeidsovereenkomst voor bepaalde tijd van zes maanden.", "contract"},
	{"", "Medewerker", "Na een jaar volgt een contract voor onbepaalde tijd.", "full_time"},
	{"", "Kasjer", "Wymiar etatu: 0,75 etatu", "part_time"},
	{"3/4 etatu", "Księgowa", "", "part_time"},
	{"0.5 etatu", "Księgowa", "", "part_time"},
	{"", "Assistant comptable", "Nous recherchons une assistante comptable en alternance pour la rentrée.", "internship"},
	// Traps: a whole post, a set time that is no contract, Dutch leave for
	// a set time, and a French search for clients.
	{"1/1 etatu", "Księgowa", "", "unknown"},
	{"", "Medewerker", "Je kunt voor bepaalde tijd onbetaald verlof opnemen.", "unknown"},
	{"", "Sachbearbeiter", "Wir lieben die Natur und wandern im Team.", "unknown"},
	{"", "Commercial", "Nous recherchons des clients en Bretagne chaque semaine.", "unknown"},
}

func TestTermSpanFraction(t *testing.T) {
	for _, c := range termSpanFractionCases {
		if got := ParseType(c.emp, c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %s, want %s", c.emp, c.title, c.text, got, c.want)
		}
	}
}
