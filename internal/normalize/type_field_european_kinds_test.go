package normalize

import "testing"

// Whole employment-type fields for student, agency, temp,
// casual and seasonal work in European languages, and contract names after
// a "Contrat de" / "Contrato de" / "Contratto di" lead
// (type_field_european_kinds.go), in this project's own words, with traps.
var europeanFieldCases = []struct {
	name, emp, title, want string
}{
	{"fr temp-work contract", "Contrat de travail temporaire", "Cariste", "contract"},
	{"fr mission contract", "Contrat de mission", "Magasinier", "contract"},
	{"fr interim contract elided", "Contrat d'intérim", "Manutentionnaire", "contract"},
	{"fr interim contract curly", "Contrat d’Intérim", "Manutentionnaire", "contract"},
	{"fr part-time contract", "Contrat à temps partiel", "Vendeuse", "part_time"},
	{"fr internship contract", "Contrat de stage", "Juriste", "internship"},
	{"fr subcontracting", "Sous-traitance", "Soudeur", "contract"},
	{"tn sivp code", "SIVP", "Comptable junior", "internship"},
	{"tn civp code", "CIVP", "Analyste", "internship"},
	{"tn caip code", "CAIP", "Opérateur", "internship"},
	{"fr temp-work code", "CTT", "Préparateur", "contract"},
	{"fr insertion contract", "Contrat d'insertion à la vie professionnelle", "Assistant", "internship"},
	{"es training contract", "Contrato de formación", "Aprendiz de cocina", "internship"},
	{"es works and service", "Obra y servicio", "Peón", "contract"},
	{"es agency code", "ETT", "Mozo de almacén", "contract"},
	{"it agency supply", "Somministrazione", "Addetto magazzino", "contract"},
	{"it agency contract lead", "Contratto di somministrazione", "Addetto magazzino", "contract"},
	{"it seasonal", "Stagionale", "Bagnino", "contract"},
	{"de student assistant", "Studentische Hilfskraft", "Tutor Statistik", "internship"},
	{"de agency work", "Zeitarbeit", "Lagerhelfer", "contract"},
	{"de labour leasing", "Arbeitnehmerüberlassung", "Elektriker", "contract"},
	{"de seasonal work", "Saisonarbeit", "Erntehelfer", "contract"},
	{"de helper", "Aushilfe", "Kassierer", "part_time"},
	{"de dual study", "Duales Studium", "Informatik", "internship"},
	{"nl student job", "Studentenbaan", "Vakkenvuller", "part_time"},
	{"nl side job", "Bijbaan", "Bezorger", "part_time"},
	{"nl agency work", "Uitzendwerk", "Orderpicker", "contract"},
	{"pl temporary work", "Praca tymczasowa", "Magazynier", "contract"},
	{"no summer job", "Sommerjobb", "Utvikler", "contract"},
	// Traps: a lead with an unknown kind after it, a probation contract, and an
	// unknown word are left alone.
	{"trap contract lead with an unknown kind", "Contrat de confiance", "Serveur", "unknown"},
	{"trap probation contract", "Contrat d'essai", "Serveur", "unknown"},
	{"trap unknown field word", "Mission critique", "Serveur", "unknown"},
}

func TestEuropeanFieldTypes(t *testing.T) {
	for _, c := range europeanFieldCases {
		if got := ParseType(c.emp, c.title, ""); string(got) != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.emp, c.title, got, c.want)
		}
	}
}
