package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing can say two things about where its work may be done: company-wide
// words ("We hire globally", "work from anywhere") and a demand of this one
// role ("This role requires a location within APAC time zones"). The role's
// own demand is the narrower and later word, so it wins over "worldwide".
// Table tests in region_role_demand_world_test.go.

// roleDemandClause is a sentence that says what this role requires or is
// limited to, up to the end of that sentence.
var roleDemandClause = regexp.MustCompile(`(?i)\b(?:this|the)\s+(?:role|position|job|opening)\s+(?:requires|is\s+limited\s+to|is\s+restricted\s+to|is\s+only\s+open\s+to)\b[^.!?\n]*`)

// reviseRoleDemandOverWorld narrows a remote listing read as worldwide to the
// place its role demand names. It leaves the regions alone when the demand
// names no place or only the world again.
func reviseRoleDemandOverWorld(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(ri.Regions) != 1 || ri.Regions[0] != RegionWorldwide {
		return ri
	}
	if !hasFold(text, "this role") && !hasFold(text, "this position") && !hasFold(text, "the role") && !hasFold(text, "the position") && !hasFold(text, "this job") && !hasFold(text, "this opening") && !hasFold(text, "the job") && !hasFold(text, "the opening") {
		return ri
	}
	for _, m := range roleDemandClause.FindAllString(text, -1) {
		rs := dropWorldwide(Regions(m))
		if len(rs) == 0 {
			continue
		}
		ri.Regions = rs
		ri.Evidence = "text: " + strings.TrimSpace(m)
		return ri
	}
	return ri
}
