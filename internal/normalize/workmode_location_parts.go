package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// locationPartMode reads a location item that joins a whole work-mode value
// of moreModeFieldWords to a place, as Latin American boards write a
// modality chip and a town in one field: "Semipresencial - Lima", "Mixto,
// Bogotá", "Lima | Semipresencial". The first part (before the first " -
// ", ", ", " | ") and the last part (after the last) are each read as a
// whole value; unknown when neither is one. Gated by a separator byte;
// modeFieldWord itself drops a part at a length no key has.
func locationPartMode(loc string) model.Remote {
	if len(loc) < 8 || len(loc) > 100 {
		return model.RemoteUnknown
	}
	first := firstPartCut(loc)
	if first < 0 {
		return model.RemoteUnknown
	}
	if r := modeFieldWord(strings.TrimSpace(loc[:first])); r != model.RemoteUnknown {
		return r
	}
	if cut := lastTailCut(loc); cut > 0 {
		return modeFieldWord(strings.TrimSpace(loc[cut:]))
	}
	return model.RemoteUnknown
}

// firstPartCut is the start of the first " - ", " | " or ", " in s, or -1.
func firstPartCut(s string) int {
	for i := 1; i < len(s)-1; i++ {
		switch s[i] {
		case '-', '|':
			if s[i-1] == ' ' && s[i+1] == ' ' {
				return i - 1
			}
		case ',':
			if s[i+1] == ' ' {
				return i
			}
		}
	}
	return -1
}
