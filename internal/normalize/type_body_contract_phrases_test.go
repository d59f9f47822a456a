package normalize

import "testing"

// contractPhraseCases: descriptions in this project's own wording, read by
// type_body_contract_phrases.go, and the traps it must leave alone.
var contractPhraseCases = []struct{ text, want string }{
	{"Offriamo un contratto a tempo indeterminato nel reparto vendite.", "full_time"},
	{"Si propone contratto di lavoro a tempo determinato di 12 mesi, rinnovabile.", "contract"},
	{"Die Position ist zunächst auf 18 Monate befristet.", "contract"},
	{"Es erwartet Sie ein unbefristeter Arbeitsvertrag mit 30 Tagen Urlaub.", "full_time"},
	{"Wir suchen eine befristete Elternzeitvertretung für unser Controlling.", "contract"},
	{"Wij bieden een tijdelijk contract met uitzicht op een vast contract.", "contract"},
	{"Na je proeftijd krijg je een vaste aanstelling bij de gemeente.", "full_time"},
	{"Oferujemy umowę o pracę na czas określony z możliwością przedłużenia.", "contract"},
	{"Proponujemy zatrudnienie na czas nieokreślony w oparciu o umowę o pracę.", "full_time"},
	{"Se ofrece contrato en prácticas durante el último curso del grado.", "internship"},
	{"Город: Казань\nЗанятость: Частичная\nОпыт: не требуется", "part_time"},
	// Traps: a collective agreement, a team, a limit that is no term.
	{"Inquadramento secondo il Contratto Collettivo Nazionale del Commercio.", "unknown"},
	{"Je werkt in een vast team met vaste klanten in de regio.", "unknown"},
	{"Befristung: keine Angabe. Bewerbungen bitte per E-Mail.", "unknown"},
}

func TestContractPhraseType(t *testing.T) {
	for _, c := range contractPhraseCases {
		if got := ParseType("", "Mitarbeiter", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
