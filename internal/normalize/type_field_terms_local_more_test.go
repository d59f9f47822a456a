package normalize

import "testing"

// europeanJapaneseTermCases: type fields read by type_field_terms_local_more.go, in this
// project's own wording, with traps that must keep their old reading.
var europeanJapaneseTermCases = []struct{ field, want string }{
	// Italian.
	{"Consulenza", "contract"}, {"Contratto temporaneo", "contract"}, {"Temporanea", "contract"},
	// Dutch.
	{"Vaste medewerker", "full_time"}, {"Vaste baan", "full_time"}, {"Inhuur via bureau", "contract"}, {"Onderaannemer", "contract"},
	// German: agency work short and folded, seasonal work, the mini job.
	{"ANÜ", "contract"}, {"Arbeitnehmerueberlassung", "contract"}, {"Personalueberlassung", "contract"},
	{"Saisonal", "contract"}, {"Saisonkraft Ernte", "contract"}, {"Geringfügige Beschäftigung", "part_time"}, {"geringfuegig beschaeftigt", "part_time"}, {"kurzfristig beschäftigt", "contract"}, {"Kurzfristige Beschäftigung (max. 70 Tage)", "contract"}, {"Eintritt kurzfristig", "unknown"},
	// Nordic.
	{"Studiejob", "internship"}, {"Konsult", "contract"},
	// Finnish.
	{"Toimeksiantaja", "contract"}, {"Toimeksianto", "contract"},
	// Russian.
	{"Частичная", "part_time"}, {"Неполная", "part_time"}, {"Миниджоб", "part_time"},
	// Japanese.
	{"請負契約", "contract"},
	// Traps: old readings stay, and longer values that are no type.
	{"Vast contract", "full_time"}, {"Arbeitnehmerüberlassung", "contract"}, {"Konsultation", "unknown"},
	{"Частичная оплата проезда", "unknown"}, {"Saisonale Spezialitäten", "unknown"}, {"Consulenza fiscale gratuita", "unknown"},
}

func TestEuropeanJapaneseTerms(t *testing.T) {
	for _, c := range europeanJapaneseTermCases {
		if got := ParseType(c.field, "Clerk", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}
