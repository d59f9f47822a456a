package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A broad sample of other projects' employment-type tables (round 106)
// showed a third Chinese frame around 实习 (internship) that names no
// internship, beside 非实习 and 实习经历 (type_chinese_intern_notes.go): a
// refusal just before the word. "不接受实习" (interns not accepted),
// "不招实习生" (no interns hired), "谢绝实习" (internships declined) rule
// the internship out as 非 does; in a title the post is the regular one,
// read as full time. Tests in type_chinese_intern_refusal_test.go.

// internRefusalWords are refusals that deny an intern word right after them.
var internRefusalWords = [...]string{
	"不接受", "不招收", "不招", "不收", "不要", "不考虑", "不考慮",
	"谢绝", "謝絕", "拒绝", "拒絕",
}

// internRefusedBefore reports whether prefix, the text before an intern
// word, ends with a refusal.
func internRefusedBefore(prefix string) bool {
	for _, r := range internRefusalWords {
		if strings.HasSuffix(prefix, r) {
			return true
		}
	}
	return false
}

// refusedInternTitleType is full time for a title whose only intern words
// are refused ("后端开发（不招实习生）"); unknown otherwise.
func refusedInternTitleType(title string) model.JobType {
	refused := false
	for _, w := range chineseInternWords {
		for i := 0; ; {
			k := strings.Index(title[i:], w)
			if k < 0 {
				break
			}
			i += k
			if internRefusedBefore(title[:i]) {
				refused = true
			}
			i += len(w)
		}
	}
	if refused && !offeredChineseIntern(title) {
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
