package normalize

import "strings"

// A work-mode field that names only workplaces the worker goes to
// (table tests in workmode_hint_place_only_test.go). Applicant-tracking
// systems let a tenant name its work-mode values, and an on-site value is
// often written as the places it allows, joined by a slash and closed by
// "only": "Office only", "Site only", "Office/Site only", "Campus only".
// Every part must be such a workplace: "Office/Remote only" and
// "Home office only" keep the other readers' answer.

// onlyPlaceParts are the workplaces such a field names, with the separators
// hintSeparators drops already removed.
var onlyPlaceParts = map[string]bool{
	"office": true, "site": true, "onsite": true, "inoffice": true, "theoffice": true,
	"campus": true, "workplace": true, "premises": true, "onpremises": true,
	"branch": true, "store": true, "plant": true, "hq": true, "headquarters": true,
}

// hintWorkplacesOnly reports whether key, a hint folded by hintRemote
// ("office/siteonly"), is one or more workplaces closed by "only", or two
// or more workplaces joined by a slash ("office/site").
func hintWorkplacesOnly(key string) bool {
	head, only := strings.CutSuffix(key, "only")
	parts := strings.FieldsFunc(head, func(r rune) bool { return r == '/' || r == '&' || r == ',' || r == '+' })
	if len(parts) == 0 || (!only && len(parts) < 2) {
		return false
	}
	for _, p := range parts {
		if !onlyPlaceParts[p] {
			return false
		}
	}
	return true
}
