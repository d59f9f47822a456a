package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment type fields of European job boards no
// earlier reader knows (table tests in type_field_norwegian_polish_test.go).

// norwegianPolishKeys are whole type fields (lettersLower keys): the Norwegian
// NAV category of permanent posts (faste stillinger) and an assignment
// (oppdrag), and the Polish contract for a specific work (umowa o dzieło,
// "UoD"), a civil-law contract like the mandate one (UZ).
var norwegianPolishKeys = map[string]model.JobType{
	"fastestillinger": model.TypeFullTime, "fastestilling": model.TypeFullTime,
	"oppdrag": model.TypeContract, "uod": model.TypeContract, "umowaodzieo": model.TypeContract,
	"umowaodzielo": model.TypeContract,
}

// norwegianPolishFieldType reads a key of norwegianPolishKeys after every other field
// reader said nothing.
func norwegianPolishFieldType(raw string) model.JobType {
	if len(raw) < 3 || len(raw) > 24 {
		return model.TypeUnknown
	}
	switch raw[0] | 0x20 {
	case 'f', 'o', 'u':
		if t, ok := norwegianPolishKeys[lettersLower(raw)]; ok {
			return t
		}
	}
	return model.TypeUnknown
}

// fullOrPartField reads a field that offers both hours, full time
// named first ("Vollzeit oder Teilzeit", "Full-time or part-time",
// "Full-or-part-time", "Full/Part time"), as the full-time post it leads
// with, as a title written so is read. The joined shapes hold "part-time"
// whole, which the part-time readers would otherwise take alone.
func fullOrPartField(raw string) model.JobType {
	if len(raw) >= 12 && len(raw) <= 20 && (raw[0]|0x20) == 'f' && fullOrPartJoined[strings.Join(strings.Fields(strings.ToLower(raw)), "")] {
		return model.TypeFullTime
	}
	if len(raw) < 18 || len(raw) > 40 {
		return model.TypeUnknown
	}
	switch raw[0] | 0x20 {
	case 'v', 'f':
	default:
		return model.TypeUnknown
	}
	l := strings.Join(strings.Fields(strings.ToLower(raw)), " ")
	for _, full := range []string{"vollzeit", "full-time", "full time", "fulltime"} {
		rest, ok := strings.CutPrefix(l, full)
		if !ok {
			continue
		}
		for _, or := range []string{" oder ", " or "} {
			if part, ok := strings.CutPrefix(rest, or); ok {
				switch part {
				case "teilzeit", "part-time", "part time", "parttime":
					return model.TypeFullTime
				}
			}
		}
	}
	return model.TypeUnknown
}

// fullOrPartJoined are both hours written as one word, spaces removed.
var fullOrPartJoined = map[string]bool{
	"full-or-part-time": true, "fullorparttime": true, "fullorpart-time": true,
	"full/part-time": true, "full/parttime": true, "full-time/part-time": true, "fulltime/parttime": true,
}
