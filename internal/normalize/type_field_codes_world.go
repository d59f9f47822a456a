package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Type-field values that the field readers before ParseType's hook left
// unread or read against the English map's conventions (table tests in
// type_field_codes_world_test.go):
//
//   - an ATS code joining the hours and the term with underscores
//     ("parttime_fixed_term", "fulltime_fixed_term", "parttime_minijob"):
//     read as "Part-time temporary" and "Full-time temporary" are, the
//     hours deciding a part-time post and the term a full-time one;
//   - Nepali ("पूर्णकालीन" full time, "अंशकालीन" part time, "सम्झौता"
//     contract, "इन्टर्नशिप" internship, "फ्रिलान्स" freelance), Hindi
//     freelance ("फ्रीलांस"), Greek ("Ημιαπασχόληση" part time, "Σύμβαση"
//     contract), Vietnamese freelance ("Làm tự do"), Arabic contracts in
//     the plural ("عقود"), Italian agents ("Agente", "Rappresentante",
//     paid on commission, so a contract), "Fix-Term";
//   - a decimal fraction of a Romanian norm ("0.25 normă", "0,5 norma"):
//     part time.
//
// Each word must be a whole part of the field (split at commas, slashes,
// semicolons, bars and brackets), so "Agente de ventas" or a sentence
// naming a contract is left to the other readers.

// codeTermWords are the whole-part words, keyed by termKey.
var codeTermWords = func() map[string]model.JobType {
	m := map[string]model.JobType{}
	for _, w := range []struct {
		phrase string
		t      model.JobType
	}{
		{"पूर्णकालीन", model.TypeFullTime}, {"अंशकालीन", model.TypePartTime}, {"सम्झौता", model.TypeContract},
		{"इन्टर्नशिप", model.TypeInternship}, {"फ्रिलान्स", model.TypeContract}, {"फ्रीलांस", model.TypeContract},
		{"ημιαπασχόληση", model.TypePartTime}, {"σύμβαση", model.TypeContract},
		{"làm tự do", model.TypeContract}, {"tự do", model.TypeContract},
		{"عقود", model.TypeContract},
		{"agente", model.TypeContract}, {"rappresentante", model.TypeContract}, {"agente di commercio", model.TypeContract},
		{"fix term", model.TypeContract}, {"fix-term", model.TypeContract},
	} {
		m[termKey(w.phrase)] = w.t
	}
	return m
}()

// codeTermType reads employmentType with the rules above; unknown when
// none applies.
func codeTermType(employmentType string) model.JobType {
	s := strings.TrimSpace(employmentType)
	if s == "" || len(s) > 120 {
		return model.TypeUnknown
	}
	if t := joinedHoursCode(s); t != model.TypeUnknown {
		return t
	}
	if normFraction(s) {
		return model.TypePartTime
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '/' || r == ';' || r == '|' || r == '(' || r == ')'
	}) {
		if t, ok := codeTermWords[termKey(part)]; ok {
			return t
		}
	}
	return model.TypeUnknown
}

// joinedHoursCode reads one snake_case code that opens with the hours:
// "parttime_fixed_term" part time, "fulltime_fixed_term" a contract,
// "fulltime_permanent" full time. Any other code is unknown here.
func joinedHoursCode(s string) model.JobType {
	if strings.ContainsAny(s, " ,/") || !strings.Contains(s, "_") {
		return model.TypeUnknown
	}
	head, rest, _ := strings.Cut(strings.ToLower(s), "_")
	switch head {
	case "parttime":
		return model.TypePartTime
	case "fulltime":
		switch rest {
		case "fixed_term", "temporary", "temp", "seasonal", "fixedterm":
			return model.TypeContract
		case "permanent", "regular", "":
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}

// normFraction reports whether part is a decimal fraction of a norm below
// one: "0.25 normă", "0,5 norma" (a half written out, "jumătate de
// normă", is a world term).
func normFraction(part string) bool {
	p := strings.ToLower(strings.TrimSpace(part))
	num, rest, ok := strings.Cut(p, " ")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest != "normă" && rest != "norma" && rest != "normã" {
		return false
	}
	num = strings.ReplaceAll(num, ",", ".")
	if !strings.HasPrefix(num, "0.") || len(num) < 3 {
		return false
	}
	for _, r := range num[2:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return strings.Trim(num[2:], "0") != ""
}
