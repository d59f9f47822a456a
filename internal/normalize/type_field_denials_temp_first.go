package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Shapes a second broad sample of other projects' type
// tables showed us missing.
//
//   - A type field that ends in a Korean denial ("시간제 아님", "파트타임
//     불가", "인턴 아닌") names a type only to rule it out: the field says
//     nothing, and the title and description decide. (general: a word class
//     of trailing denials)
//   - A temporary, seasonal or fixed-term field that leads with the tenure
//     and then names the weekly hours ("Short Term Temporary, Full Time, 40
//     hrs/wk", "TEMP PART TIME", "Fixed term / part time") is a temporary
//     post: the tenure decides.
//     (general: a field layout)
//   - A job-sharing schedule ("JobSharing", "Job share") is a part-time post.
//   - A field that is a short sentence about permanence ("this is
//     permanent", "The role is permanent") is a permanent post.

// koreanTrailingDenials are trailing Korean words that deny what comes before
// them: "not", "not allowed", "excluded", "none".
var koreanTrailingDenials = []string{"아님", "아닌", "아니다", "불가", "불가능", "제외", "없음", "안됨", "안 됨"}

// koreanFieldDenied reports whether the type field ends in a Korean denial
// after some other text.
func koreanFieldDenied(raw string) bool {
	v := strings.TrimRight(strings.TrimSpace(raw), ".!)")
	if len(v) < 7 || v[len(v)-1] < 0x80 { // a Hangul syllable is 3 bytes
		return false
	}
	for _, d := range koreanTrailingDenials {
		if len(v) > len(d) && strings.HasSuffix(v, d) {
			return true
		}
	}
	return false
}

// tempTenureWord is a temporary or seasonal tenure word standing alone.
var tempTenureWord = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:temporary|temp|seasonal|fixed[ _-]?term)(?:$|[^\p{L}])`)

// fullPartHoursWord is a full- or part-time hours phrase.
var fullPartHoursWord = regexp.MustCompile(`(?i)\b(?:full|part)[ _-]?time\b`)

// jobShareField is a job-sharing schedule.
var jobShareField = regexp.MustCompile(`(?i)^\s*job[ _-]?shar(?:e|ing)\s*$`)

// permanentSentenceField is a short sentence about permanence in the field.
var permanentSentenceField = regexp.MustCompile(`(?i)^\s*(?:this|the|it)(?:\s+(?:role|position|job|post))?\s+is\s+(?:a\s+)?permanent(?:\s+(?:role|position|job|post))?\s*\.?\s*$`)

// fieldShapeType reads the field shapes above; unknown when none applies.
func fieldShapeType(raw string) model.JobType {
	if len(raw) < 7 {
		return model.TypeUnknown
	}
	switch raw[0] | 0x20 {
	case 'j':
		if jobShareField.MatchString(raw) {
			return model.TypePartTime // "JobSharing"
		}
	case 't', 'i':
		if permanentSentenceField.MatchString(raw) {
			return model.TypeFullTime // "this is permanent"
		}
	}
	if !containsFold(raw, "time") || !(containsFold(raw, "temp") || containsFold(raw, "seasonal") || containsFold(raw, "fixed")) {
		return model.TypeUnknown
	}
	tm, hm := tempTenureWord.FindStringIndex(raw), fullPartHoursWord.FindStringIndex(raw)
	if tm != nil && hm != nil && tm[0] < hm[0] { // the tenure first: "Full-time (Temp)" is left to other readers
		return model.TypeContract // "Term Limited Temporary, Full Time, 40 hrs/wk", "TEMP PART TIME", "Temp to Perm - Full Time"
	}
	return model.TypeUnknown
}
