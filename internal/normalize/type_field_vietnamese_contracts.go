package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment type fields holding Vietnamese contract
// kinds (a fixed-term or open-ended labour contract, official staff,
// seasonal work), their ASCII slugs, Korean lists split at a middle dot
// and an English "Type:" label in front of the value (table tests in
// type_field_vietnamese_contracts_test.go).

// vietnameseContractFieldType reads a type field not in ASCII before the ATS
// readers. Vietnamese: a contract with a set term (xác định thời hạn,
// often followed by a month count) is a contract, one of no set term
// (không xác định ...) a permanent post, official staff (chính thức) a
// permanent post and seasonal work (mùa vụ) a contract. Korean: a list
// split at a middle dot whose first part is a known type word (연수생 ·
// 교육생, or a trainee tag in front of a role).
func vietnameseContractFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 80 || isASCIIText(raw) {
		return model.TypeUnknown
	}
	if strings.Contains(raw, "định") || strings.Contains(raw, "thức") || strings.Contains(raw, "vụ") || strings.Contains(raw, "thời hạn") {
		s := strings.ToLower(strings.Join(strings.Fields(raw), " "))
		switch {
		case strings.HasPrefix(s, "không xác định"), strings.HasPrefix(s, "hđ không xác định"),
			strings.HasPrefix(s, "hợp đồng không xác định"):
			return model.TypeFullTime
		case strings.HasPrefix(s, "xác định thời hạn"), strings.HasPrefix(s, "hđ xác định thời hạn"),
			strings.HasPrefix(s, "hợp đồng xác định thời hạn"), strings.HasPrefix(s, "có thời hạn"),
			strings.HasPrefix(s, "hợp đồng có thời hạn"):
			return model.TypeContract
		case s == "chính thức", s == "nhân viên chính thức", s == "hợp đồng chính thức", s == "biên chế chính thức":
			return model.TypeFullTime
		case s == "mùa vụ", s == "theo mùa vụ", s == "thời vụ", s == "theo thời vụ":
			return model.TypeContract
		}
		return model.TypeUnknown
	}
	if !strings.Contains(raw, "·") || !hasHangulLead(raw) {
		return model.TypeUnknown
	}
	head := strings.Join(strings.Fields(raw[:strings.Index(raw, "·")]), "")
	if head == "연구연수생" {
		return model.TypeInternship
	}
	if t, ok := koreanFieldKeys[head]; ok {
		return t
	}
	return model.TypeUnknown
}

// vietnameseSlugKeys are Vietnamese contract kinds written as ASCII slugs
// (lettersLower keys): set term, no set term, official staff.
var vietnameseSlugKeys = map[string]model.JobType{
	"xacdinhthoihan": model.TypeContract, "codinhthoihan": model.TypeContract, "cothoihan": model.TypeContract,
	"khongxacdinh": model.TypeFullTime, "khongxacdinhthoihan": model.TypeFullTime, "chinhthuc": model.TypeFullTime,
	"nhanvienchinhthuc": model.TypeFullTime, "thoivu": model.TypeContract, "muavu": model.TypeContract,
}

// slugOrLabelFieldType reads, after every other field reader said
// nothing, a Vietnamese slug of vietnameseSlugKeys ("xac_dinh_thoi_han") or
// an English value behind a "Type:" label ("Job type: Permanent").
func slugOrLabelFieldType(raw string) model.JobType {
	if len(raw) < 5 || len(raw) > 60 {
		return model.TypeUnknown
	}
	switch raw[0] | 0x20 {
	case 'x', 'k', 'c', 't', 'm', 'n':
		if vietnameseSlugGate(raw) {
			if t, ok := vietnameseSlugKeys[lettersLower(raw)]; ok {
				return t
			}
		}
	}
	switch raw[0] | 0x20 {
	case 't', 'j', 'e', 'c', 'p':
	default:
		return model.TypeUnknown
	}
	i := strings.IndexByte(raw, ':')
	if i < 4 || i > 20 {
		return model.TypeUnknown
	}
	switch strings.ToLower(strings.TrimSpace(raw[:i])) {
	case "type", "job type", "employment type", "contract type", "position type", "contract":
	default:
		return model.TypeUnknown
	}
	rest := strings.TrimSpace(raw[i+1:])
	if rest == "" {
		return model.TypeUnknown
	}
	if t := MapEmploymentType(rest); t != model.TypeUnknown {
		return t
	}
	return typeFieldWords(rest)
}

// vietnameseSlugGate is a cheap look for the closing syllable of a slug key
// (dinh, thuc, han, vu in either case) before the letters are copied.
func vietnameseSlugGate(raw string) bool {
	return strings.Contains(raw, "inh") || strings.Contains(raw, "INH") || strings.Contains(raw, "huc") ||
		strings.Contains(raw, "HUC") || strings.Contains(raw, "vu") || strings.Contains(raw, "VU") ||
		strings.Contains(raw, "Vu") || strings.Contains(raw, "Inh") || strings.Contains(raw, "Huc") ||
		strings.Contains(raw, "han") || strings.Contains(raw, "HAN")
}
