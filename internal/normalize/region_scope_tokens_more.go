package normalize

import "strings"

func init() {
	// "NAMER" (North America) as canonical scope tokens write it: the US
	// and Canada, as "North America" reads.
	if _, ok := regionGroups["namer"]; !ok {
		regionGroups["namer"] = []string{"US", "CA"}
	}
}

// wholeAmer reports a location that is only the scope token "amer" in any
// case ("amer", "Amer": the Americas, as "AMER" reads); inside a longer
// location "Amer" is as often a name.
func wholeAmer(s string) bool {
	return len(s) <= 8 && strings.EqualFold(strings.TrimSpace(s), "amer")
}
