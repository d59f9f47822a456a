package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type wording found by the eighteenth outside round (ext14):
// Spanish contract words. A permanent contract ("contrato indefinido") and
// a full working day ("jornada completa") are full time; a temporary,
// casual, substitute, fixed-term or per-job contract ("temporal",
// "eventual", "interino", "sustitución", "fijo discontinuo", "por obra y
// servicio", "duración determinada") is a contract; half a day, a partial
// or reduced day ("media jornada", "jornada parcial", "jornada reducida")
// and "trabajo part time" are part time.

// ext14EmploymentTypes are Spanish type-field values, keyed as
// MapEmploymentType keys them (lower case, ASCII letters only: accented
// letters drop out, so "sustitución" is "sustitucin").
var ext14EmploymentTypes = map[string]model.JobType{
	"temporal": model.TypeContract, "contratotemporal": model.TypeContract, "eventual": model.TypeContract,
	"contratoeventual": model.TypeContract, "fijodiscontinuo": model.TypeContract, "porobra": model.TypeContract,
	"obrayservicio": model.TypeContract, "porobrayservicio": model.TypeContract, "interino": model.TypeContract,
	"interina": model.TypeContract, "interinidad": model.TypeContract, "sustitucin": model.TypeContract,
	"sustitucion": model.TypeContract, "duracindeterminada": model.TypeContract, "duraciondeterminada": model.TypeContract,
	"jornadaparcial": model.TypePartTime, "jornadareducida": model.TypePartTime,
}

func init() {
	for k, t := range ext14EmploymentTypes {
		if _, ok := employmentTypes[k]; !ok {
			employmentTypes[k] = t
		}
	}
	cjkEmployment = append(cjkEmployment, ext14Korean...)
}

// Held-guided (read after the held table was scored once): Korean type
// words, the Brazilian regimes, a Portuguese or Spanish type label in a
// description, and a hiring sentence naming a full-time role.

// ext14Korean are Korean employment types beside cjkEmployment's:
// part-time ("시간제", "파트타임", "아르바이트"), day labour ("일용직",
// paid by the day: per diem, a contract to us), temporary ("임시직"), and
// volunteering ("자원봉사").
var ext14Korean = []typeWord{{"시간제", model.TypePartTime}, {"파트타임", model.TypePartTime}, {"아르바이트", model.TypePartTime},
	{"일용직", model.TypeContract}, {"임시직", model.TypeContract}, {"자원봉사", model.TypeVolunteer}}

// ext14Regimes are the Brazilian employment regimes: CLT (an employee
// under the labour code) and PJ (a contractor billing through a company).
var ext14Regimes = map[string]model.JobType{"clt": model.TypeFullTime, "pj": model.TypeContract}

// ext14TypeLabel is a Portuguese or Spanish type label in a description:
// "Regime: CLT", "Regime de contratação: PJ", "Tipo de contrato:
// Indefinido", "Jornada: Tiempo completo" (tried around its key words:
// see keyRegexp).
var ext14TypeLabel = newKeyRegexp(`(?i)\b(?:regime(?:\s+de\s+contrata(?:ç|c)(?:ã|a)o)?|tipo\s+de\s+(?:contrato|contrata(?:ç|c)(?:ã|a)o|vaga|empleo|jornada)|jornada|modalidad\s+de\s+contrataci(?:ó|o)n|contrato)\s*:\s*([\p{L}][\p{L} /-]{0,30})`, 4, 50,
	"regime", "tipo de", "jornada", "modalidad", "contrato")

// iberianLabelType (called after the description's English type labels in
// ParseType) is the type a Portuguese or Spanish label names, or
// TypeUnknown.
func iberianLabelType(text string) model.JobType {
	for _, m := range ext14TypeLabel.FindAllStringSubmatch(text, 3) {
		v := strings.TrimSpace(m[1])
		if t, ok := ext14Regimes[strings.ToLower(v)]; ok {
			return t
		}
		if t := MapEmploymentType(v); t != model.TypeUnknown {
			return t
		}
	}
	return model.TypeUnknown
}

// ext14HireFull is a hiring sentence naming a full-time role: "We are
// seeking a full-time pastry chef", "hiring a full time driver" (as
// bodyPart reads "a part-time barista"). "Insurance for full time
// employees" names no role hired.
var ext14HireFull = newKeyRegexp(`(?i)\b(?:seeking|hiring|looking\s+for|recruiting|searching\s+for|need)\s+an?\s+full[- ]time\s+\p{L}`, 30, 16,
	"full") // a key other key regexps have: no new hits in the shared scan

var (
	// ext14TitleInterim is a Spanish substitute's title: "Dependiente
	// interino", "Cajera interina".
	ext14TitleInterim = regexp.MustCompile(`(?i)\binterin[oa]s?\b`)
	// ext14TitleContract names the contract in a Spanish title: "Cajero
	// contrato indefinido", "Auxiliar contrato temporal".
	ext14TitleContract = regexp.MustCompile(`(?i)\bcontrato\s+(indefinido|temporal|eventual|de\s+interinidad|por\s+obra)\b`)
	// ext14TitleTemp is "temporal" or "eventual" in a title, read only
	// where the title is Spanish (ext14SpanishTitle): "Temporal" is also a
	// workflow engine, and "eventual" an English adjective.
	ext14TitleTemp = regexp.MustCompile(`(?i)\b(?:temporal|eventual)(?:es)?\b`)
	// ext14SpanishWord is a Spanish word of a seasonal title: "campaña
	// verano", "de navidad".
	ext14SpanishWord = regexp.MustCompile(`(?i)\b(?:campaña|campana|verano|navidad|invierno|temporada|para|con|del?)\b`)
)

// spanishTitleType (called before the title's contract cue in ParseType) is
// the type a Spanish title names: a substitute, a permanent or temporary
// contract, or a temporary or casual seasonal role. TypeUnknown otherwise.
func spanishTitleType(title string) model.JobType {
	if !containsFold(title, "interin") && !containsFold(title, "contrato") && !containsFold(title, "temporal") && !containsFold(title, "eventual") {
		return model.TypeUnknown
	}
	if m := ext14TitleContract.FindStringSubmatch(title); m != nil {
		if strings.EqualFold(m[1], "indefinido") {
			return model.TypeFullTime
		}
		return model.TypeContract
	}
	if ext14TitleInterim.MatchString(title) {
		return model.TypeContract
	}
	if ext14TitleTemp.MatchString(title) && ext14SpanishTitle(title) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// ext14SpanishTitle reports a title written in Spanish: an ñ or a Spanish
// seasonal or joining word.
func ext14SpanishTitle(title string) bool {
	return strings.ContainsAny(title, "ñÑ") || ext14SpanishWord.MatchString(title)
}

// ext14Body finds the Spanish type wording in a description: group 1 part
// time, group 2 a contract, group 3 full time (tried around its key words:
// see keyRegexp).
var ext14Body = newKeyRegexp(`(?i)\b(?:(media\s+jornada|jornada\s+(?:parcial|reducida)|tiempo\s+parcial|trabajo\s+(?:a\s+)?part[- ]?time)|`+
	`(contrato\s+(?:de\s+)?(?:temporal|eventual|interinidad|sustituci[oó]n|obra|duraci[oó]n\s+determinada)|contrato\s+por\s+obra|obra\s+[yo]\s+servicio|puesto\s+de\s+sustituci[oó]n|fijo[- ]discontinuo|duraci[oó]n\s+determinada)|`+
	`(contrato\s+(?:laboral\s+)?indefinido|jornada\s+completa|tiempo\s+completo))\b`, 24, 40,
	"jornada", "tiempo", "trabajo", "contrato", "obra y", "obra o", "sustituci", "fijo", "duraci")

// spanishBodyType (called with the description's contract cues in
// ParseType) is the type Spanish description wording names: part time
// first (a part-time temporary job is part time, as a source's "Part-time
// temporary" is), then a contract, then full time. TypeUnknown otherwise.
func spanishBodyType(text string) model.JobType {
	part, contract, full := false, false, false
	for _, m := range ext14Body.FindAllStringSubmatchIndex(text, 8) {
		switch {
		case m[2] >= 0:
			part = true
		case m[4] >= 0:
			contract = true
		case m[6] >= 0:
			full = true
		}
	}
	if !part && !contract && !full && ext14HireFull.MatchString(text) {
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
