package normalize

import (
	"regexp"
	"strings"
)

// otherTeamsLead opens a sentence about other people than the reader:
// "Other teams at the company work a hybrid schedule", "Some of our teams
// are hybrid", "Many colleagues keep a hybrid week".
var otherTeamsLead = regexp.MustCompile(`(?i)^\s*(?:(?:some|other|many|most|certain)\s+(?:of\s+(?:our|the)\s+)?(?:other\s+)?(?:teams?|employees|staff|roles|colleagues|departments|people|offices)|(?:the\s+)?rest\s+of\s+(?:the|our)\s+(?:team|company|staff))\b`)

// otherTeamsHybrid reports a hybrid cue at loc in a sentence about other
// teams than the role's. With the role itself called remote elsewhere
// (ourHybridPolicy), the hybrid week belongs to those teams.
func otherTeamsHybrid(text string, loc []int) bool {
	start := strings.LastIndexAny(text[:loc[0]], ".!?;\n") + 1
	return otherTeamsLead.MatchString(text[start:loc[0]])
}
