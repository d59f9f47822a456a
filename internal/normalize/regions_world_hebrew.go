package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Places in remote listings' locations: "World" alone, EMEA written out in a location ("Europe,
// Middle East and Africa"), and West and Central African countries by
// their English and French names ("Ivory Coast", "Côte d'Ivoire", "DRC");
// and a labelled location line in a description
// ("Location: Remote US") and Hebrew words for remote and hybrid work.

func init() {
	for name, code := range map[string]string{
		"ivory coast": "CI", "côte d ivoire": "CI", "cote d ivoire": "CI", "côte d’ivoire": "CI",
		"dr congo": "CD", "congo kinshasa": "CD", "congo brazzaville": "CG", "senegal": "SN", "sénégal": "SN",
		"cameroon": "CM", "cameroun": "CM", "tanzania": "TZ", "zambia": "ZM", "zimbabwe": "ZW", "botswana": "BW",
		"mozambique": "MZ", "angola": "AO", "benin": "BJ", "bénin": "BJ", "togo": "TG", "mali": "ML", "burkina faso": "BF",
	} {
		addRegionName(name, code)
	}
	if _, ok := regionCodes["DRC"]; !ok {
		regionCodes["DRC"] = "CD" // the Democratic Republic of the Congo
	}
}

// wholeWorldNames are locations that are the whole world and nothing else.
var wholeWorldNames = []string{"world", "the world", "whole world", "the whole world", "entire world", "the entire world", "world wide", "everywhere"}

// worldLocRegions reads one location's regions: "World" alone is
// worldwide (the word inside other text, "World Bank", is no place), and
// EMEA written out is EMEA, not Europe; otherwise Regions.
func worldLocRegions(loc string) []string {
	if t := strings.Trim(strings.TrimSpace(loc), ".!"); len(t) <= 16 {
		for _, w := range wholeWorldNames {
			if strings.EqualFold(t, w) {
				return []string{RegionWorldwide}
			}
		}
	}
	if remoteWorldLoc(loc) {
		return []string{RegionWorldwide} // "REMOTE (World)" (region_remote_world.go)
	}
	if containsFold(loc, "middle east") {
		loc = spellEMEA(loc)
	}
	return Regions(loc)
}

// locationLabelLine is a labelled location line in a description
// ("Location: Remote US", "Job location - Remote (Canada)").
var locationLabelLine = regexp.MustCompile(`(?im)^[\s*_•-]*(?:job\s+|work\s+)?locations?\s*(?:\*\*|__)?\s*[:–-]\s*(.{2,80})$`)

// labelLineRegions reads the regions of a labelled location line that
// says the work is remote ("Location: Remote US" -> US). A line naming
// only an office place names no remote region.
func labelLineRegions(text string) []string {
	if !containsFold(text, "location") {
		return nil
	}
	for _, m := range locationLabelLine.FindAllStringSubmatch(text, 4) {
		if containsFold(m[1], "remote") {
			if rs := Regions(m[1]); len(rs) > 0 {
				return rs
			}
		}
	}
	return nil
}

// Hebrew words for where the work is done, as Israeli boards write them:
// "עבודה מרחוק" (remote work), "עבודה מהבית" (work from home), "היברידי" /
// "היברידית" (hybrid). "לא" (not) or "ללא" (without) right before denies it.
var (
	hebrewHybrid = []string{"היברידי", "היברידית", "מודל היברידי"}
	hebrewRemote = []string{"עבודה מרחוק", "עבודה מהבית"}
)

// hebrewBodyPlace reads the Hebrew place of work in a description (hybrid
// first); unknown for any other text.
func hebrewBodyPlace(text string) (model.Remote, string) {
	if isASCIIText(text) {
		return model.RemoteUnknown, ""
	}
	for _, w := range hebrewHybrid {
		if hebrewSaid(text, w) {
			return model.RemoteHybrid, w
		}
	}
	for _, w := range hebrewRemote {
		if hebrewSaid(text, w) {
			return model.RemoteRemote, w
		}
	}
	return model.RemoteUnknown, ""
}

// hebrewSaid reports w in text not right after "לא" (not) or "ללא"
// (without).
func hebrewSaid(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		if !strings.HasSuffix(strings.TrimSpace(text[:i+j]), "לא") {
			return true
		}
		i += j + len(w)
	}
}
