package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type wording:
// Spanish contract words. A permanent contract ("contrato indefinido") and
// a full working day ("jornada completa") are full time; a temporary,
// casual, substitute, fixed-term or per-job contract ("temporal",
// "eventual", "interino", "sustitución", "fijo discontinuo", "por obra y
// servicio", "duración determinada") is a contract; half a day, a partial
// or reduced day ("media jornada", "jornada parcial", "jornada reducida")
// and "trabajo part time" are part time.

// spanishEmploymentTypes are Spanish type-field values, keyed as
// MapEmploymentType keys them (lower case, ASCII letters only: accented
// letters drop out, so "sustitución" is "sustitucin").
var spanishEmploymentTypes = map[string]model.JobType{
	"temporal": model.TypeContract, "contratotemporal": model.TypeContract, "eventual": model.TypeContract,
	"contratoeventual": model.TypeContract, "fijodiscontinuo": model.TypeContract, "porobra": model.TypeContract,
	"obrayservicio": model.TypeContract, "porobrayservicio": model.TypeContract, "interino": model.TypeContract,
	"interina": model.TypeContract, "interinidad": model.TypeContract, "sustitucin": model.TypeContract,
	"sustitucion": model.TypeContract, "duracindeterminada": model.TypeContract, "duraciondeterminada": model.TypeContract,
	"jornadaparcial": model.TypePartTime, "jornadareducida": model.TypePartTime, "mediotiempo": model.TypePartTime, "demediotiempo": model.TypePartTime,
	// a board's part-day values with the time of day: "Parcial - Mañana", "Parcial - Tarde"
	"parcialmaana": model.TypePartTime, "parcialmanana": model.TypePartTime, "parcialtarde": model.TypePartTime,
	"parcialnoche": model.TypePartTime, "parcialindiferente": model.TypePartTime,
}

func init() {
	addEmploymentTypes(spanishEmploymentTypes)
	cjkEmployment = append(cjkEmployment, koreanTypes...)
}

// More wording: Korean type
// words, the Brazilian regimes, a Portuguese or Spanish type label in a
// description, and a hiring sentence naming a full-time role.

// koreanTypes are Korean employment types beside cjkEmployment's:
// part-time ("시간제", "파트타임", "아르바이트"), day labour ("일용직",
// paid by the day: per diem, a contract to us), temporary ("임시직"), and
// volunteering ("자원봉사").
var koreanTypes = []typeWord{{"시간제", model.TypePartTime}, {"파트타임", model.TypePartTime}, {"아르바이트", model.TypePartTime},
	{"일용직", model.TypeContract}, {"임시직", model.TypeContract}, {"자원봉사", model.TypeVolunteer}}

// brazilRegimes are the Brazilian employment regimes: CLT (an employee
// under the labour code) and PJ (a contractor billing through a company).
var brazilRegimes = map[string]model.JobType{"clt": model.TypeFullTime, "pj": model.TypeContract}

// iberianTypeLabel is a Portuguese or Spanish type label in a description:
// "Regime: CLT", "Regime de contratação: PJ", "Tipo de contrato:
// Indefinido", "Jornada: Tiempo completo" (tried around its key words:
// see keyRegexp).
var iberianTypeLabel = newKeyRegexp(`(?i)\b(?:regime(?:\s+de\s+contrata(?:ç|c)(?:ã|a)o)?|tipo\s+de\s+(?:contrato|contrata(?:ç|c)(?:ã|a)o|vaga|empleo|jornada)|jornada|modalidad\s+de\s+contrataci(?:ó|o)n|contrato)\s*:\s*([\p{L}][\p{L} /-]{0,30})`, 4, 50,
	"regime", "tipo de", "jornada", "modalidad", "contrato")

// iberianLabelType (called after the description's English type labels in
// ParseType) is the type a Portuguese or Spanish label names, or
// TypeUnknown.
func iberianLabelType(text string) model.JobType {
	for _, m := range iberianTypeLabel.FindAllStringSubmatch(text, 3) {
		v := strings.TrimSpace(m[1])
		if t, ok := brazilRegimes[strings.ToLower(v)]; ok {
			return t
		}
		if t := MapEmploymentType(v); t != model.TypeUnknown {
			return t
		}
	}
	return model.TypeUnknown
}

// hireFullTime is a hiring sentence naming a full-time role: "We are
// seeking a full-time pastry chef", "hiring a full time driver" (as
// bodyPart reads "a part-time barista"). "Insurance for full time
// employees" names no role hired.
var hireFullTime = newKeyRegexp(`(?i)\b(?:seeking|hiring|looking\s+for|recruiting|searching\s+for|need)\s+an?\s+full[- ]time\s+\p{L}`, 30, 16,
	"full") // a key other key regexps have: no new hits in the shared scan

var (
	// spanishTitleInterim is a Spanish substitute's title: "Dependiente
	// interino", "Cajera interina".
	spanishTitleInterim = regexp.MustCompile(`(?i)\binterin[oa]s?\b`)
	// spanishTitleContract names the contract in a Spanish title: "Cajero
	// contrato indefinido", "Auxiliar contrato temporal".
	spanishTitleContract = regexp.MustCompile(`(?i)\bcontrato\s+(indefinido|temporal|eventual|de\s+interinidad|por\s+obra)\b`)
	// spanishTitleTemp is "temporal" or "eventual" in a title, read only
	// where the title is Spanish (spanishTitle): "Temporal" is also a
	// workflow engine, and "eventual" an English adjective.
	spanishTitleTemp = regexp.MustCompile(`(?i)\b(?:temporal|eventual)(?:es)?\b`)
	// spanishSeasonWord is a Spanish word of a seasonal title: "campaña
	// verano", "de navidad".
	spanishSeasonWord = regexp.MustCompile(`(?i)\b(?:campaña|campana|verano|navidad|invierno|temporada|para|con|del?)\b`)
)

// spanishTitleType (called before the title's contract cue in ParseType) is
// the type a Spanish title names: a substitute, a permanent or temporary
// contract, or a temporary or casual seasonal role. TypeUnknown otherwise.
func spanishTitleType(title string) model.JobType {
	if !containsFold(title, "interin") && !containsFold(title, "contrato") && !containsFold(title, "temporal") && !containsFold(title, "eventual") {
		return model.TypeUnknown
	}
	if m := spanishTitleContract.FindStringSubmatch(title); m != nil {
		if strings.EqualFold(m[1], "indefinido") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}
	if spanishTitleInterim.MatchString(title) {
		return model.TypeContract
	}
	if spanishTitleTemp.MatchString(title) && spanishTitle(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// spanishTitle reports a title written in Spanish: an ñ or a Spanish
// seasonal or joining word.
func spanishTitle(title string) bool {
	return strings.ContainsAny(title, "ñÑ") || spanishSeasonWord.MatchString(title)
}

// spanishBody finds the Spanish type wording in a description: group 1 part
// time, group 2 a contract, group 3 full time (tried around its key words:
// see keyRegexp).
var spanishBody = newKeyRegexp(`(?i)\b(?:(media\s+jornada|jornada\s+(?:parcial|reducida)|tiempo\s+parcial|trabajo\s+(?:a\s+)?part[- ]?time)|`+
	`(contrato\s+(?:de\s+)?(?:temporal|eventual|interinidad|sustituci[oó]n|obra|duraci[oó]n\s+determinada)|contrato\s+por\s+obra|obra\s+[yo]\s+servicio|puesto\s+de\s+sustituci[oó]n|fijo[- ]discontinuo|duraci[oó]n\s+determinada)|`+
	`(contrato\s+(?:laboral\s+)?indefinido|jornada\s+completa|tiempo\s+completo))\b`, 24, 40,
	"jornada", "tiempo", "trabajo", "contrato", "obra y", "obra o", "sustituci", "fijo", "duraci")

// spanishBodyType (called with the description's contract cues in
// ParseType) is the type Spanish description wording names: part time
// first (a part-time temporary job is part time, as a source's "Part-time
// temporary" is), then a contract, then full time. TypeUnknown otherwise.
func spanishBodyType(text string) model.JobType {
	part, contract, full := false, false, false
	for _, m := range spanishBody.FindAllStringSubmatchIndex(text, 8) {
		switch {
		case m[2] >= 0:
			part = true
		case m[4] >= 0:
			contract = true
		case m[6] >= 0:
			full = true
		}
	}
	if !part && !contract && !full && hireFullTime.MatchString(text) {
		full = true
	}
	switch {
	case part:
		return model.TypePartTime
	case contract:
		return model.TypeContract
	case full:
		return model.TypeFullTime
	}
	return model.TypeUnknown
}

// addEmploymentTypes adds the keys of more that employmentTypes lacks (an
// existing key keeps its type).
func addEmploymentTypes(more map[string]model.JobType) {
	for k, t := range more {
		if _, ok := employmentTypes[k]; !ok {
			employmentTypes[k] = t
		}
	}
}
