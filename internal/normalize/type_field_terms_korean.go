package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment type fields in Korean tenure and hours
// words, Vietnamese contract terms, a Finnish permanence word and
// run-together enum values (table tests in type_field_terms_korean_test.go).

// koreanFieldKeys are whole Korean type fields (spaces removed) or the
// parts of a field split at "/" or ",": regular or standing staff, a
// full-time (전임) lecturer, a part (파트) post or an hourly lecturer, a
// commissioned (촉탁), day-labour (일용), time-limited (한시),
// subcontracted (도급) or fixed-period (기간직) post, a trainee.
var koreanFieldKeys = map[string]model.JobType{
	"정규직": model.TypeFullTime, "상용직": model.TypeFullTime, "상용": model.TypeFullTime, "정규근로자": model.TypeFullTime,
	"상시근로자": model.TypeFullTime, "정직원": model.TypeFullTime, "상근": model.TypeFullTime, "상근직": model.TypeFullTime,
	"전임": model.TypeFullTime, "전임직": model.TypeFullTime, "전임강사": model.TypeFullTime, "전임교원": model.TypeFullTime,
	"파트": model.TypePartTime, "파트직": model.TypePartTime, "시간강사": model.TypePartTime, "외래강사": model.TypePartTime,
	"계약직": model.TypeContract, "촉탁": model.TypeContract, "촉탁직": model.TypeContract, "일용": model.TypeContract,
	"일용직": model.TypeContract, "일용근로자": model.TypeContract, "건설일용근로자": model.TypeContract, "한시직": model.TypeContract,
	"한시": model.TypeContract, "도급": model.TypeContract, "기간직": model.TypeContract, "임시직": model.TypeContract,
	"인턴": model.TypeInternship, "인턴직": model.TypeInternship, "연수생": model.TypeInternship, "교육생": model.TypeInternship,
}

// koreanTenureFieldType reads a type field not in Latin letters before the
// ATS readers, which would take a 정규직 (regular) inside it for a
// full-time post: 시간제 정규직 is a part-time regular post, 무기계약직 an
// open-ended contract (a permanent post), and "계약직 (정규직 전환가능)" a
// contract that may turn regular later (the note in brackets is cut). A
// Vietnamese apprenticeship (học việc) or a contract of no fixed term
// (không xác định thời hạn) is read here too.
func koreanTenureFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 80 || isASCIIText(raw) {
		return model.TypeUnknown
	}
	if strings.Contains(raw, "việc") || strings.Contains(raw, "thời hạn") {
		s := strings.ToLower(raw)
		switch {
		case strings.Contains(s, "học việc"):
			return model.TypeInternship
		case strings.Contains(s, "không xác định thời hạn"):
			return model.TypeFullTime
		}
		return model.TypeUnknown
	}
	if !hasHangulLead(raw) {
		return model.TypeUnknown
	}
	k := strings.Join(strings.Fields(raw), "")
	if i := strings.Index(k, "(정규직"); i > 0 {
		k = k[:i]
	}
	switch {
	case strings.Contains(k, "시간제"), strings.Contains(k, "단시간"), strings.Contains(k, "시급제"), strings.Contains(k, "비상근"):
		return model.TypePartTime
	case strings.Contains(k, "무기계약"), strings.Contains(k, "기간의정함이없는"): // "a contract with no fixed period"
		return model.TypeFullTime
	case strings.Contains(k, "기간의정함이있는"): // "with a fixed period"
		return model.TypeContract
	}
	if t, ok := koreanFieldKeys[k]; ok {
		return t
	}
	if !strings.ContainsAny(k, "/,") {
		return model.TypeUnknown
	}
	got := model.TypeUnknown
	for _, p := range strings.FieldsFunc(k, func(r rune) bool { return r == '/' || r == ',' }) {
		t, ok := koreanFieldKeys[p]
		if !ok || (got != model.TypeUnknown && t != got) {
			return model.TypeUnknown
		}
		got = t
	}
	return got
}

// tempToPermKeys are whole Latin-letter type fields (lettersLower keys)
// no earlier reader knows: a Finnish permanent post, a temp-to-perm
// placement written together, a post for a specified time.
var tempToPermKeys = map[string]model.JobType{
	"vakinainen": model.TypeFullTime, "temptopermanent": model.TypeContract, "temptoperm": model.TypeContract,
	"temptohire": model.TypeContract, "specifiedtime": model.TypeContract,
}

// tempToPermFieldType reads a key of tempToPermKeys after every other
// field reader said nothing, or a Norwegian hire-in from a staffing agency
// (innleie) or an independent contractor (selvstendig oppdragstaker).
func tempToPermFieldType(raw string) model.JobType {
	if len(raw) < 8 || len(raw) > 40 {
		return model.TypeUnknown
	}
	switch raw[0] | 0x20 {
	case 'v', 't', 's':
		if t, ok := tempToPermKeys[lettersLower(raw)]; ok {
			return t
		}
	}
	switch raw[0] | 0x20 {
	case 'i', 's', 'o':
	default:
		return model.TypeUnknown
	}
	l := strings.ToLower(raw)
	if strings.HasPrefix(l, "innleie") || strings.Contains(l, "oppdragstaker") {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// hasHangulLead reports a byte that can open a Hangul syllable in UTF-8
// (U+AC00 to U+D7A3 start with 0xEA to 0xED), a cheap gate before the
// Korean words are looked up.
func hasHangulLead(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xEA && b <= 0xED {
			return true
		}
	}
	return false
}
