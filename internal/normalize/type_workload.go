package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording of Swiss, German, French, Italian, Spanish and
// Japanese boards: a workload percentage
// ("Architekt/in 60%", "80-100%", "Pensum: 100%"), schedule words in a
// title ("Personal Trainer Teilzeit", "Coach temps partiel"), fields the
// map lacks ("Plein temps", "Praktikum", "派遣"), temporary contracts named
// as such ("contrato temporal"), French "Stage en ...",
// Italian self-employment ("collaborazione a partita IVA") and maternity
// cover in other languages.

var (
	// genderNote is a gender note closing a title: "(m/w/d)", "(H/F)",
	// "(all genders)".
	genderNote = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:(?:[mwfhdx]|div)\s*/\s*){1,3}(?:[mwfhdx]|div)\s*[)\]]\s*$|\s*\(\s*all genders\s*\)\s*$`)
	// percentEnd is a workload closing a title: "60%", "80-100%",
	// "80% - 100%", "(50 %)".
	percentEnd = regexp.MustCompile(`(?:^|[\s(/,–—-])(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%\s*\)?\s*$`)
	// percentNotLoad is what before a percentage makes it no workload:
	// a commission, a discount, "100% remote", "earn up to 30%".
	percentNotLoad = regexp.MustCompile(`(?i)(?:\bearn|\bup\s+to|\bbis\s+zu|jusqu['’]à|\bcommission|\bprovision|\bbonus|\brabatt|\bdiscount|\boff|\bremote|télétravail|home\s*office|\bequity|\bstake)\s*$`)
	// percentField is a workload as the whole employment field: "100%",
	// "60 %", "80-100%".
	percentField = regexp.MustCompile(`^\s*(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%\s*$`)
	// percentLabel is a labelled workload in the text: "Pensum: 80%",
	// "Arbeitspensum 60-80 %", "Taux d'activité : 100%", Italian "Grado di
	// occupazione: 50%".
	percentLabel = regexp.MustCompile(`(?i)\b(?:arbeits)?pensum|besch(?:ä|ae)ftigungsgrad|taux\s+d['’](?:activit(?:é|e)|occupation)|grado\s+d(?:i\s+|['’]\s*)occupazione`)
	percentValue = regexp.MustCompile(`^\s*:?\s*(?:von\s+|de\s+)?(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%`)
	// titleScheduleWord is a schedule word in a title in German, French,
	// Spanish or Italian; the first named decides.
	titleScheduleWord = newCueRegexp(`(?i)\b(?:teilzeit|vollzeit|temps\s+partiel|temps\s+plein|plein\s+temps|mi-temps|temps\s+complet|tiempo\s+(?:parcial|completo)|media\s+jornada|jornada\s+completa|tempo\s+(?:pieno|parziale))\b`)
	// locumsTitle is the plural "locums" healthcare boards put in titles
	// (the singular is titleContract's).
	locumsTitle = regexp.MustCompile(`(?i)\blocums\b`)
	// romanceFixedTerm is a temporary contract named as such in French,
	// Spanish or Italian: "contrato temporal", "contratto a termine",
	// "contrat temporaire", or by its length alone: "Contrat de 6 mois",
	// "contrato de 12 meses", "contratto di 3 mesi" (a contract that ends
	// after a set time is fixed-term; two outside tables read it so).
	romanceFixedTerm = regexp.MustCompile(`(?i)\bcontra(?:t|to|tto)\s+(?:temporal\b|a\s+(?:tempo\s+determinato|termine)\b|temporaire\b|(?:à|a)\s+dur(?:é|e)e\s+d(?:é|e)termin(?:é|e)e|(?:de|di|por)\s+\d{1,2}\s*(?:mois|meses|mesi|semaines|semanas|settimane|ans?|años|anni)\b)`)
	// stageOpening is a French internship named at the start of a line:
	// "Stage en génie logiciel", "Stage de fin d'études", "Stage : ...".
	stageOpening = regexp.MustCompile(`(?im)^\s*stage\s+(?:(?:en|de|chez|au|à|pour)\s+|d['’]\s*)[\p{L}\d]|^\s*stage\s*[:–-]\s*\p{L}`)
	// partitaIVA is Italian self-employment: work "a partita IVA", "con
	// P.IVA", "in regime di partita IVA". A VAT number after it ("P.IVA
	// 01234567890", a company's footer) is not.
	partitaIVA = regexp.MustCompile(`(?i)\b(?:a|con|in|regime\s+di|tramite)\s+(?:partita\s+iva|p\.\s?iva)\b`)
	vatNumber  = regexp.MustCompile(`^\s*(?:n\.?\s*|nr\.?\s*|:\s*)?(?:it\s*)?\d{6}`)
	// maternityCover is cover for a parental leave in Italian, German,
	// French or Spanish: a fixed-term post.
	maternityCover = regexp.MustCompile(`(?i)\bsostituzione\s+(?:di\s+|per\s+)?(?:congedo\s+(?:di\s+)?)?maternit(?:à|a\b)|\b(?:mutterschafts|eltern(?:zeit)?|schwangerschafts)vertretung\b|\bremplacement\s+(?:d['’]un\s+|de\s+|du\s+|pendant\s+(?:un\s+|le\s+)?)?cong(?:é|e)\s+(?:de\s+)?maternit(?:é|e\b)|\bsustituci(?:ó|o)n\s+(?:por\s+|de\s+)?(?:baja\s+(?:por\s+|de\s+)?)?maternidad\b`)
)

// workloadType maps a workload percentage (or range) to a schedule: a
// range up to 100 % is full time, anything less part time.
func workloadType(lo, hi string) model.JobType {
	a, err := strconv.Atoi(lo)
	if err != nil || a <= 0 || a > 100 {
		return model.TypeUnknown
	}
	b := a
	if hi != "" {
		if b, err = strconv.Atoi(hi); err != nil || b < a || b > 100 {
			return model.TypeUnknown
		}
	}
	if b == 100 {
		return model.TypeFullTime
	}
	return model.TypePartTime
}

// extraFieldWords are whole employment fields the shared map lacks.
var extraFieldWords = []struct {
	word string
	t    model.JobType
}{
	{"plein temps", model.TypeFullTime}, {"temps complet", model.TypeFullTime}, {"tempo pieno", model.TypeFullTime},
	{"tempo parziale", model.TypePartTime}, {"mi-temps", model.TypePartTime},
	{"praktikum", model.TypeInternship}, {"praktika", model.TypeInternship}, {"pflichtpraktikum", model.TypeInternship},
}

// fieldEmploymentType maps an employment field the shared map does not
// know: "Plein temps", "Praktikum", "派遣", "紹介予定派遣", a workload
// ("100%"), a temporary contract named as such ("Contrato temporal").
func fieldEmploymentType(part string) model.JobType {
	if strings.Contains(part, "派遣") {
		return model.TypeContract // Japanese agency (dispatch) work
	}
	if t := hebrewType(part); t != model.TypeUnknown {
		return t
	}
	if m := percentField.FindStringSubmatch(part); m != nil {
		return workloadType(m[1], m[2])
	}
	if t := qualifiedWorkloadField(part); t != model.TypeUnknown {
		return t // "60%-80% Pensum", "80% min." (type_workload_field_qualified.go)
	}
	if p := strings.TrimSpace(part); len(p) <= 16 {
		for _, f := range extraFieldWords {
			if strings.EqualFold(p, f.word) {
				return f.t
			}
		}
	}
	if romanceFixedTerm.MatchString(part) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// workloadTitleType reads a schedule word or a closing workload percentage in
// a title: "Club Manager Vollzeit", "Coach temps partiel", "Architekt:in
// 60%", "Dipl. Architekt/In 100%". "100% Remote" or "30% commission" is
// no workload.
func workloadTitleType(title string) model.JobType {
	if strings.IndexByte(title, '%') >= 0 {
		t := genderNote.ReplaceAllString(title, "")
		if m := percentEnd.FindStringSubmatchIndex(t); m != nil && !percentNotLoad.MatchString(t[:m[2]]) {
			hi := ""
			if m[4] >= 0 {
				hi = t[m[4]:m[5]]
			}
			if w := workloadType(t[m[2]:m[3]], hi); w != model.TypeUnknown {
				return w
			}
		}
	}
	if t := hebrewType(title); t != model.TypeUnknown {
		return t // "מפתח/ת תוכנה - משרה חלקית"
	}
	if containsFold(title, "locums") && locumsTitle.MatchString(title) {
		return model.TypeContract // "Locums Hospitalist": locum tenens work
	}
	if loc := titleScheduleWord.FindStringIndex(title); loc != nil {
		switch w := strings.ToLower(title[loc[0]:loc[1]]); {
		case strings.HasPrefix(w, "teil"), strings.Contains(w, "partiel"), strings.Contains(w, "parcial"), strings.Contains(w, "parziale"), strings.HasPrefix(w, "media"), strings.HasPrefix(w, "mi-"):
			return model.TypePartTime
		default:
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}

// workloadBodyType reads the description: a labelled workload ("Pensum:
// 80%"), a temporary contract named as such, maternity cover, Italian
// self-employment (partita IVA) and a French internship named at the
// start of a line ("Stage en génie logiciel"; not under a senior title).
func workloadBodyType(title, text string) model.JobType {
	keys := workloadBodyKeys(text)
	if keys == 0 {
		return model.TypeUnknown
	}
	if keys&workKeyLoad != 0 {
		if loc := percentLabel.FindStringIndex(text); loc != nil {
			if m := percentValue.FindStringSubmatch(text[loc[1]:min(len(text), loc[1]+30)]); m != nil {
				if w := workloadType(m[1], m[2]); w != model.TypeUnknown {
					return w
				}
			}
		}
	}
	if keys&workKeyContract != 0 && romanceFixedTerm.MatchString(text) || keys&workKeyCover != 0 && maternityCover.MatchString(text) {
		return model.TypeContract
	}
	if keys&workKeyIVA != 0 {
		for _, m := range partitaIVA.FindAllStringIndex(text, 4) {
			if !vatNumber.MatchString(text[m[1]:min(len(text), m[1]+20)]) {
				return model.TypeContract
			}
		}
	}
	if keys&workKeyStage != 0 && !seniorTitle.MatchString(title) && stageOpening.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}

// The key words workloadBodyType's readers need, found in one pass.
const (
	workKeyLoad     = 1 << iota // "pensum", "beschäftigungsgrad", "taux d'activité"
	workKeyContract             // "contrat", "contrato", "contratto"
	workKeyCover                // "maternit", "vertretung"
	workKeyIVA                  // "partita iva", "p.iva", "p. iva"
	workKeyStage                // "stage" opening a line
)

var workloadBodyWords = func() *[256][]struct {
	word string
	key  uint8
} {
	var w [256][]struct {
		word string
		key  uint8
	}
	for _, k := range []struct {
		word string
		key  uint8
	}{{"pensum", workKeyLoad}, {"ftigungsgrad", workKeyLoad}, {"taux d", workKeyLoad}, {"grado d", workKeyLoad}, {"contrat", workKeyContract},
		{"maternit", workKeyCover}, {"vertretung", workKeyCover}, {"partita iva", workKeyIVA}, {"p.iva", workKeyIVA}, {"p. iva", workKeyIVA}} {
		c := k.word[0]
		w[c] = append(w[c], k)
		w[c-'a'+'A'] = append(w[c-'a'+'A'], k)
	}
	return &w
}()

// workloadBodyKeys returns which of workloadBodyType's key words text holds; a
// "stage" counts only at the start of a line.
func workloadBodyKeys(text string) (keys uint8) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		for _, k := range workloadBodyWords[c] {
			if hasPrefixFold(text[i:], k.word) {
				keys |= k.key
			}
		}
		if (c == 's' || c == 'S') && hasPrefixFold(text[i:], "stage") && atLineStart(text, i) {
			keys |= workKeyStage
		}
	}
	return keys
}

// atLineStart reports whether only spaces stand between the start of
// text[i]'s line and i.
func atLineStart(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case ' ', '\t':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// hebrewTypes are Hebrew employment words: a full or part-time post
// ("משרה מלאה", "משרה חלקית"), freelance, an internship ("סטאז'",
// "התמחות"), a temporary post.
var hebrewTypes = []typeWord{
	{"משרה מלאה", model.TypeFullTime}, {"משרה חלקית", model.TypePartTime}, {"חצי משרה", model.TypePartTime},
	{"פרילנס", model.TypeContract}, {"משרה זמנית", model.TypeContract}, {"סטאז", model.TypeInternship}, {"התמחות", model.TypeInternship},
}

// hebrewType maps Hebrew employment words; unknown for other text.
func hebrewType(s string) model.JobType { return typeOfWords(s, hebrewTypes) }
