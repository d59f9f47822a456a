package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment type fields in short codes, misspellings and
// Asian tenure words, and a tenure tag in brackets in a title of a script
// other than Latin (table tests in type_field_terms_codes_slips_test.go).

// koreanNonRegularType reads a Korean non-regular post before the ATS
// readers: 비정규직 holds 정규직 (a regular post), so the shorter word must
// not decide. With 아르바이트, 알바, 파트 or 시간제 beside it the post is
// part-time; alone it is a non-permanent contract. (A temporary post with
// part-time hours stays a contract, as an earlier test pins.)
func koreanNonRegularType(raw string) model.JobType {
	if raw == "" || len(raw) > 60 {
		return model.TypeUnknown
	}
	if !isASCIIText(raw) && strings.Contains(raw, "비정규직") {
		for _, w := range [...]string{"아르바이트", "알바", "파트", "시간제"} {
			if strings.Contains(raw, w) {
				return model.TypePartTime
			}
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}

// dispatchCodeKeys are whole type fields (lettersLower keys) no earlier
// reader knows: a dispatched (agency) or outsourced worker, a staffing
// board's two- and three-letter codes, an East African industrial
// attachment (a student placement), Singapore's flexi work, an open-ended
// (unspecified duration) contract.
var dispatchCodeKeys = map[string]model.JobType{
	"dispatch": model.TypeContract, "dispatched": model.TypeContract, "dispatchworker": model.TypeContract,
	"dispatchedworker": model.TypeContract, "dispatchemployee": model.TypeContract,
	"outsource": model.TypeContract, "outsourced": model.TypeContract, "outsourcing": model.TypeContract,
	"ct": model.TypeContract, "per": model.TypeFullTime, "tmp": model.TypeContract, "fl": model.TypeContract,
	"attachee": model.TypeInternship, "attachment": model.TypeInternship, "industrialattachment": model.TypeInternship,
	"attachmentstudent": model.TypeInternship,
	"flexi":             model.TypePartTime, "flexiwork": model.TypePartTime, "flexiworker": model.TypePartTime, "flexijob": model.TypePartTime,
	"unspecifiedduration": model.TypeFullTime, "indefiniteduration": model.TypeFullTime, "openendedcontract": model.TypeFullTime,
}

// slipTypeKeys are type words long enough that one slip of the keyboard
// (a letter dropped, added, changed or two swapped: "Intership",
// "Fulltme", "Temporay", "Permanant") still names them alone.
var slipTypeKeys = [...]struct {
	key string
	t   model.JobType
}{
	{"internship", model.TypeInternship}, {"fulltime", model.TypeFullTime}, {"parttime", model.TypePartTime},
	{"temporary", model.TypeContract}, {"permanent", model.TypeFullTime}, {"freelance", model.TypeContract},
	{"freelancer", model.TypeContract}, {"volunteer", model.TypeVolunteer}, {"apprenticeship", model.TypeInternship},
	{"traineeship", model.TypeInternship}, {"contractor", model.TypeContract},
}

// codeOrSlipFieldType reads a whole type field after every other field
// reader said nothing: a key of dispatchCodeKeys, an interim post of any
// kind ("Interim Management", "Interim role"), then one slip away from a
// type word.
func codeOrSlipFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 40 {
		return model.TypeUnknown
	}
	k := lettersLower(raw)
	if len(k) < 2 {
		return cjkLateFieldType(strings.TrimSpace(raw))
	}
	if t, ok := dispatchCodeKeys[k]; ok {
		return t
	}
	if strings.HasPrefix(k, "interim") && len(k) <= 20 {
		return model.TypeContract
	}
	if len(k) < 7 || len(k) > 15 || !isASCIIText(raw) {
		return model.TypeUnknown
	}
	for _, n := range slipTypeKeys {
		if oneSlip(k, n.key) {
			return n.t
		}
	}
	return model.TypeUnknown
}

// oneSlip reports whether a and b differ by exactly one dropped, added or
// changed letter, or by two neighbouring letters swapped.
func oneSlip(a, b string) bool {
	la, lb := len(a), len(b)
	if a == b || la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // one changed
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // two swapped
	case la > lb:
		return a[i+1:] == b[i:] // one added
	default:
		return a[i:] == b[i+1:] // one dropped
	}
}

// bracketTermTitleType reads a tenure word standing alone in brackets in a
// title of a script other than Latin: "พนักงานร้านกาแฟ (เต็มเวลา)", a
// Thai café post marked full-time. The bracketed text must be a whole
// world term (not a word inside a longer phrase).
func bracketTermTitleType(title string) model.JobType {
	if isASCIIText(title) || !strings.ContainsAny(title, "([（【") {
		return model.TypeUnknown
	}
	for s := title; ; {
		i := strings.IndexAny(s, "([（【")
		if i < 0 {
			return model.TypeUnknown
		}
		s = s[i:]
		j := strings.IndexAny(s, ")]）】")
		if j < 0 {
			return model.TypeUnknown
		}
		_, w := utf8.DecodeRuneInString(s)
		inner := s[w:j]
		if len(inner) > 0 && len(inner) <= 45 {
			if t := wholeWorldTerm(termKey(inner)); t != model.TypeUnknown {
				return t
			}
		}
		_, w2 := utf8.DecodeRuneInString(s[j:])
		s = s[j+w2:]
	}
}

// wholeWorldTerm is the type of the world term whose key is k in full (an
// exact term or a stem standing alone); unknown for any other.
func wholeWorldTerm(k string) model.JobType {
	if k == "" {
		return model.TypeUnknown
	}
	if t, ok := worldExact[k]; ok {
		return t
	}
	for _, w := range worldStems {
		if w.phrase == k {
			return w.t
		}
	}
	return model.TypeUnknown
}

// cjkLateFieldType reads a whole Japanese or Chinese type field no table
// holds: 常勤 (a full-time post; 非常勤, part-time, is read earlier, and
// only a field that begins with 常勤 counts), 个体工商户 or 个体户 (a
// self-employed trader, engaged as a contractor).
func cjkLateFieldType(f string) model.JobType {
	switch {
	case f == "" || len(f) > 18:
		return model.TypeUnknown
	case strings.HasPrefix(f, "常勤"):
		return model.TypeFullTime
	case strings.HasPrefix(f, "个体") || strings.HasPrefix(f, "個體"):
		return model.TypeContract
	}
	return model.TypeUnknown
}
