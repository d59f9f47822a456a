package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// slavicIberianTerms join localTerms (type_field_local_terms.go): type-field
// values from Czech, Polish, Russian, Portuguese, Vietnamese, Nordic,
// German and French boards that the other readers leave unknown. The
// readings follow localTerms: a Czech work agreement ("dohoda o ...") or a
// secondary employment ("vedlejší pracovní poměr") is part-time, as is a
// Russian second job held beside a main one ("совместительство"); a
// temporary relation, an agency or stand-in agreement, a bare "contract"
// word and the self-employed are a contract; a work-and-study French
// "alternance" is an internship; a Norwegian "fulltid", a Brazilian
// "integral" (the schedule) and a Spanish "a tiempo completo" are full-time. Table tests in
// type_field_terms_slavic_iberian_test.go.
var slavicIberianTerms = []worldTerm{
	// Portuguese: a fixed-scope (freelance) project.
	{"escopo fechado", model.TypeProject, false},
	// Czech and Slovak: work agreements by any verb, a secondary post, a
	// temporary relation, a bare "contract", the self-employed.
	{"dohoda o proveden", model.TypePartTime, false}, {"dohoda o pracovn", model.TypePartTime, false},
	{"vedlejší pracovní poměr", model.TypePartTime, false}, {"vpp", model.TypePartTime, true},
	{"dočasn", model.TypeContract, false}, {"smlouva", model.TypeContract, true}, {"osvč", model.TypeContract, true},
	// Polish: an agency agreement, a stand-in's contract, temporary work.
	{"umowa agencyjna", model.TypeContract, false}, {"na zastępstwo", model.TypeContract, false},
	{"pracę tymczasową", model.TypeContract, false},
	// Russian and Ukrainian: a second job beside a main one.
	{"совместител", model.TypePartTime, false}, {"сумісництв", model.TypePartTime, false},
	// Spanish and Portuguese: the full-day schedule, whole or part time
	// with a leading "a" ("A tiempo completo") or in European Portuguese
	// ("Tempo inteiro").
	{"integral", model.TypeFullTime, true}, {"tiempo completo", model.TypeFullTime, false}, {"tiempo parcial", model.TypePartTime, false},
	{"tempo inteiro", model.TypeFullTime, false}, {"meio tempo", model.TypePartTime, false},
	// Vietnamese (read without tone marks): temporary.
	{"tam thoi", model.TypeContract, false},
	// Norwegian: full-time.
	{"fulltid", model.TypeFullTime, true},
	// German: a Saturday or weekend job.
	{"samstagsjob", model.TypePartTime, false}, {"wochenendjob", model.TypePartTime, false},
	// French: work-and-study.
	{"alternance", model.TypeInternship, false},
}

// dayShareType reads a Spanish or Catalan share of the working day
// in a type field ("3/4 de jornada", "Un cuarto de jornada", "Media
// jornada"), which the field readers split at the slash or do not know:
// a share of the day is part-time. Unknown otherwise.
func dayShareType(raw string) model.JobType {
	if len(raw) > 40 {
		return model.TypeUnknown
	}
	low := strings.ToLower(raw)
	i := strings.Index(low, "de jornada")
	if i <= 0 {
		return model.TypeUnknown
	}
	pre := strings.TrimSpace(low[:i])
	switch {
	case strings.HasSuffix(pre, "cuarto"), strings.HasSuffix(pre, "cuartos"), strings.HasSuffix(pre, "tercio"),
		strings.HasSuffix(pre, "tercios"), strings.HasSuffix(pre, "mitad"):
		return model.TypePartTime
	}
	if n := len(pre); n >= 3 && pre[n-2] == '/' && pre[n-1] > '0' && pre[n-1] <= '9' && pre[n-3] > '0' && pre[n-3] < pre[n-1] {
		return model.TypePartTime // "3/4", "1/2": a proper fraction
	}
	return model.TypeUnknown
}

// sideSeasonTitleWords join titleLocalWords (type_title_local_words.go): a
// German mini job written with a hyphen ("Mini-Job Kasse"), a university
// student assistant ("HiWi"), a Saturday or weekend job; a French seasonal
// post ("Saisonnier Serveur"); a Portuguese permanent ("Enfermeiro
// Efetivo") or temporary ("Vendedor Temporário") post.
var sideSeasonTitleWords = []titleLocalWord{
	{"mini-job", model.TypePartTime, true}, {"hiwi", model.TypeInternship, false},
	{"samstagsjob", model.TypePartTime, false}, {"wochenendjob", model.TypePartTime, false},
	{"saisonnier", model.TypeContract, false}, {"saisonnière", model.TypeContract, false},
	{"efetivo", model.TypeFullTime, false}, {"efetiva", model.TypeFullTime, false},
	{"temporário", model.TypeContract, false}, {"temporária", model.TypeContract, false}, {"temporario", model.TypeContract, false},
}

// permanentContractKeys are the type-field values that pair a permanent
// tenure with the bare word for a contract, by their termKey: the English
// "Permanent contract" and its French, Spanish, Portuguese and Italian
// forms. The contract word there names the employment contract, not a
// contractor's engagement, so the value reads as a permanent post alone
// does: full-time. The English word search of MapEmploymentType otherwise
// found "contract" in it.
var permanentContractKeys = map[string]bool{
	"permanentcontract": true, "permanentemploymentcontract": true, "contractpermanent": true,
	"contratpermanent": true, "contratopermanente": true, "contrattopermanente": true,
}

// permanentContractType reads a whole type field that is one of
// permanentContractKeys as full-time; unknown for anything else
// ("Permanent contract, part-time" is left to the list readers).
func permanentContractType(raw string) model.JobType {
	if len(raw) > 40 || !containsFold(raw, "perman") {
		return model.TypeUnknown
	}
	if permanentContractKeys[termKey(raw)] {
		return model.TypeFullTime
	}
	return model.TypeUnknown
}
