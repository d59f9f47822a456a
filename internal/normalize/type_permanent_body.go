package normalize

import (
	"regexp"
	"strings"
)

// permanentWide is "permanent" with up to three words before its noun,
// which bodyPermanent (type_lines.go) does not take: "Permanent
// psychiatric NP position", "a permanent, full-time nursing role".
var permanentWide = regexp.MustCompile(`(?i)\bpermanent,?\s+((?:[\p{L}/&-]+,?\s+){1,3}?)(?:position|role|job|post|opportunity|vacancy|hire)\b`)

// permanentNotJob are words that make "permanent" something else than the
// job's term: residence ("permanent resident status for this role"), a
// record or an address.
var permanentNotJob = []string{"resident", "residen", "address", "record", "makeup", "make-up", "magnet", "marker", "collection", "exhibit"}

// permanentBody matches permanentWide where the words in between are none
// of permanentNotJob: a permanent post, full-time to us.
type permanentBody struct{}

// permanentWideAt is permanentWide anchored, tried only where "permanent"
// stands (anchoredKeyScan).
var permanentWideAt = regexp.MustCompile(`^(?:` + permanentWide.String() + `)`)

func (permanentBody) MatchString(text string) bool {
	if !hasFold(text, "permanent") {
		return false
	}
	found := false
	anchoredKeyScan(text, "permanent", 0, permanentWideAt, 4, func(m []string) bool {
		inner := strings.ToLower(m[1])
		for _, w := range permanentNotJob {
			if strings.Contains(inner, w) {
				return false
			}
		}
		found = true
		return true
	})
	return found
}
