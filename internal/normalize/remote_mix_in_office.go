package normalize

import (
	"regexp"
)

// remoteOfficeMix is a job's way of working named as a mix of remote and
// in-office (on-site, in-person) work, in either order: "a mix of remote
// and in-office collaboration", "a combination of on-site and remote
// work", "a blend of in-person and remote days", with up to three words of
// the remote work's own between ("a mix of remote data coding and in-person
// lab meetings"; group 1, which may not name people). homeOfficeMix (remote.go)
// reads "a mix of home and office"; its office words do not take the
// hyphened "in-office", "on-site" and "in-person". A mix of people or of
// posts is not the job's way of working: "a mix of remote and in-office
// employees", "a combination of remote and on-site roles".
var remoteOfficeMix = newKeyRegexp(`(?i)\b(?:mix|combination|blend|balance)\s+of\s+(?:(?:remote(?:ly)?|virtual|home|wfh|(?:working\s+)?(?:from|at)\s+home)((?:\s+[\p{L}-]+){0,3}?)\s+(?:and|&)\s+(?:in[- ]office|on[- ]?site|in[- ]person)|(?:in[- ]office|on[- ]?site|in[- ]person)\s+(?:and|&)\s+(?:remote(?:ly)?|home|wfh|(?:working\s+)?(?:from|at)\s+home))\b`,
	10, 40, "mix of", "combination of", "blend of", "balance of")

// remoteOfficeMixPeople follows a mix that is of people or posts.
var remoteOfficeMixPeople = regexp.MustCompile(`(?i)^[\s-]*(?:\w+[\s-]+)?(?:teams?|employees|staff|workers|colleagues|people|members|teammates|engineers|roles|positions|jobs|openings|opportunities|vacancies|candidates|talent|hires|offices|locations)\b`)

// remoteOfficeMixAt finds a remote and in-office mix that is the job's
// way of working; nil when there is none.
func remoteOfficeMixAt(text string) []int {
	for _, m := range remoteOfficeMix.FindAllStringSubmatchIndex(text, 4) {
		if m[2] < m[3] && remoteOfficeMixPeople.MatchString(text[m[2]:m[3]]) {
			continue // "a mix of remote engineers and on-site staff"
		}
		if !remoteOfficeMixPeople.MatchString(text[m[1]:min(len(text), m[1]+30)]) {
			return m[:2]
		}
	}
	return nil
}
