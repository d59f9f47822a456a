package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Round 68 part j (a fourth broad sample of other projects' employment-type
// tables) showed two Chinese shapes around 实习 (internship) that named no
// internship; tests in type_ext68j_test.go. Both are general frames of the
// word, not lists of titles:
//
//   - 实习 followed by 经历 or 经验 (experience) is the applicant's past,
//     a requirement such as "internship experience preferred", and says
//     nothing of the post offered.
//   - 实习 after 非 (non-) rules the internship out: a "non-intern" post
//     is the regular one, read as full time in a title.

// ext68jInternWords are the simplified and traditional spellings of 实习.
var ext68jInternWords = [...]string{"实习", "實習"}

// ext68jPastWords follow an intern word when it names past experience.
var ext68jPastWords = [...]string{"经历", "经验", "經歷", "經驗"}

// ext68jInternNote reports whether the intern word found in s at [i, j)
// is denied (非 just before it) or names past experience (经历 or 经验
// just after it).
func ext68jInternNote(s string, i, j int) bool {
	if strings.HasSuffix(s[:i], "非") {
		return true
	}
	for _, p := range ext68jPastWords {
		if strings.HasPrefix(s[j:], p) {
			return true
		}
	}
	return false
}

// ext68jOfferedIntern reports whether s holds an intern word that is
// neither denied nor past experience. It is asked only of text that
// already holds one.
func ext68jOfferedIntern(s string) bool {
	for _, w := range ext68jInternWords {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			i += k
			if !ext68jInternNote(s, i, i+len(w)) {
				return true
			}
			i += len(w)
		}
	}
	return false
}

// ext68jTitleType is full time for a title that rules an internship out
// with 非实习 ("非实习后端"); unknown otherwise.
func ext68jTitleType(title string) model.JobType {
	i := strings.Index(title, "非") // one scan; most titles stop here
	if i < 0 {
		return model.TypeUnknown
	}
	for _, w := range ext68jInternWords {
		if strings.Contains(title[i:], "非"+w) {
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}
