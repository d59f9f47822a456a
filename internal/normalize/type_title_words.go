package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Job type wording (table tests in onsite_cues_test.go).
var (
	// titleContractTopic is contract work that is the job's subject, not
	// its terms: "Smart Contract Engineer", "Contract Lifecycle Analyst";
	// also the British building trade of temporary works (scaffolds,
	// props: "Temporary Works Engineer") and a freelance marketplace as
	// the product ("Freelance Marketplace Manager").
	titleContractTopic = newCueRegexp(`(?i)\bsmart[- ]contracts?\b|\bcontracts?\s+(?:lifecycle|life cycle|law|review|reviewer|drafting|compliance|operations|ops|intelligence)\b|\btemporary\s+works\b|\bfreelance(?:r)?\s+marketplaces?\b`)
	// titleWeekendPart is a weekend or casual shift job: "Weekend Team
	// Member", "Casual Bar Staff".
	titleWeekendPart = newCueRegexp(`(?i)^\s*weekend\s+\p{L}|\bcasual\s+(?:[\p{L}]+\s+){0,2}(?:staff|team members?|crew(?: members?)?|workers?|assistants?|associates?|employees?|cashiers?|servers?|baristas?|hands?|helpers?)\b`)
	// titlePermanentRe is a permanent post named in the title: "Permanent
	// Engineer", "Engineer (Permanent)"; permanentTrade a trade whose name
	// says permanent ("Permanent Makeup Artist", railway "Permanent Way
	// Engineer": the track).
	titlePermanentRe = newCueRegexp(`(?i)^\s*permanent\s+\p{L}|[(\[]\s*permanent\s*[)\]]|[-–—|]\s*permanent\s*$`)
	permanentTrade   = regexp.MustCompile(`(?i)\bpermanent\s+(?:make-?up|cosmetics?|hair|tattoo|lash|brow|waves?|way\b)`)
)

// titlePermanent matches a permanent post named in the title.
var titlePermanent permanentTitle

type permanentTitle struct{}

func (permanentTitle) MatchString(s string) bool {
	return titlePermanentRe.MatchString(s) && !permanentTrade.MatchString(s)
}

// internshipListed reports an employment field listing several values
// one of which is an internship ("Part-time, Internship"): the internship
// decides, as an intern title does over a declared schedule.
func internshipListed(raw string) bool {
	if !strings.ContainsAny(raw, ",/;|") {
		return false
	}
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' }) {
		if containsFold(part, "experience") {
			continue // "Part-time, previous internship experience a plus": a requirement, not a type
		}
		if t := MapEmploymentType(part); t == model.TypeInternship || t == model.TypeMicroInternship {
			return true
		}
	}
	return false
}

// cjkEmployment are Japanese, Chinese and Korean employment types.
var cjkEmployment = []typeWord{
	{"正社員", model.TypeFullTime}, {"契約社員", model.TypeContract}, {"派遣社員", model.TypeContract}, {"業務委託", model.TypeContract},
	{"アルバイト", model.TypePartTime}, {"パート", model.TypePartTime}, {"インターン", model.TypeInternship},
	{"全职", model.TypeFullTime}, {"兼职", model.TypePartTime}, {"实习", model.TypeInternship},
	{"정규직", model.TypeFullTime}, {"계약직", model.TypeContract}, {"인턴", model.TypeInternship},
}

// cjkEmploymentType maps an employment field in Japanese, Chinese or
// Korean; unknown for any other.
func cjkEmploymentType(raw string) model.JobType {
	raw = withoutCJKNonPost(raw) // "全职妈妈", "正社員登用" (type_body_asia_mideast_terms.go)
	t := typeOfWords(raw, cjkEmployment)
	if t == model.TypeInternship && !containsAnyCJKNonIntern(raw) {
		return model.TypeUnknown // "有实习经历优先": past experience, not the post (type_chinese_intern_notes.go)
	}
	return t
}

// containsAnyCJKNonIntern reports whether raw, which maps to an internship,
// names one otherwise than as past experience or a denial: インターン and
// 인턴 always do, 实习 unless every use is "非实习" or "实习经历".
func containsAnyCJKNonIntern(raw string) bool {
	if strings.Contains(raw, "インターン") || strings.Contains(raw, "인턴") {
		return true
	}
	return offeredChineseIntern(raw)
}

// typeWord is an employment word of a script other than Latin and the type
// it names.
type typeWord struct {
	word string
	t    model.JobType
}

// typeOfWords is the type of the first of words that s contains; unknown
// for ASCII text (no word of these tables can be in it).
func typeOfWords(s string, words []typeWord) model.JobType {
	if isASCIIText(s) {
		return model.TypeUnknown
	}
	for _, w := range words {
		if strings.Contains(s, w.word) {
			return w.t
		}
	}
	return model.TypeUnknown
}
