package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// placeModeLine reads a short description that is one place name and one
// work-mode word beside it, with no separator: "Sevilla hybrid", "Remote
// Portugal", "Leeds onsite". Such a line is a location note written into
// the body, so it is read the way a location field would be. The place
// must be the whole rest of the line (wholeRegion): "Hybrid cloud" or
// "Pune team hybrid" give nothing. A bare "home" or "office" beside the
// place is a department, not a mode ("Berlin office"), and is left alone.
func placeModeLine(t string) model.Remote {
	first, last := strings.IndexByte(t, ' '), strings.LastIndexByte(t, ' ')
	if first <= 0 || last >= len(t)-1 {
		return model.RemoteUnknown
	}
	for _, cut := range [2][2]string{{t[last+1:], t[:last]}, {t[:first], t[first+1:]}} {
		word, place := cut[0], strings.TrimRight(strings.TrimSpace(cut[1]), ",")
		if isBareTitleWord(word) {
			continue
		}
		r := shortModeValue(word, false)
		if r == model.RemoteUnknown || len(wholeRegion(place)) == 0 {
			continue
		}
		return r
	}
	return model.RemoteUnknown
}
