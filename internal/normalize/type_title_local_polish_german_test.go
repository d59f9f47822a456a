package normalize

import "testing"

// Titles and descriptions in this project's own wording for
// type_title_local_polish_german.go and the German internship lines in
// type_body_world_phrases.go, with the traps they must leave alone.
func TestTitleLocalPolishGerman(t *testing.T) {
	cases := []struct{ title, text, want string }{
		{"Praktyki - Analityk danych", "", "internship"},
		{"Praktyki letnie w dziale IT", "", "internship"},
		{"Staz Tester oprogramowania", "", "internship"},
		{"Entwickler Mobile Apps (Werkvertrag)", "", "contract"},
		{"Werkvertrag: Redakteur Technik", "", "contract"},
		// Traps: the letters inside longer words, and plain titles.
		{"Stazione di servizio - Addetto", "", "unknown"},
		{"Werkvertragsmanagerin Einkauf", "", "unknown"},
		{"Programista Java", "", "unknown"},
		// Description lines.
		{"Analyst", "Praktikantin für 5 Monate im Einkauf", "internship"},
		{"Assistenz", "Praktikant/in von sechs Monate ab Oktober", "internship"},
		{"Assistenz", "Praktikum im Bereich Personal und Recht\nDeine Aufgaben:", "internship"},
		// Traps: asking for an internship done before, supervising interns.
		{"Assistenz", "Praktikum im Bereich Vertrieb von Vorteil", "unknown"},
		{"Assistenz", "Erste Erfahrungen, z. B. ein Praktikum im Bereich Logistik wünschenswert", "unknown"},
		{"Teamleitung", "Du betreust unsere Praktikanten für 6 Monate", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, c.text); string(got) != c.want {
			t.Errorf("ParseType(title %q, text %q) = %s, want %s", c.title, c.text, got, c.want)
		}
	}
}
