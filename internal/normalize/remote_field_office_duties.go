package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two duties in the text that a remote field or location cannot keep
// (table tests in remote_field_office_duties_test.go):
//
//   - relocation demanded for the job ("Relocation is required for this
//     position", "You must relocate to our Austin office"): the job has a
//     place to move to, so it is on-site;
//   - the employer's return-to-office policy said to apply to the job
//     ("Our return-to-office policy applies to this role"): office days,
//     so hybrid.
//
// A duty denied in its clause ("No relocation is required"), one whose
// sentence still speaks of remote work or of working anywhere ("relocate
// to the US; the role is remote"), and a move to a country rather than an
// office are left alone.

// fieldRelocationDuty is relocation demanded for the job, ending at the
// sentence's end or at an office it names.
var fieldRelocationDuty = newKeyRegexp(`(?i)\b(?:relocation\s+(?:is\s+|will\s+be\s+)?(?:required|mandatory|necessary)|(?:must|required\s+to|need\s+to|needs\s+to|will\s+need\s+to|expected\s+to)\s+(?:be\s+(?:willing|able)\s+to\s+)?relocate)`+
	`(?:\s+(?:for|to)\s+(?:this|the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:role|position|job|office|hq|headquarters|campus|site))?\s*(?:[.;!\n]|$)`,
	60, 80, "relocat")

// fieldRTOPolicy is a return-to-office policy said to apply to the job.
var fieldRTOPolicy = newKeyRegexp(`(?i)\breturn[- ]to[- ](?:the[- ])?office\s+(?:policy|mandate|plan|requirements?)\s+(?:applies|apply|will\s+apply|is\s+applicable)\s+to\s+(?:this|the)\s+(?:role|position|job)\b`,
	60, 60, "return-to", "return to")

// fieldDutyDenied is a denial or a choice before the duty in its clause.
var fieldDutyDenied = regexp.MustCompile(`(?i)\b(?:no|not|never|without|nor|optional|if\s+you|may)\b[^.;!?\n]{0,30}$`)

// reviseFieldOfficeDuties narrows a remote field by the duties above.
func reviseFieldOfficeDuties(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !evidenceFromField(ri.Evidence) {
		return ri
	}
	for _, d := range []struct {
		re   *keyRegexp
		mode model.Remote
	}{{fieldRelocationDuty, model.RemoteOnsite}, {fieldRTOPolicy, model.RemoteHybrid}} {
		for _, loc := range d.re.FindAllStringIndex(text, -1) {
			if fieldDutyDenied.MatchString(text[max(0, loc[0]-40):loc[0]]) {
				continue
			}
			s := sentenceAround(text, loc[0], loc[1])
			if containsFold(s, "remote") || containsFold(s, "anywhere") || containsFold(s, "not ") {
				continue
			}
			return setModeKeepRegions(ri, d.mode, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
		}
	}
	return ri
}
