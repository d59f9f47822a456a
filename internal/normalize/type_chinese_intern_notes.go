package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A broad sample of other projects' employment-type
// tables showed two Chinese shapes around 实习 (internship) that named no
// internship; tests in type_chinese_intern_notes_test.go. Both are general frames of the
// word, not lists of titles:
//
//   - 实习 followed by 经历 or 经验 (experience) is the applicant's past,
//     a requirement such as "internship experience preferred", and says
//     nothing of the post offered.
//   - 实习 after 非 (non-) rules the internship out: a "non-intern" post
//     is the regular one, read as full time in a title.

// chineseInternWords are the simplified and traditional spellings of 实习.
var chineseInternWords = [...]string{"实习", "實習"}

// internPastWords follow an intern word when it names past experience.
var internPastWords = [...]string{"经历", "经验", "經歷", "經驗"}

// internDutyWords may stand between an intern word and a past-experience
// word: "实习带教经验" is experience of mentoring interns, "实习工作经历" the
// applicant's internship work; neither names the post offered. The list
// is short on purpose: "实习生经验不限" (interns, no experience needed) is
// an internship post and keeps its reading.
var internDutyWords = [...]string{"带教", "帶教", "指导", "指導", "管理", "工作"}

// internNoteAside reports whether the intern word found in s at [i, j)
// is denied (非 just before it), names past experience (经历 or 经验 just
// after it, or after a duty word such as 带教) or is a permanent job's
// trial period (实习期).
func internNoteAside(s string, i, j int) bool {
	if strings.HasSuffix(s[:i], "非") || strings.HasPrefix(s[j:], "期") || internRefusedBefore(s[:i]) { // "不接受实习" (type_chinese_intern_refusal.go)
		return true
	}
	rest := s[j:]
	for _, d := range internDutyWords {
		if strings.HasPrefix(rest, d) {
			rest = rest[len(d):]
			break
		}
	}
	for _, p := range internPastWords {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// offeredChineseIntern reports whether s holds an intern word that is
// neither denied, past experience nor a trial period. It is asked only of text that
// already holds one.
func offeredChineseIntern(s string) bool {
	for _, w := range chineseInternWords {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			i += k
			if !internNoteAside(s, i, i+len(w)) {
				return true
			}
			i += len(w)
		}
	}
	return false
}

// nonInternTitleType is full time for a title that rules an internship out
// with 非实习 ("非实习后端"); unknown otherwise.
func nonInternTitleType(title string) model.JobType {
	i := strings.Index(title, "非") // one scan; most titles stop here
	if i < 0 {
		return refusedInternTitleType(title) // "不招实习生" (type_chinese_intern_refusal.go)
	}
	for _, w := range chineseInternWords {
		if strings.Contains(title[i:], "非"+w) {
			return model.TypeFullTime
		}
	}
	return refusedInternTitleType(title)
}
