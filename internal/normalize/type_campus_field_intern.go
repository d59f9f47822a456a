package normalize

import "strings"

// A Chinese campus-hiring type field (校招, 校园招聘) names the hiring
// channel, not the post: campus channels recruit both graduates for
// permanent posts and students for internships. The field alone reads
// full time (type_field_words_asian.go); when the title or the description
// calls the post an internship (实习, 實習: "实习生", "能至少实习6个月",
// "实习薪酬"), the post is an internship. Internship experience asked of
// the applicant ("实习经历", "实习经验") is no such word, and a field that
// also says the post is permanent ("校招 正式", 全职) is full time, what
// the description says of internships notwithstanding.
// Table tests in type_campus_field_intern_test.go.

// campusChannelWords are campus-hiring words of a type field.
var campusChannelWords = []string{"校招", "校园招聘", "校園招聘"}

// campusPermanentWords in the same field say the post is permanent.
var campusPermanentWords = []string{"正式", "全职", "全職", "正社员"}

// campusFieldInternText reports a campus-hiring type field beside a title
// or description that names the post an internship.
func campusFieldInternText(employmentType, title, text string) bool {
	if employmentType == "" || !containsAnyKey(employmentType, campusChannelWords) || containsAnyKey(employmentType, campusPermanentWords) {
		return false
	}
	return namesInternship(title) || namesInternship(text)
}

// namesInternship reports 实习 or 實習 in s other than in "internship
// experience" (实习经历, 实习经验, 實習經歷, 實習經驗).
func namesInternship(s string) bool {
	for _, w := range []string{"实习", "實習"} {
		for rest := s; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			if !(strings.HasPrefix(rest, "经历") || strings.HasPrefix(rest, "经验") || strings.HasPrefix(rest, "經歷") || strings.HasPrefix(rest, "經驗")) {
				return true
			}
		}
	}
	return false
}

// campusPermanentField reports a campus-hiring type field that also says
// the post is permanent: "校招 正式", "校园招聘/全职".
func campusPermanentField(employmentType string) bool {
	return employmentType != "" && containsAnyKey(employmentType, campusChannelWords) && containsAnyKey(employmentType, campusPermanentWords)
}
