package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A type field joining a tenure word and the hours,
// in our own words (type_field_tenure_hours_joined.go).
func TestJoinedTenureHoursField(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		// open-ended tenure with part-time words or a short week
		{"CDI temps partiel", "Vendeur", model.TypePartTime},
		{"CDI - Temps Partiel", "Hôte de caisse", model.TypePartTime},
		{"CDI 24H", "Agent d'entretien", model.TypePartTime},
		{"CDI 28h/semaine", "Assistante dentaire", model.TypePartTime},
		{"Festanstellung, Teilzeit", "Bürokraft", model.TypePartTime},
		{"Feste Anstellung, Teilzeit", "Lagerhilfe", model.TypePartTime}, // written as two words
		{"Feste Anstellung / Vollzeit", "Monteur", model.TypeFullTime},
		// a third part that only names the work mode is no third part
		{"Feste Anstellung, Teilzeit, Homeoffice", "Sachbearbeitung", model.TypePartTime},
		{"Permanent / Part time / Hybrid", "Receptionist", model.TypePartTime},
		{"CDI, temps partiel, télétravail", "Assistant RH", model.TypePartTime},
		{"Unbefristet / 20 Std.", "Empfang", model.TypePartTime},
		{"Permanent - 16 hours a week", "Shop Assistant", model.TypePartTime},
		{"vaste aanstelling, 24 uur", "Kassamedewerker", model.TypePartTime},
		{"Indefinido, media jornada", "Dependienta", model.TypePartTime},
		{"безстроковий, неповний робочий день", "Касир", model.TypePartTime},
		// open-ended tenure with full-time words or a full week
		{"CDI 35H", "Comptable", model.TypeFullTime},
		{"CDI 39 heures", "Magasinier", model.TypeFullTime},
		{"Permanent, 37.5 hours", "Analyst", model.TypeFullTime},
		{"Festanstellung Vollzeit", "Entwickler", model.TypeFullTime},
		// fixed-term tenure: a contract unless the hours are part-time
		{"CDD temps plein", "Serveur", model.TypeContract},
		{"CDD 35h", "Préparateur", model.TypeContract},
		{"Befristet, Vollzeit", "Projektassistenz", model.TypeContract},
		// the tenure alone in Cyrillic or Chinese
		{"безстроковий", "Бухгалтер", model.TypeFullTime},
		{"бессрочный договор", "Инженер", model.TypeFullTime},
		{"строковий трудовий договір", "Вчитель", model.TypeContract},
		{"срочный трудовой договор", "Курьер", model.TypeContract},
		{"无固定期限", "会计", model.TypeFullTime},
		{"固定期限", "文员", model.TypeContract},
		// whole values naming the hours or a regular post
		{"Voltijds", "Boekhouder", model.TypeFullTime},
		{"Deeltijds", "Poetshulp", model.TypePartTime},
		{"正式工", "焊工", model.TypeFullTime},
		{"非全日制", "保洁", model.TypePartTime},
		{"On-roll", "Field Officer", model.TypeFullTime},
		{"En planilla", "Cajero", model.TypeFullTime},
		{"US Regular FT", "Planner", model.TypeFullTime},
		{"Regular PT", "Greeter", model.TypePartTime},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %v, want %v", c.field, c.title, got, c.want)
		}
	}
}

func TestJoinedTenureHoursLeavesOthers(t *testing.T) {
	cases := []struct {
		field string
		want  model.JobType
	}{
		// both hours, or both tenures: not this reader's call
		{"CDI temps plein ou temps partiel", model.TypeUnknown},
		{"CDI ou CDD", model.TypeUnknown},
		// fixed-term and part-time: the other readers decide
		{"CDD temps partiel", model.TypeUnknown},
		{"Befristet, Teilzeit", model.TypeUnknown},
		// three parts or more
		{"permanent / part-time / evenings", model.TypeUnknown},
		{"Permanent, Part-time, Evenings, Remote", model.TypeUnknown}, // still three parts beside the mode
		// 32-34 hours is left to the other readers
		{"CDI 32h", model.TypeUnknown},
		// no tenure word at all
		{"Temps partiel", model.TypeUnknown},
		{"Regular", model.TypeUnknown},
		{"", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := joinedTenureHoursType(c.field); got != c.want {
			t.Errorf("joinedTenureHoursType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
	// A title that overrules a full-time field still does.
	if got := ParseType("Full-Time Permanent", "Registered Nurse - Oncology, PTT(J0000-0001)", ""); got != model.TypePartTime {
		t.Errorf("PTT title under a full-time permanent field = %v, want part_time", got)
	}
}
