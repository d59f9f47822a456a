package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type fields not read before.
//
// Two hooks in ParseType, beside the earlier ones:
//   - fixedPartRomanianType runs before the ATS readers: a field naming both
//     a tenure and the hours ("Fixed term, part time") and a Romanian
//     open-ended or fixed-term contract ("Contract pe perioadă
//     nedeterminată"), where the bare word "contract" would otherwise win.
//   - staffingAdjFieldType runs after every other type-field reader said
//     nothing: healthcare staffing words ("Travel", "Agency nursing"),
//     short vocabulary codes, and bare Slavic or Turkish adjectives.

// fixedTermPart is a fixed-term (or temporary) tenure written with the
// part-time hours: "Fixed-term part-time", "FIXED_TERM_PART_TIME",
// "Part time, fixed term". The hours win, as for "parttime_fixed_term".
var fixedTermPart = regexp.MustCompile(`(?i)(?:fixed[\s_-]*term.*part[\s_-]*time|part[\s_-]*time.*fixed[\s_-]*term)`)

// roTenure is a Romanian contract length: "perioadă (ne)determinată",
// "durată (ne)determinată", or the bare adjective as the whole field.
var roTenure = regexp.MustCompile(`(?i)(?:^|\b(?:perioad[ăa]|durat[ăa])\s+)(ne)?determinat[ăa]?\b`)

// roPartHours is Romanian part-time: "normă parțială", "normă redusă",
// "timp parțial", or the English loan "part-time".
var roPartHours = regexp.MustCompile(`(?i)\b(?:norm[ăa]\s+(?:par[țţt]ial[ăa]|redus[ăa])|timp\s+par[țţt]ial|part[\s-]*time)`)

// fixedPartRomanianType reads a field that names both a tenure and hours.
func fixedPartRomanianType(raw string) model.JobType {
	if raw == "" || len(raw) > 80 {
		return model.TypeUnknown
	}
	if (containsFold(raw, "fixed") && containsFold(raw, "part")) && fixedTermPart.MatchString(raw) {
		return model.TypePartTime
	}
	if containsFold(raw, "determinat") {
		if m := roTenure.FindStringSubmatch(raw); m != nil {
			if roPartHours.MatchString(raw) {
				return model.TypePartTime
			}
			if m[1] != "" {
				return model.TypeFullTime // open-ended: permanent, as "Permanent"
			}
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}

// staffingFieldKeys are whole type fields (lettersLower keys) from
// healthcare staffing and vocabulary lists: a travel or agency assignment
// is a fixed engagement through a staffing firm; CTR/FLT/PRT are a
// vocabulary's three-letter codes; "Self" is self-employed.
var staffingFieldKeys = map[string]model.JobType{
	"travel": model.TypeContract, "travelnursing": model.TypeContract, "travelnurse": model.TypeContract,
	"travelcontract": model.TypeContract, "travelassignment": model.TypeContract, "travelposition": model.TypeContract,
	"agencynursing": model.TypeContract, "agencynurse": model.TypeContract, "agency": model.TypeContract,
	"agencystaff": model.TypeContract, "agencyworker": model.TypeContract,
	"permanentstaffing": model.TypeFullTime, "permanentplacement": model.TypeFullTime,
	"temporarystaffing": model.TypeContract, "contractstaffing": model.TypeContract,
	"self": model.TypeContract, "selfemployed": model.TypeContract,
	"ctr": model.TypeContract, "flt": model.TypeFullTime, "prt": model.TypePartTime,
}

// bareAdjFieldKeys are whole fields (lower-cased, trimmed) holding only an
// adjective whose noun ("work", "employment") the form left out:
// Ukrainian/Russian/Bulgarian "permanent", "full", "partial", Turkish
// "consultant".
var bareAdjFieldKeys = map[string]model.JobType{
	"постійна": model.TypeFullTime, "постоянная": model.TypeFullTime, "постоянна": model.TypeFullTime,
	"повна": model.TypeFullTime, "полная": model.TypeFullTime, "пълна": model.TypeFullTime,
	"часткова": model.TypePartTime, "частичная": model.TypePartTime, "непълна": model.TypePartTime,
	"тимчасова": model.TypeContract, "временная": model.TypeContract, "сезонна": model.TypeContract,
	"сезонная": model.TypeContract,
	"danışman": model.TypeContract, "danisman": model.TypeContract, "serbest çalışan": model.TypeContract,
}

// staffingAdjFieldType reads a whole type field no other reader knew.
func staffingAdjFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 40 {
		return model.TypeUnknown
	}
	if t, ok := staffingFieldKeys[lettersLower(raw)]; ok {
		return t
	}
	if t, ok := bareAdjFieldKeys[strings.ToLower(strings.Trim(raw, " .,;:-"))]; ok {
		return t
	}
	return model.TypeUnknown
}
