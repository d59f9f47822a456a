package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// koreanBodyTypeFrame is a Korean description naming the post's kind in a
// sentence frame: "계약직 포지션이며" (it is a contract
// position), "정규직 형태로 근무" (work as a regular employee), "인턴십
// 포지션". The kind word must be followed by a word for the post
// (포지션, 형태) or by "으로 채용/근무" (hired / working as), so a
// passing "정규직 전환" (conversion to a regular post) stays unread.
// A general frame read through the shared key scan.
var koreanBodyTypeFrame = newKeyRegexp(`(정규직|계약직|파견직|인턴십|인턴|아르바이트)\s*(?:포지션|형태|(?:으로|로)\s*(?:채용|근무|입사))`, 24, 24,
	"포지션", "형태", "으로 채용", "으로 근무", "로 채용", "로 근무", "으로 입사", "로 입사")

var koreanBodyTypeWords = map[string]model.JobType{
	"정규직": model.TypeFullTime, "계약직": model.TypeContract, "파견직": model.TypeContract,
	"인턴십": model.TypeInternship, "인턴": model.TypeInternship, "아르바이트": model.TypePartTime,
}

// koreanBodyType reads that frame; unknown when there is none. A kind
// word inside a longer one ("비정규직", "무기계약직") is not read.
func koreanBodyType(text string) model.JobType {
	for _, m := range koreanBodyTypeFrame.FindAllStringSubmatchIndex(text, 4) {
		before := text[:m[2]]
		if strings.HasSuffix(before, "비") || strings.HasSuffix(before, "무기") {
			continue
		}
		return koreanBodyTypeWords[text[m[2]:m[3]]]
	}
	return koreanHiringType(text) // "계약직 채용." (type_korean_body_hiring.go)
}
