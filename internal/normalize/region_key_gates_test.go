package normalize

import "testing"

// TestNarrowedKeysKeepTheirMatches: the demand and shape readers key on the
// words around their verb ("be based", "payroll via", "east coast"), not on
// a common word alone ("based", "payroll", "coast"); every sentence the
// plain regexp matches still holds a key, so the keyed search finds it, and
// the common word alone opens no window.
func TestNarrowedKeysKeepTheirMatches(t *testing.T) {
	match := map[*keyRegexp][]string{
		youBasedIn: {
			"Benefits. Be based within Portugal or Spain.",
			"Requirements: you're located in Kenya and speak Swahili.",
			"You are currently residing in Mexico.",
			"you will be living in Norway for the length of the contract",
			"Perks\nLive in Japan? Great.",
			"Reside within the Nordics.",
			"you need to be resident in Ireland",
			"You’re based in Chile",
		},
		payrollVia: {
			"We run payroll through Deel in Brazil and Colombia.",
			"Contractors are paid via payroll in Poland.",
			"payroll across Germany and Austria",
		},
		homeIn: {
			"You can work from home in Finland.",
			"working remotely from their home office in Belgium",
			"work from your home within Denmark",
		},
		applyingFrom: {
			"We welcome applications from Ghana and Nigeria.",
			"We are accepting applicants from Canada only.",
		},
		onCoast:     {"You should be based on the East Coast.", "living along the west coast of Australia"},
		coastPeople: {"West Coast candidates only", "East Coast-based applicants"},
	}
	for k, texts := range match {
		for _, s := range texts {
			if k.plain().FindStringIndex(s) == nil {
				t.Errorf("plain regexp does not match %q (test text wrong)", s)
				continue
			}
			if k.FindStringIndex(s) == nil {
				t.Errorf("keyed search misses %q", s)
			}
			checkKey(t, "narrowed", k, s)
		}
	}
	// the common word alone: no key, no window
	quiet := map[*keyRegexp][]string{
		youBasedIn: {"a company based on open data", "Our team is located near Austin."},
		payrollVia: {"You will clean up the old payroll spreadsheets.", "paid through our payroll provider"},
		homeIn:     {"our people work from Utrecht and from home."},
		onCoast:    nil,
	}
	for k, texts := range quiet {
		for _, s := range texts {
			if w := k.windows(s); len(w) != 0 {
				t.Errorf("%q opens windows %v", s, w)
			}
		}
	}
}

// TestHasQuestionVerb: the cheap test before basedQuestion finds the
// capitalised verbs only.
func TestHasQuestionVerb(t *testing.T) {
	for s, want := range map[string]bool{
		"Based in Ireland":       true,
		"Perks. Living in Chile": true,
		"Located in Peru":        true,
		"Live in Kenya":          true,
		"Lisbon office. Life":    false,
		"based in Ireland":       false,
		"Do you like Go":         false,
		"":                       false,
	} {
		if got := hasQuestionVerb(s); got != want {
			t.Errorf("hasQuestionVerb(%q) = %v, want %v", s, got, want)
		}
	}
}
