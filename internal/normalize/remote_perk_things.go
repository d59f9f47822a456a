package normalize

import "regexp"

// A remote word followed by a thing bought for home work is a perk of the
// job, not its place: "Work from Home Equipment and a Novated Lease", "a
// WFH furniture budget", "remote work expenses reimbursed". perkAfter
// (remote.go) already reads allowances and stipends; these are the goods and
// money words it did not list. A work set-up is left out: "a remote setup"
// often is the arrangement itself.
var perkThingAfter = regexp.MustCompile(`(?i)^\s*(?:equipment|furniture|budget|reimbursements?|expenses?)\b`)
