package normalize

import "testing"

// German side-job and fee-basis wording in titles and
// descriptions (type_german_side_jobs.go) and payroll pay-basis codes in a
// type field (type_field_pay_basis_codes.go), in this project's own words,
// with the traps each must leave alone.
var germanSideJobCases = []struct {
	name            string
	emp, title, txt string
	want            string
}{
	{"title part-time worker compound", "", "Teilzeitkraft Bäckerei Filiale", "", "part_time"},
	{"title part-time post compound", "", "Teilzeitstelle Empfang (w/m/d)", "", "part_time"},
	{"title pupils' job", "", "Schülerjob Prospektverteilung", "", "part_time"},
	{"title pupils' job ascii", "", "Schuelerjob im Getraenkemarkt", "", "part_time"},
	{"title students' job", "", "Studentenjob Messeaufbau", "", "part_time"},
	{"title side activity", "", "Nebentätigkeit Inventur samstags", "", "part_time"},
	{"title marginal employment", "", "Reinigungskraft geringfügig beschäftigt", "", "part_time"},
	{"title marginal, no project cue", "", "Fahrer geringfügig", "", "part_time"},
	{"title helper activity", "", "Aushilfstätigkeit Lager", "", "part_time"},
	{"title minijob ceiling basis", "", "Servicekraft auf 538 € Basis", "", "part_time"},
	{"title old ceiling hyphen basis", "", "Verkaufshilfe, 450-Basis", "", "part_time"},
	{"title full-time post compound", "", "Vollzeitstelle Buchhaltung", "", "full_time"},
	{"title working students plural", "", "Werkstudenten Controlling gesucht", "", "internship"},
	{"title fee basis", "", "Dozentin Deutschkurse auf Honorarbasis", "", "contract"},
	{"title invoice basis", "", "Übersetzer auf Rechnungsbasis", "", "contract"},
	{"body minijob with part-time", "", "Helfer Gartenpflege", "Wir bieten Teilzeit oder Minijob, Einsatz nach Absprache.", "part_time"},
	{"body marginal employment", "", "Helfer Gartenpflege", "Die Stelle ist als geringfügige Beschäftigung ausgeschrieben.", "part_time"},
	{"body ceiling basis", "", "Helfer Gartenpflege", "Vergütung auf 556 Euro Basis, flexible Tage.", "part_time"},
	{"field salaried full-time code", "SALARIED_FT", "Store Lead", "", "full_time"},
	{"field hourly part-time code", "HOURLY_PT", "Store Associate", "", "part_time"},
	{"field hourly code dashed", "hourly-ft", "Store Associate", "", "full_time"},
	// Traps.
	{"trap: two kinds in one title", "", "Vollzeitstelle oder Teilzeitkraft", "", "unknown"},
	{"trap: a time word alone", "", "Zeitmanagement Coach", "", "unknown"},
	{"trap: basis without a ceiling", "", "Berater auf Basis Erfahrung", "", "unknown"},
	{"trap: a minijob denied", "", "Helfer Gartenpflege", "Es handelt sich um keinen Minijob.", "unknown"},
	{"trap: full-time or minijob", "", "Helfer Gartenpflege", "Vollzeit oder Minijob möglich.", "unknown"},
	{"trap: other salaried code", "SALARIED_EXEMPT", "Store Lead", "", "unknown"},
	{"trap: a gig title stays a project", "", "Logo design gig", "", "project"},
}

func TestGermanSideJobs(t *testing.T) {
	for _, c := range germanSideJobCases {
		if got := ParseType(c.emp, c.title, c.txt); string(got) != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %s, want %s", c.name, c.emp, c.title, c.txt, got, c.want)
		}
	}
}
