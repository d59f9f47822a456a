package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment-type fields and title words not read before.
//
// Two hooks in ParseType:
//   - spanishContractFieldType runs before the ATS readers, because those find
//     the hours in a longer Spanish contract name ("... a jornada completa")
//     and stop there, or the bare "contract" in "Permanent contract (CDI)".
//   - summerCasualFieldType runs after every other type-field reader said
//     nothing: new words for a whole field.

// esTemporalKind is a Spanish temporary contract named in full: "Temporal
// por sustitución", "Temporal por circunstancias de la producción",
// "Contrato temporal por obra o servicio", "Temporal vinculado a ...".
// The field starts with it.
var esTemporalKind = regexp.MustCompile(`(?i)^\s*(?:contrato\s+)?(?:temporal|eventual)\s+(?:por|de|para|vinculad[oa]|a\s+tiempo|a\s+jornada)\b`)

// esSeasonField is a whole field naming a season as the post's term: "Temporada
// alta", "De temporada", "Por temporada", "Temporada de verano". Seasonal
// work is read as a contract, as "Seasonal" is.
var esSeasonField = regexp.MustCompile(`(?i)^\s*(?:(?:trabajo|empleo|contrato|puesto)\s+)?(?:de\s+|por\s+)?temporada(?:\s+(?:alta|baja|estival|de\s+(?:verano|invierno|navidad)))?\s*$`)

// esTrainingKind is a Spanish training contract, whatever its hours:
// "Formación en alternancia", "Formación y aprendizaje", "Práctica
// profesional", "Contrato formativo", "Contrato en prácticas".
var esTrainingKind = regexp.MustCompile(`(?i)^\s*(?:contrato\s+(?:de\s+|en\s+)?)?(?:formaci[oó]n\s+(?:en\s+alternancia|y\s+aprendizaje|dual)|pr[aá]cticas?\s+profesional(?:es)?|formativo|(?:en\s+)?pr[aá]cticas)\b`)

// esPartHours is a part-time share of the day in Spanish.
var esPartHours = regexp.MustCompile(`(?i)\b(?:a\s+)?(?:tiempo|jornada)\s+parcial\b`)

// spanishContractFieldType reads a type field that later readers would cut
// short: a Spanish temporary or training contract named in full, and a
// field glossed with a code in brackets whose two halves agree ("Permanent
// contract (CDI)", "Fixed-term contract (CDD)").
func spanishContractFieldType(raw string) model.JobType {
	if raw == "" {
		return model.TypeUnknown
	}
	if containsFold(raw, "tempor") || containsFold(raw, "eventual") {
		if esSeasonField.MatchString(raw) {
			return model.TypeContract // "Temporada alta": a seasonal post
		}
		if esTemporalKind.MatchString(raw) {
			if esPartHours.MatchString(raw) {
				return model.TypePartTime // hours win for part-time, as "parttime_fixed_term"
			}
			return model.TypeContract
		}
	}
	if containsFold(raw, "formaci") || containsFold(raw, "ctica") || containsFold(raw, "formativo") {
		if esTrainingKind.MatchString(raw) {
			return model.TypeInternship
		}
	}
	if strings.HasSuffix(strings.TrimSpace(raw), ")") {
		return glossedFieldType(raw)
	}
	return model.TypeUnknown
}

// glossedFieldType reads "Words (CODE)": both halves read alone, and the
// type only when they agree, so "Apprentice (Fixed Term)" is left to the
// readers that know it.
func glossedFieldType(raw string) model.JobType {
	s := strings.TrimSpace(raw)
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || strings.IndexByte(s[:open], '(') >= 0 {
		return model.TypeUnknown
	}
	base, inner := strings.TrimSpace(s[:open]), strings.TrimSpace(s[open+1:len(s)-1])
	if base == "" || inner == "" || len(inner) > 12 {
		return model.TypeUnknown // a gloss is a short code: "CDI", "CDD", "W2"
	}
	tb := ParseType(base, "", "")
	if tb == model.TypeUnknown || tb != ParseType(inner, "", "") {
		return model.TypeUnknown
	}
	return tb
}

// lateFieldKeys are whole type fields, lower-cased with all but letters
// removed (as MapEmploymentType keys them).
var lateFieldKeys = map[string]model.JobType{
	// a summer or holiday job: short and seasonal
	"summerjob": model.TypeContract, "summerjobs": model.TypeContract, "summerwork": model.TypeContract,
	"holidayjob": model.TypeContract, "vacationjob": model.TypeContract, "sommerjobb": model.TypeContract,
	"sommerjob": model.TypeContract, "ferienjob": model.TypeContract, "jobdt": model.TypeContract, "jobsdt": model.TypeContract,
	"trabajodeverano": model.TypeContract, "empleodeverano": model.TypeContract,
	// self-employed or engaged through another firm
	"selfemployee": model.TypeContract, "selfemployment": model.TypeContract, "thirdparty": model.TypeContract,
	"thirdpartycontractor": model.TypeContract, "selvstendignringsdrivende": model.TypeContract,
	"selvstndig": model.TypeContract, "egenfretagare": model.TypeContract,
	// a fixed-term public appointment (Norwegian, Danish)
	"reml": model.TypeContract, "remlsstilling": model.TypeContract, "tidsbegrnset": model.TypeContract,
	// paid by the session or called in when needed, like casual work
	"sessional": model.TypePartTime, "sessionalstaff": model.TypePartTime, "relief": model.TypePartTime,
	"reliefstaff": model.TypePartTime, "bank": model.TypePartTime, "bankstaff": model.TypePartTime, "bankworker": model.TypePartTime,
	"secondment": model.TypeContract,
	// an adjunct teaches a course or two a term, paid by the course
	"adjunct": model.TypePartTime, "adjunctfaculty": model.TypePartTime, "adjunctinstructor": model.TypePartTime,
	"adjunctlecturer": model.TypePartTime,
	// Swedish: a summer post, an interim assignment, workplace learning (LIA)
	"sommaranstllning": model.TypeContract, "sommarvikariat": model.TypeContract, "interimsuppdrag": model.TypeContract,
	"interimuppdrag": model.TypeContract, "lia": model.TypeInternship, "lrandeiarbete": model.TypeInternship,
	"lrandeiarbetelia": model.TypeInternship,
}

// svTemporary is Swedish "tillfällig" (temporary) anywhere in a type field:
// "Tillfällig anställning", "Tillfälligt jobb", "Tillfällig tjänst 6 mån".
var svTemporary = regexp.MustCompile(`(?i)\btillf[äa]llig(?:t|a)?\b`)

// jaTermWords are Japanese employment words beyond cjkEmployment, in
// order: a part-time word first, so "有期派遣パート" stays part-time.
var jaTermWords = []typeWord{
	{"非常勤", model.TypePartTime}, {"短時間", model.TypePartTime},
	{"有期", model.TypeContract}, {"任期付", model.TypeContract}, {"任期制", model.TypeContract},
	{"委託", model.TypeContract}, {"嘱託", model.TypeContract}, {"臨時", model.TypeContract},
}

// summerCasualFieldType reads a type field no other reader knew: a summer
// job, a self-employed or third-party engagement, a sessional, relief or
// bank (casual) post, a Japanese fixed-term or part-time word, a thesis.
func summerCasualFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 60 {
		return model.TypeUnknown
	}
	if t, ok := lateFieldKeys[lettersLower(raw)]; ok { // lettersLower: type_field_abbrev.go
		return t
	}
	if containsFold(raw, "tillf") && svTemporary.MatchString(raw) {
		return model.TypeContract
	}
	if t := typeOfWords(raw, jaTermWords); t != model.TypeUnknown {
		return t
	}
	if thesisTitle(raw) {
		return model.TypeInternship // "Master Thesis", "MSc Thesis" offered as a kind of post
	}
	return model.TypeUnknown
}

// maghrebInternTitle is an internship in Maghreb Arabic or French: "تربص"
// (a training placement, also "متربص", a trainee) and "projet de fin
// d'études" (a final-year student project at a company).
var maghrebInternTitle = regexp.MustCompile(`(?i)تربص|\bprojet\s+de\s+fin\s+d[’']\s*[ée]tudes?\b`)

// isMaghrebInternTitle reports such an internship title.
func isMaghrebInternTitle(title string) bool {
	if title == "" || !(strings.Contains(title, "تربص") || containsFold(title, "projet")) {
		return false
	}
	return maghrebInternTitle.MatchString(title)
}
