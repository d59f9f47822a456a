package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Japanese titles name the terms in a bracketed tag: "【アルバイト】ホール
// スタッフ", "営業事務（派遣）", "【正社員】施工管理", or a word set apart
// at the title's start or end ("営業事務 正社員"). The tag is read, not
// the words anywhere in the title: "派遣コーディネーター" runs agency staff
// and "正社員登用あり" promises a permanent post later; both name no terms
// of this post.

// japaneseTagWords are the engagement words a tag may hold.
var japaneseTagWords = map[string]model.JobType{
	"正社員": model.TypeFullTime, "契約社員": model.TypeContract, "契約": model.TypeContract, "派遣": model.TypeContract,
	"派遣社員": model.TypeContract, "紹介予定派遣": model.TypeContract, "業務委託": model.TypeContract, "嘱託": model.TypeContract,
	"パート": model.TypePartTime, "アルバイト": model.TypePartTime, "バイト": model.TypePartTime, "パートタイム": model.TypePartTime,
	"インターン": model.TypeInternship, "長期インターン": model.TypeInternship,
}

// japaneseTagPairs are the bracket pairs a tag is written in.
var japaneseTagPairs = [...][2]string{{"【", "】"}, {"［", "］"}, {"（", "）"}, {"[", "]"}, {"(", ")"}}

// japaneseTitleTagType reads the first tag that holds only engagement
// words of one kind ("【パート・アルバイト】"); unknown when none does, or a
// tag offers two kinds ("【正社員・契約社員】").
func japaneseTitleTagType(title string) model.JobType {
	if isASCIIText(title) {
		return model.TypeUnknown
	}
	for _, p := range japaneseTagPairs {
		rest := title
		for {
			i := strings.Index(rest, p[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(p[0]):]
			j := strings.Index(rest, p[1])
			if j < 0 {
				break
			}
			if t, ok := japaneseTag(rest[:j]); ok {
				return t
			}
			rest = rest[j+len(p[1]):]
		}
	}
	// A tag word standing apart at the title's start or end: "営業事務 正社員".
	// Two kinds among the words ("パート 正社員 同時募集") give no reading.
	words := strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == '　' })
	if len(words) < 2 {
		return model.TypeUnknown
	}
	got, edge := model.TypeUnknown, false
	for i, w := range words {
		t, ok := japaneseTag(w)
		if !ok {
			continue
		}
		if got != model.TypeUnknown && got != t || t == model.TypeUnknown {
			return model.TypeUnknown
		}
		got, edge = t, edge || i == 0 || i == len(words)-1
	}
	if edge {
		return got
	}
	return model.TypeUnknown
}

// japaneseTag reads one tag's words, split on the middle dot or slash;
// ok is false unless every word is an engagement word.
func japaneseTag(tag string) (model.JobType, bool) {
	got := model.TypeUnknown
	for _, w := range strings.FieldsFunc(tag, func(r rune) bool { return r == '・' || r == '／' || r == '/' || r == '、' || r == ' ' || r == '　' }) {
		t, ok := japaneseTagWords[w]
		if !ok {
			return model.TypeUnknown, false
		}
		if got != model.TypeUnknown && got != t {
			return model.TypeUnknown, true // two kinds: either, so no reading and no later tag
		}
		got = t
	}
	return got, got != model.TypeUnknown
}
