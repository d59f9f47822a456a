package normalize

import "github.com/gigscout/gigscout/internal/model"

// asianWorldTerms are East and Southeast Asian employment-type words of a
// type field (or of a written-out type label's value) that worldTerms and
// moreWorldTerms lack (table tests in type_field_words_asian_test.go).
// They join worldExact and worldStems and follow worldTerms' readings:
//   - Indonesian "Alih daya" (outsourcing) and "Pekerja harian" (a day
//     labourer) are a contract; "Reguler" alone is the regular post.
//   - Japanese "有期" (fixed term, as in "有期雇用") is a contract and "無期雇用"
//     the permanent post; "副業" alone (side work) is part-time.
//   - Thai "ประจำ" (regular) alone is full-time and "สัญญา" (contract)
//     alone a contract; both are also common words, so whole-field only.
//   - Chinese "正式" alone, "正式员工"/"正式員工" (a regular employee) are
//     full-time, and so are the hiring channels of Chinese boards:
//     "社招"/"社会招聘" (experienced hires) and "校招"/"校园招聘", "秋招", "春招"
//     (graduate hiring seasons); an intern word beside them still wins
//     ("校招实习").
//   - Taiwanese "承攬" (a work-for-hire contract, set against 僱傭
//     employment; simplified "承揽") is a contract: "承攬派駐".
//   - Vietnamese "chính thức" (official, as in "Nhân viên chính thức") is
//     the regular post.
var asianWorldTerms = []worldTerm{
	{"alih daya", model.TypeContract, false}, {"pekerja harian", model.TypeContract, false},
	{"reguler", model.TypeFullTime, true},
	{"有期", model.TypeContract, true}, {"有期雇用", model.TypeContract, false}, {"有期契約", model.TypeContract, false},
	{"無期雇用", model.TypeFullTime, false}, {"副業", model.TypePartTime, true},
	{"ประจำ", model.TypeFullTime, true}, {"สัญญา", model.TypeContract, true},
	{"正式", model.TypeFullTime, true}, {"正式员工", model.TypeFullTime, false}, {"正式員工", model.TypeFullTime, false},
	{"社招", model.TypeFullTime, true}, {"社会招聘", model.TypeFullTime, false}, {"社會招聘", model.TypeFullTime, false},
	{"校招", model.TypeFullTime, true}, {"校园招聘", model.TypeFullTime, false}, {"校園招聘", model.TypeFullTime, false},
	{"秋招", model.TypeFullTime, true}, {"春招", model.TypeFullTime, true},
	{"承攬", model.TypeContract, false}, {"承揽", model.TypeContract, false},
	{"chính thức", model.TypeFullTime, false},
}

// vietnameseTypeLabels are written-out type labels (read from a line's colon
// with moreTypeLabels, label_lines_more.go): Vietnamese "Hình thức làm
// việc:" (the manner of the work). It also heads a work-mode value
// ("Tại văn phòng"), which names no type and so gives nothing here.
var vietnameseTypeLabels = []string{
	"hình thức làm việc", "hình thức công việc",
}
