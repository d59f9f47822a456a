package normalize

// "Georgia" is the country (GE) in regionNames, as a location alone or
// beside a Georgian town ("Rome, Georgia" stays the country's reading by
// an older convention). In a location that also names the United States or
// one of its states or towns ("Remote, Georgia, Carolinas, New York",
// "Atlanta, Georgia") it is the US state: georgiaStateUS turns GE into US
// there, unless the text names a Georgian place or the country in its own
// words ("Tbilisi, Georgia; Austin, TX" keeps both). Also: "APJ" (Asia
// Pacific and Japan, as sales regions write it) is Asia-Pacific. Table
// tests in region_georgia_state_test.go.
func georgiaStateUS(s string, out []string) []string {
	if len(out) < 2 || !slicesContains(out, "GE") || !slicesContains(out, "US") || !containsFold(s, "georgia") {
		return out
	}
	for _, w := range []string{"tbilisi", "batumi", "kutaisi", "rustavi", "sakartvelo", "საქართველო", "caucasus"} {
		if containsFold(s, w) {
			return out
		}
	}
	kept := out[:0]
	for _, c := range out {
		if c != "GE" {
			kept = append(kept, c)
		}
	}
	return kept
}

func init() {
	if _, ok := regionCodes["APJ"]; !ok {
		regionCodes["APJ"] = RegionAPAC // "Remote - APJ"; case-sensitive, as all codes
	}
}
