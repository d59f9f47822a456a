package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Employment wording of Swiss, German, French, Italian, Spanish and
// Japanese boards (the tenth outside round, ext6): a workload percentage
// ("Architekt/in 60%", "80-100%", "Pensum: 100%"), schedule words in a
// title ("Personal Trainer Teilzeit", "Coach temps partiel"), fields the
// map lacks ("Plein temps", "Praktikum", "派遣"), temporary contracts named
// as such ("contrato temporal"), French "Stage en ...",
// Italian self-employment ("collaborazione a partita IVA") and maternity
// cover in other languages.

var (
	// ext6GenderNote is a gender note closing a title: "(m/w/d)", "(H/F)",
	// "(all genders)".
	ext6GenderNote = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:(?:[mwfhdx]|div)\s*/\s*){1,3}(?:[mwfhdx]|div)\s*[)\]]\s*$|\s*\(\s*all genders\s*\)\s*$`)
	// ext6PercentEnd is a workload closing a title: "60%", "80-100%",
	// "80% - 100%", "(50 %)".
	ext6PercentEnd = regexp.MustCompile(`(?:^|[\s(/,–—-])(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%\s*\)?\s*$`)
	// ext6PercentNotLoad is what before a percentage makes it no workload:
	// a commission, a discount, "100% remote", "earn up to 30%".
	ext6PercentNotLoad = regexp.MustCompile(`(?i)(?:\bearn|\bup\s+to|\bbis\s+zu|jusqu['’]à|\bcommission|\bprovision|\bbonus|\brabatt|\bdiscount|\boff|\bremote|télétravail|home\s*office|\bequity|\bstake)\s*$`)
	// ext6PercentField is a workload as the whole employment field: "100%",
	// "60 %", "80-100%".
	ext6PercentField = regexp.MustCompile(`^\s*(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%\s*$`)
	// ext6PercentLabel is a labelled workload in the text: "Pensum: 80%",
	// "Arbeitspensum 60-80 %", "Taux d'activité : 100%".
	ext6PercentLabel = regexp.MustCompile(`(?i)\b(?:arbeits)?pensum|besch(?:ä|ae)ftigungsgrad|taux\s+d['’](?:activit(?:é|e)|occupation)`)
	ext6PercentValue = regexp.MustCompile(`^\s*:?\s*(?:von\s+|de\s+)?(\d{1,3})\s*%?\s*(?:(?:-|–|—|bis|à)\s*(\d{1,3})\s*)?%`)
	// ext6TitleSchedule is a schedule word in a title in German, French,
	// Spanish or Italian; the first named decides.
	ext6TitleSchedule = regexp.MustCompile(`(?i)\b(?:teilzeit|vollzeit|temps\s+partiel|temps\s+plein|plein\s+temps|mi-temps|temps\s+complet|tiempo\s+(?:parcial|completo)|media\s+jornada|jornada\s+completa|tempo\s+(?:pieno|parziale))\b`)
	// ext6Locums is the plural "locums" healthcare boards put in titles
	// (the singular is titleContract's).
	ext6Locums = regexp.MustCompile(`(?i)\blocums\b`)
	// ext6FixedTerm is a temporary contract named as such in French,
	// Spanish or Italian: "contrato temporal", "contratto a termine",
	// "contrat temporaire", or by its length alone: "Contrat de 6 mois",
	// "contrato de 12 meses", "contratto di 3 mesi" (a contract that ends
	// after a set time is fixed-term; two outside tables read it so).
	ext6FixedTerm = regexp.MustCompile(`(?i)\bcontra(?:t|to|tto)\s+(?:temporal\b|a\s+(?:tempo\s+determinato|termine)\b|temporaire\b|(?:à|a)\s+dur(?:é|e)e\s+d(?:é|e)termin(?:é|e)e|(?:de|di|por)\s+\d{1,2}\s*(?:mois|meses|mesi|semaines|semanas|settimane|ans?|años|anni)\b)`)
	// ext6StageOpening is a French internship named at the start of a line:
	// "Stage en génie logiciel", "Stage de fin d'études", "Stage : ...".
	ext6StageOpening = regexp.MustCompile(`(?im)^\s*stage\s+(?:(?:en|de|chez|au|à|pour)\s+|d['’]\s*)[\p{L}\d]|^\s*stage\s*[:–-]\s*\p{L}`)
	// ext6PartitaIVA is Italian self-employment: work "a partita IVA", "con
	// P.IVA", "in regime di partita IVA". A VAT number after it ("P.IVA
	// 01234567890", a company's footer) is not.
	ext6PartitaIVA = regexp.MustCompile(`(?i)\b(?:a|con|in|regime\s+di|tramite)\s+(?:partita\s+iva|p\.\s?iva)\b`)
	ext6VATNumber  = regexp.MustCompile(`^\s*(?:n\.?\s*|nr\.?\s*|:\s*)?(?:it\s*)?\d{6}`)
	// ext6MaternityCover is cover for a parental leave in Italian, German,
	// French or Spanish: a fixed-term post.
	ext6MaternityCover = regexp.MustCompile(`(?i)\bsostituzione\s+(?:di\s+|per\s+)?(?:congedo\s+(?:di\s+)?)?maternit(?:à|a\b)|\b(?:mutterschafts|eltern(?:zeit)?|schwangerschafts)vertretung\b|\bremplacement\s+(?:d['’]un\s+|de\s+|du\s+|pendant\s+(?:un\s+|le\s+)?)?cong(?:é|e)\s+(?:de\s+)?maternit(?:é|e\b)|\bsustituci(?:ó|o)n\s+(?:por\s+|de\s+)?(?:baja\s+(?:por\s+|de\s+)?)?maternidad\b`)
)

// ext6Workload maps a workload percentage (or range) to a schedule: a
// range up to 100 % is full time, anything less part time.
func ext6Workload(lo, hi string) model.JobType {
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

// ext6FieldWords are whole employment fields the shared map lacks.
var ext6FieldWords = []struct {
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
	if t := ext6HebrewType(part); t != model.TypeUnknown {
		return t
	}
	if m := ext6PercentField.FindStringSubmatch(part); m != nil {
		return ext6Workload(m[1], m[2])
	}
	if p := strings.TrimSpace(part); len(p) <= 16 {
		for _, f := range ext6FieldWords {
			if strings.EqualFold(p, f.word) {
				return f.t
			}
		}
	}
	if ext6FixedTerm.MatchString(part) {
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
		t := ext6GenderNote.ReplaceAllString(title, "")
		if m := ext6PercentEnd.FindStringSubmatchIndex(t); m != nil && !ext6PercentNotLoad.MatchString(t[:m[2]]) {
			hi := ""
			if m[4] >= 0 {
				hi = t[m[4]:m[5]]
			}
			if w := ext6Workload(t[m[2]:m[3]], hi); w != model.TypeUnknown {
				return w
			}
		}
	}
	if t := ext6HebrewType(title); t != model.TypeUnknown {
		return t // "מפתח/ת תוכנה - משרה חלקית"
	}
	if containsFold(title, "locums") && ext6Locums.MatchString(title) {
		return model.TypeContract // "Locums Hospitalist": locum tenens work
	}
	if m := ext6TitleSchedule.FindString(title); m != "" {
		switch w := strings.ToLower(m); {
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
	keys := ext6BodyKeys(text)
	if keys == 0 {
		return model.TypeUnknown
	}
	if keys&ext6KeyLoad != 0 {
		if loc := ext6PercentLabel.FindStringIndex(text); loc != nil {
			if m := ext6PercentValue.FindStringSubmatch(text[loc[1]:min(len(text), loc[1]+30)]); m != nil {
				if w := ext6Workload(m[1], m[2]); w != model.TypeUnknown {
					return w
				}
			}
		}
	}
	if keys&ext6KeyContract != 0 && ext6FixedTerm.MatchString(text) || keys&ext6KeyCover != 0 && ext6MaternityCover.MatchString(text) {
		return model.TypeContract
	}
	if keys&ext6KeyIVA != 0 {
		for _, m := range ext6PartitaIVA.FindAllStringIndex(text, 4) {
			if !ext6VATNumber.MatchString(text[m[1]:min(len(text), m[1]+20)]) {
				return model.TypeContract
			}
		}
	}
	if keys&ext6KeyStage != 0 && !seniorTitle.MatchString(title) && ext6StageOpening.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}

// The key words workloadBodyType's readers need, found in one pass.
const (
	ext6KeyLoad     = 1 << iota // "pensum", "beschäftigungsgrad", "taux d'activité"
	ext6KeyContract             // "contrat", "contrato", "contratto"
	ext6KeyCover                // "maternit", "vertretung"
	ext6KeyIVA                  // "partita iva", "p.iva", "p. iva"
	ext6KeyStage                // "stage" opening a line
)

var ext6BodyWords = func() *[256][]struct {
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
	}{{"pensum", ext6KeyLoad}, {"ftigungsgrad", ext6KeyLoad}, {"taux d", ext6KeyLoad}, {"contrat", ext6KeyContract},
		{"maternit", ext6KeyCover}, {"vertretung", ext6KeyCover}, {"partita iva", ext6KeyIVA}, {"p.iva", ext6KeyIVA}, {"p. iva", ext6KeyIVA}} {
		c := k.word[0]
		w[c] = append(w[c], k)
		w[c-'a'+'A'] = append(w[c-'a'+'A'], k)
	}
	return &w
}()

// ext6BodyKeys returns which of workloadBodyType's key words text holds; a
// "stage" counts only at the start of a line.
func ext6BodyKeys(text string) (keys uint8) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		for _, k := range ext6BodyWords[c] {
			if hasPrefixFold(text[i:], k.word) {
				keys |= k.key
			}
		}
		if (c == 's' || c == 'S') && hasPrefixFold(text[i:], "stage") && ext6LineStart(text, i) {
			keys |= ext6KeyStage
		}
	}
	return keys
}

// ext6LineStart reports whether only spaces stand between the start of
// text[i]'s line and i.
func ext6LineStart(text string, i int) bool {
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

// ext6HebrewTypes are Hebrew employment words: a full or part-time post
// ("משרה מלאה", "משרה חלקית"), freelance, an internship ("סטאז'",
// "התמחות"), a temporary post.
var ext6HebrewTypes = []typeWord{
	{"משרה מלאה", model.TypeFullTime}, {"משרה חלקית", model.TypePartTime}, {"חצי משרה", model.TypePartTime},
	{"פרילנס", model.TypeContract}, {"משרה זמנית", model.TypeContract}, {"סטאז", model.TypeInternship}, {"התמחות", model.TypeInternship},
}

// ext6HebrewType maps Hebrew employment words; unknown for other text.
func ext6HebrewType(s string) model.JobType { return typeOfWords(s, ext6HebrewTypes) }
