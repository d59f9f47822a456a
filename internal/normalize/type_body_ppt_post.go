package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// The Australian "PPT" (permanent part-time) naming the post in a
// description (table tests in type_body_ppt_post_test.go): "PPT role on
// our surgical ward", "two PPT positions are open". The letters must be
// capitals and followed by the post's noun: "PPT" alone is as often a
// slide deck ("PPT presentation", "Excel and PPT skills", "ppt role-play
// slides"). A title's "PPT(J1234-56)" is a hospital code
// (type_hospital_codes.go).
var pptPost = regexp.MustCompile(`\bPPT\s+(?:position|role|post|contract|vacancy|opportunity)s?\b`)

// pptPostType is part-time when text names a PPT post; unknown otherwise.
func pptPostType(text string) model.JobType {
	if !strings.Contains(text, "PPT") || !pptPost.MatchString(text) {
		return model.TypeUnknown
	}
	return model.TypePartTime
}
