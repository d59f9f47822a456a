package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// German employment-kind compounds in the type field: a stem naming the
// kind of post before a head noun naming the post or its contract
// ("Kaderanstellung", "Saisonanstellung", "Lehrstelle", "Praktikumsvertrag",
// "Daueranstellung", "Zeitvertrag"). The head noun says nothing by itself;
// the stem, with or without the linking "s", is read here. A field the
// whole-word readers before know ("Festanstellung", "Saisonarbeit") never
// reaches this; a field of more than one word is left to them.
var germanKindHeads = []string{"anstellung", "stelle", "vertrag", "beschäftigung", "beschaeftigung",
	"arbeitsverhältnis", "arbeitsverhaeltnis", "verhältnis", "verhaeltnis", "job", "kraft", "position"}

var germanKindStems = map[string]model.JobType{
	"fest": model.TypeFullTime, "feste": model.TypeFullTime, "dauer": model.TypeFullTime, "kader": model.TypeFullTime,
	"unbefristete": model.TypeFullTime, "vollzeit": model.TypeFullTime,
	"teilzeit": model.TypePartTime, "mini": model.TypePartTime, "neben": model.TypePartTime,
	"saison": model.TypeContract, "befristete": model.TypeContract, "zeit": model.TypeContract, "projekt": model.TypeContract,
	"honorar": model.TypeContract, "aushilf": model.TypeContract, "vertretung": model.TypeContract,
	"lehr": model.TypeInternship, "lehrling": model.TypeInternship, "ausbildung": model.TypeInternship,
	"praktikum": model.TypeInternship, "praktikant": model.TypeInternship, "praktikanten": model.TypeInternship,
	"werkstudenten": model.TypeInternship, "trainee": model.TypeInternship, "volontariat": model.TypeInternship,
	"ehrenamt": model.TypeVolunteer,
}

// germanCompoundFieldType is the kind such a one-word field names, or
// unknown.
func germanCompoundFieldType(field string) model.JobType {
	f := strings.ToLower(strings.TrimSpace(field))
	if len(f) < 8 || strings.ContainsAny(f, " ,/;()-_") {
		return model.TypeUnknown
	}
	for _, h := range germanKindHeads {
		stem, ok := strings.CutSuffix(f, h)
		if !ok || stem == "" {
			continue
		}
		if t, ok := germanKindStems[stem]; ok {
			return t
		}
		if s, ok := strings.CutSuffix(stem, "s"); ok {
			if t, ok := germanKindStems[s]; ok {
				return t
			}
		}
		return model.TypeUnknown
	}
	return model.TypeUnknown
}
