package normalize

import "testing"

// slavicIberianFieldCases: type fields read by type_field_terms_slavic_iberian.go, in
// this project's own wording, with traps that keep their old reading.
var slavicIberianFieldCases = []struct{ field, want string }{
	// Czech and Slovak agreements, a second post, temporary work.
	{"Dohoda o provedení činnosti", "part_time"}, {"dohoda o pracovní činnosti (DPČ)", "part_time"},
	{"Vedlejší pracovní poměr", "part_time"}, {"VPP", "part_time"}, {"Dočasná výpomoc", "contract"},
	{"Smlouva", "contract"}, {"OSVČ / IČO", "contract"},
	// Polish.
	{"Umowa agencyjna", "contract"}, {"Umowa na zastępstwo", "contract"}, {"umowa o pracę tymczasową", "contract"},
	// Russian and Ukrainian second jobs.
	{"Совместительство", "part_time"}, {"Внешний совместитель", "part_time"}, {"Сумісництво", "part_time"},
	// Portuguese, Vietnamese, Norwegian, German, French.
	{"Integral", "full_time"}, {"Tạm thời", "contract"}, {"Tam thoi", "contract"}, {"Fulltid", "full_time"},
	{"Samstagsjob", "part_time"}, {"Wochenendjob im Lager", "part_time"}, {"Contrat en alternance", "internship"},
	{"A tiempo completo", "full_time"}, {"A tiempo parcial", "part_time"}, {"Tempo inteiro", "full_time"}, {"Meio tempo", "part_time"},
	// Spanish shares of the working day.
	{"3/4 de jornada", "part_time"}, {"1/2 de jornada", "part_time"}, {"Un cuarto de jornada", "part_time"},
	{"Dos tercios de jornada", "part_time"},
	// A permanent tenure with the bare contract word.
	{"Permanent contract", "full_time"}, {"PERMANENT CONTRACT", "full_time"}, {"Contrat permanent", "full_time"},
	{"Contrato permanente", "full_time"}, {"Permanent employment contract", "full_time"},
	// Traps: old readings stay; a whole day or a long text is no share.
	{"Jornada completa", "full_time"}, {"Media jornada", "part_time"}, {"4/4 de jornada", "unknown"},
	{"Umowa o pracę", "full_time"}, {"HPP", "full_time"}, {"Integralmente remoto", "unknown"},
	{"DPP", "part_time"}, {"Brigáda", "contract"}, {"Temporary contract", "contract"}, {"Permanent, Part time", "part_time"},
	{"Contract, permanent placement possible", "contract"},
}

func TestSlavicIberianFieldTerms(t *testing.T) {
	for _, c := range slavicIberianFieldCases {
		if got := ParseType(c.field, "Clerk", ""); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}

// sideSeasonTitleCases: titles read by sideSeasonTitleWords, with the type field
// empty, and traps.
var sideSeasonTitleCases = []struct{ title, want string }{
	{"Mini-Job an der Kasse (m/w/d)", "part_time"}, {"HiWi am Lehrstuhl für Statik", "internship"},
	{"Samstagsjob Bäckerei", "part_time"}, {"Saisonnier cuisine (H/F)", "contract"}, {"Saisonnière accueil", "contract"},
	{"Técnico de Laboratório Efetivo", "full_time"}, {"Vendedora Temporária - Natal", "contract"},
	// Traps: no type word, or two kinds at once.
	{"Hiwiller Straße Fahrer", "unknown"}, {"Vendedor temporário ou efetivo", "unknown"},
}

func TestSideSeasonTitleWords(t *testing.T) {
	for _, c := range sideSeasonTitleCases {
		if got := ParseType("", c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(title %q) = %s, want %s", c.title, got, c.want)
		}
	}
}
