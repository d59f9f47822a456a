package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// koreanHiringCall is a Korean description that opens a sentence or line
// with the post's kind and a word for hiring: "계약직 채용." (hiring on a
// contract), "프리랜서 모집" (freelancers wanted), "인턴 모집". The kind
// must start the text, a line or a sentence, so a later remark such as
// "인턴 종료 후 정규직 채용" (hired as a regular employee after the
// internship) is not read; nor is a kind followed by 전환 or 연계
// (conversion, a path to) or by 시/후 (when, after).
var koreanHiringCall = newKeyRegexp(`(정규직|계약직|파견직|인턴십|인턴|아르바이트|프리랜서)\s*(?:채용|모집)`, 16, 12, "채용", "모집")

var koreanHiringWords = map[string]model.JobType{
	"정규직": model.TypeFullTime, "계약직": model.TypeContract, "파견직": model.TypeContract,
	"인턴십": model.TypeInternship, "인턴": model.TypeInternship, "아르바이트": model.TypePartTime,
	"프리랜서": model.TypeContract,
}

// koreanHiringType reads that opening; unknown when there is none.
func koreanHiringType(text string) model.JobType {
	if !strings.Contains(text, "채용") && !strings.Contains(text, "모집") {
		return model.TypeUnknown
	}
	for _, m := range koreanHiringCall.FindAllStringSubmatchIndex(text, 4) {
		before := strings.TrimRight(text[:m[0]], " \t")
		if before != "" && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, ".") &&
			!strings.HasSuffix(before, "]") && !strings.HasSuffix(before, "■") && !strings.HasSuffix(before, "•") {
			continue
		}
		after := strings.TrimLeft(text[m[1]:], " \t")
		if strings.HasPrefix(after, "전환") || strings.HasPrefix(after, "연계") ||
			strings.HasPrefix(after, "시") || strings.HasPrefix(after, "후") || strings.HasPrefix(after, "형") {
			continue
		}
		return koreanHiringWords[text[m[2]:m[3]]]
	}
	return model.TypeUnknown
}
