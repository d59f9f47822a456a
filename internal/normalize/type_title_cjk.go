package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Chinese and Korean titles name the engagement with a word of their own:
// Chinese 实习/實習 (an internship, in 暑期实习, 日常实习, 寒假实习, 实习生,
// 实习岗), Korean 프리랜서 (a freelancer), 계약직 (a contract post), 정규직
// (a permanent post). 实习期 is the trial period of a permanent job, and
// 实习 before 期 names no internship (offeredChineseIntern, in
// type_chinese_intern_notes.go).

// koreanTitleWords are Korean engagement words that name the post in a
// title. 외주 (outsourcing) is left to the employment field: in a title it
// is as often the work managed ("외주 관리") as the terms.
var koreanTitleWords = []typeWord{
	{"프리랜서", model.TypeContract}, {"계약직", model.TypeContract}, {"정규직", model.TypeFullTime},
	{"파트타임", model.TypePartTime}, // "part-time", written out
}

// koreanTitleType reads a Korean engagement word in title; unknown when
// it holds none or holds both a contract and a permanent word.
func koreanTitleType(title string) model.JobType {
	if isASCIIText(title) {
		return model.TypeUnknown
	}
	got := model.TypeUnknown
	for _, w := range koreanTitleWords {
		if !strings.Contains(title, w.word) || koreanConversionOnly(title, w.word) {
			continue
		}
		if got != model.TypeUnknown && got != w.t {
			return model.TypeUnknown // "정규직/계약직": either
		}
		got = w.t
	}
	return got
}

// koreanConversionOnly reports whether every word in title is followed by
// 전환 (conversion): "정규직 전환 계약직" is a contract post that may
// become permanent, so the permanent word names the future, not the post.
func koreanConversionOnly(title, word string) bool {
	for rest := title; ; {
		i := strings.Index(rest, word)
		if i < 0 {
			return true
		}
		rest = rest[i+len(word):]
		if !strings.HasPrefix(strings.TrimLeft(rest, " "), "전환") {
			return false
		}
	}
}
