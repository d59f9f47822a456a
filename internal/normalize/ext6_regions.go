package normalize

import "strings"

// Places the tenth outside round (ext6) found unread in remote listings'
// locations: "World" alone, EMEA written out in a location ("Europe,
// Middle East and Africa"), and West and Central African countries by
// their English and French names ("Ivory Coast", "Côte d'Ivoire", "DRC").

func init() {
	for name, code := range map[string]string{
		"ivory coast": "CI", "côte d ivoire": "CI", "cote d ivoire": "CI", "côte d’ivoire": "CI",
		"dr congo": "CD", "congo kinshasa": "CD", "congo brazzaville": "CG", "senegal": "SN", "sénégal": "SN",
		"cameroon": "CM", "cameroun": "CM", "tanzania": "TZ", "zambia": "ZM", "zimbabwe": "ZW", "botswana": "BW",
		"mozambique": "MZ", "angola": "AO", "benin": "BJ", "bénin": "BJ", "togo": "TG", "mali": "ML", "burkina faso": "BF",
	} {
		if _, ok := regionNames[name]; !ok {
			regionNames[name] = code
		}
	}
	if _, ok := regionCodes["DRC"]; !ok {
		regionCodes["DRC"] = "CD" // the Democratic Republic of the Congo
	}
}

// ext6WholeWorld are locations that are the whole world and nothing else.
var ext6WholeWorld = map[string]bool{"world": true, "the world": true, "whole world": true, "the whole world": true,
	"entire world": true, "the entire world": true, "world wide": true, "everywhere": true}

// ext6LocRegions reads one location's regions: "World" alone is
// worldwide (the word inside other text, "World Bank", is no place), and
// EMEA written out is EMEA, not Europe; otherwise Regions.
func ext6LocRegions(loc string) []string {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(loc), ".!"))
	if ext6WholeWorld[t] {
		return []string{RegionWorldwide}
	}
	if containsFold(loc, "middle east") {
		loc = spellEMEA(loc)
	}
	return Regions(loc)
}
