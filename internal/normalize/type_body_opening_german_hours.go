package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// openingGermanHoursType is the hours a German description names as its
// first word, as openingHoursType reads "Full-time, ...": "Vollzeit, 38
// Stunden", "Teilzeit (20 Std.)". A longer word ("Vollzeitnah",
// "Teilzeitkraft") or a joined one ("Vollzeit-Team") is not the bare
// hours, and a first sentence that names both hours, offers a choice or
// speaks of the people who work them ("Vollzeit oder Teilzeit", "Vollzeit
// und Teilzeit möglich", "Vollzeit: alle Mitarbeitenden erhalten ...")
// is left alone. s is the text with its leading space and bullets cut.
func openingGermanHoursType(s string) model.JobType {
	if len(s) < 9 {
		return model.TypeUnknown
	}
	var t model.JobType
	switch head := strings.ToLower(s[:8]); head {
	case "vollzeit":
		t = model.TypeFullTime
	case "teilzeit":
		t = model.TypePartTime
	default:
		return model.TypeUnknown
	}
	rest := s[8:]
	if c := rest[0]; isLetterByte(c) || c >= 0x80 || c == '-' || c == '/' {
		return model.TypeUnknown
	}
	if i := strings.IndexAny(rest, ".\n!?"); i >= 0 {
		rest = rest[:i]
	}
	low := strings.ToLower(rest)
	for _, w := range []string{"vollzeit", "teilzeit", " oder ", " und ", "/", "mitarbeit", "kolleg", "beschäftigte", "studium", "ausbildung"} {
		if strings.Contains(low, w) {
			return model.TypeUnknown
		}
	}
	return t
}
