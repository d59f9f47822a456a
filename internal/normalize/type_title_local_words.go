package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Type words in titles of other languages that the title readers before
// do not know: "Magazziniere a tempo determinato", "Verkäufer Minijob
// (m/w/d)", "Bijbaan supermarkt", "Stażysta w dziale HR",
// "Стажёр-аналитик", "Курьер подработка", "Yarı zamanlı kasiyer",
// "兼职翻译", and a French CDI or CDD at a title's edge ("Comptable H/F -
// CDI"). Each word is matched as a whole word, a stem at a word's start
// ("stażyst" in "Stażystka"); words that are also common in English
// titles are not listed. Of two kinds the readers after decide ("Aushilfe
// Teilzeit - befristet" is a contract), and a German "unbefristet" alone
// in a title stays unread (it says nothing of the hours).

// titleLocalWord is a phrase and its type; stem phrases match at a word's
// start, the others as whole words.
type titleLocalWord struct {
	phrase string
	t      model.JobType
	stem   bool
}

var titleLocalWords = append(append([]titleLocalWord{
	// Italian, Spanish, Portuguese.
	{"tempo determinato", model.TypeContract, false}, {"tempo indeterminato", model.TypeFullTime, false}, {"interinale", model.TypeContract, false},
	{"tempo parziale", model.TypePartTime, false}, {"tempo pieno", model.TypeFullTime, false}, {"tiempo parcial", model.TypePartTime, false}, {"tiempo completo", model.TypeFullTime, false},
	{"jornada completa", model.TypeFullTime, false}, {"meio período", model.TypePartTime, false}, {"tempo integral", model.TypeFullTime, false},
	{"pasante", model.TypeInternship, false}, {"practicante", model.TypeInternship, false}, {"medio tiempo", model.TypePartTime, false}, // Latin American half time
	// German, Dutch, Nordic, Finnish.
	{"minijob", model.TypePartTime, true}, {"aushilfe", model.TypePartTime, false}, {"nebenjob", model.TypePartTime, false},
	{"befristet", model.TypeContract, false}, {"zeitarbeit", model.TypeContract, false}, {"ferienjob", model.TypeContract, false},
	{"bijbaan", model.TypePartTime, false}, {"deeltijd", model.TypePartTime, false}, {"vast contract", model.TypeFullTime, false},
	{"sommerjobb", model.TypeContract, false}, {"sommarjobb", model.TypeContract, false}, {"sommerjob", model.TypeContract, false},
	{"kesätyö", model.TypeContract, true}, {"osa-aikai", model.TypePartTime, true},
	{"praktikplats", model.TypeInternship, false}, {"praktikplads", model.TypeInternship, false}, {"praksisplass", model.TypeInternship, false}, // a trainee place
	// Polish.
	{"stażyst", model.TypeInternship, true}, {"praktykant", model.TypeInternship, true}, {"staż", model.TypeInternship, false},
	{"pół etatu", model.TypePartTime, false}, {"pełen etat", model.TypeFullTime, false}, {"pełny etat", model.TypeFullTime, false},
	// Russian and Ukrainian.
	{"стажёр", model.TypeInternship, true}, {"стажер", model.TypeInternship, true}, {"стажист", model.TypeInternship, true},
	{"стажировка", model.TypeInternship, false}, {"стажування", model.TypeInternship, false}, {"подработка", model.TypePartTime, false},
	{"підробіток", model.TypePartTime, false}, {"частичная занятость", model.TypePartTime, false}, {"часткова зайнятість", model.TypePartTime, false},
	{"неполный рабочий день", model.TypePartTime, false}, {"полная занятость", model.TypeFullTime, false}, {"повна зайнятість", model.TypeFullTime, false},
	{"временная работа", model.TypeContract, false},
	// Turkish.
	{"yarı zamanlı", model.TypePartTime, false}, {"tam zamanlı", model.TypeFullTime, false}, {"sözleşmeli", model.TypeContract, false},
	// Indonesian and Malay, Vietnamese, Korean, Hebrew, Arabic.
	{"magang", model.TypeInternship, false}, {"paruh waktu", model.TypePartTime, false}, {"penuh waktu", model.TypeFullTime, false},
	{"bán thời gian", model.TypePartTime, false}, {"toàn thời gian", model.TypeFullTime, false}, {"cộng tác viên", model.TypeContract, false},
	{"아르바이트", model.TypePartTime, false}, {"알바", model.TypePartTime, false}, {"משרה חלקית", model.TypePartTime, false},
	{"משרה מלאה", model.TypeFullTime, false}, {"دوام جزئي", model.TypePartTime, false},
	{"دوام كامل", model.TypeFullTime, false}, {"متدرب", model.TypeInternship, true},
}, sideSeasonTitleWords...), titleLocalWordsMore...) // type_field_terms_slavic_iberian.go, type_title_local_polish_german.go

// titleLocalASCII are the titleLocalWords written in ASCII letters only,
// the ones an ASCII title can hold.
var titleLocalASCII = func() []titleLocalWord {
	var ws []titleLocalWord
	for _, w := range titleLocalWords {
		if isASCIIText(w.phrase) {
			ws = append(ws, w)
		}
	}
	return ws
}()

// titleLocalType reads the one kind titleLocalWords find in a title
// (unknown when two kinds are found: "tempo pieno o parziale"), then the
// Chinese 兼职 (part-time), then a French CDI or CDD; unknown when none.
func titleLocalType(title string) model.JobType {
	if title == "" {
		return model.TypeUnknown
	}
	words := titleLocalASCII
	if !isASCIIText(title) {
		words = titleLocalWords
	}
	low := strings.ToLower(title)
	got := model.TypeUnknown
	for _, w := range words {
		if localWordIn(low, w.phrase, w.stem) {
			if got != model.TypeUnknown && got != w.t {
				return model.TypeUnknown
			}
			got = w.t
		}
	}
	if germanPraktikumCompound(low) { // type_title_turkish_praktikum.go
		if got != model.TypeUnknown && got != model.TypeInternship {
			return model.TypeUnknown
		}
		got = model.TypeInternship
	}
	if got != model.TypeUnknown {
		return got
	}
	if len(words) > len(titleLocalASCII) && (strings.Contains(title, "兼职") || strings.Contains(title, "兼職")) {
		return model.TypePartTime
	}
	if t := frenchTitleTenureHoursTag(title); t != model.TypeUnknown {
		return t // "CDI 24H - Vendeur" (type_title_french_tenure_hours_tag.go)
	}
	return frenchTitleContract(title)
}

// localWordIn reports phrase in low as a whole word, or at a word's start
// when stem is set.
func localWordIn(low, phrase string, stem bool) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], phrase)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(phrase)
		i = a + 1
		if r, _ := utf8.DecodeLastRuneInString(low[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(low[b:]); !stem && b < len(low) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		return true
	}
}

// frenchTermTail is a term in months or years closing a title after its
// CDD: "CDD 12 mois", "CDD 2 ans".
var frenchTermTail = regexp.MustCompile(`^\d{1,2}\s*(?:mois|ans?)\)?$`)

// frenchTitleContract reads a CDI or CDD at a title's edge: the last word,
// in brackets, or after a dash, bar or comma ("Comptable H/F - CDI",
// "Technicien (CDD 6 mois)"), opening the title as a tag set off by a dash,
// bar or colon ("CDI - Vendeur"), or anywhere in a title that names its
// gender marker the French way ("H/F", "F/H"). A CDI or CDD opening an
// English title as its first word is clinical documentation integrity or
// customer due diligence ("CDI Specialist"), and a bracketed one after
// those words, or one whose words follow its dash, shortens them.
func frenchTitleContract(title string) model.JobType {
	if !strings.Contains(title, "CDI") && !strings.Contains(title, "CDD") {
		return model.TypeUnknown
	}
	french := strings.Contains(title, "H/F") || strings.Contains(title, "F/H") || strings.Contains(title, "h/f")
	for _, m := range frenchContractToken.FindAllStringSubmatchIndex(title, 3) {
		a, b := m[2], m[3]
		pre, post := strings.TrimSpace(title[:a]), strings.TrimSpace(title[b:])
		edge := post == "" && pre != "" || strings.HasSuffix(pre, "(") || strings.HasSuffix(pre, "[") || strings.HasSuffix(pre, "-") ||
			strings.HasSuffix(pre, "–") || strings.HasSuffix(pre, "|") || strings.HasSuffix(pre, ",") ||
			pre != "" && frenchTermTail.MatchString(post) || // "Chargé de mission CDD 12 mois"
			pre == "" && leadTagSeparated(post) || // "CDI - Vendeur"
			pre == "" && frenchTitleRest(post) // "CDI Chef de projet" (type_title_french_lead_tenure.go)
		if !french && !edge || shortensPhrase(title[max(0, a-48):a]) || pre == "" && shortensPhrase(post) {
			continue
		}
		if title[a:b] == "CDI" {
			return model.TypeFullTime
		}
		return model.TypeContract
	}
	return model.TypeUnknown
}

// leadTagSeparated reports a title's rest after an opening tag that starts
// with a dash, bar or colon and goes on to a name: " - Vendeur".
func leadTagSeparated(post string) bool {
	for _, sep := range []string{"-", "–", "—", "|", ":"} {
		if rest, ok := strings.CutPrefix(post, sep); ok {
			return len(strings.TrimSpace(rest)) >= 3
		}
	}
	return false
}
