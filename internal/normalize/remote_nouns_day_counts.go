package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Round 48d: work-mode nouns the world table lacked. Dutch (Flemish boards)
// writes remote work "afstandswerk" ("gedeeltelijk afstandswerk" is partial,
// so hybrid; "geen afstandswerk" is denied, so on-site), German writes it
// "Fernarbeit" and Italian "lavoro a distanza". They join worldModeWords
// (remote_words_world.go) through allWorldModeWords and are read with the
// same denial, partial and office-day rules. Table tests in
// remote_nouns_day_counts_test.go.
var remoteWorkNounWords = []struct {
	phrase string
	mode   model.Remote
}{
	{"afstandswerk", model.RemoteRemote}, {"fernarbeit", model.RemoteRemote},
	{"lavoro a distanza", model.RemoteRemote},
	// A board's enum values written as they come.
	{"remotework_partial", model.RemoteHybrid}, {"remotework_full", model.RemoteRemote},
}

// cyrillicDayCountWord reports a Russian or Ukrainian day count written as
// a word from two to four opening a match of cyrillicOfficeKeys at i ("два
// дня в офисе", "три дні в офісі"), as a whole word: hybrid, as "2 дня в
// офисе" is.
func cyrillicDayCountWord(text string, i int, lw string) bool {
	for _, w := range [...]string{"два ", "две ", "три ", "дві ", "чотири ", "четыре "} {
		if strings.HasPrefix(lw, w) {
			j := i + strings.Index(text[i:], strings.TrimSpace(text[i:i+len(w)]))
			r, _ := utf8.DecodeLastRuneInString(text[:j])
			return j == 0 || !unicode.IsLetter(r)
		}
	}
	return false
}

// presenceDays is a count of one to four presence days, as Portuguese and
// Spanish write a hybrid week: "2 dias presenciais", "dois dias
// presenciais por semana", "3 días presenciales". Five days, or a bare
// "dias presenciais" with no count, is no hybrid week.
var presenceDays = newPlainKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:[1-4]|um|uma|dois|duas|tr[êe]s|quatro|un|una|dos|cuatro)\s+d[ií]as?\s+presencia(?:is|les?|l)(?:[^\p{L}]|$)`, 32, 16, "presencia")

// presenceDaysCourse: a course or event of some presence days ("curso de
// 3 días presenciales", "imersão de dois dias presenciais") is no work week.
var presenceDaysCourse = regexp.MustCompile(`(?i)(?:curso|formaç|formaci|capacitaç|capacitaci|treinamento|imers|evento|programa|taller|oficina de)\p{L}*\s+(?:\p{L}+\s+){0,3}$`)

// refrainRemote is a Spanish "refrain if you want remote work" note:
// "Abstenerse personas interesadas en trabajo remoto", "abstenerse si
// buscas home office". The remote word it names is refused, so on-site.
var refrainRemote = newPlainKeyRegexp(`(?i)abstenerse\s+(?:[\p{L}]+\s+){0,5}?(?:trabajo\s+|modalidad\s+)?(?:remoto|home\s*office|teletrabajo|a\s+distancia)`, 0, 80, "abstenerse")

// revisePresenceDayModes reads a listing with a count of presence days in its
// remote field or text as hybrid, unless a hybrid or a field reading is
// there already (a remote field saying "remoto" is the board's word). The
// reader runs only around the key "presencia" (the shared key scan).
func revisePresenceDayModes(hint, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || fromStructured(ri) {
		return ri
	}
	if ri.Remote == model.RemoteRemote {
		if m := refrainRemote.FindStringIndex(text); m != nil {
			ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+text[m[0]:m[1]], []string{}
		}
		return ri
	}
	for _, s := range [...]string{hint, text} {
		if s == hint && !hasFold(hint, "presencia") {
			continue // a scan of the field would push the text's shared key scan out of its two-entry cache
		}
		for _, m := range presenceDays.FindAllStringIndex(s, 4) {
			if presenceDaysCourse.MatchString(s[max(0, m[0]-48) : m[0]+1]) {
				continue
			}
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(s[m[0]:m[1]])
			ri.Regions = ri.Regions[:0]
			return ri
		}
	}
	return ri
}

// japaneseOccasional is Japanese occasional or ranged office attendance:
// "必要に応じて出社" (at the office as needed), "適宜出社", "月2回出社" (twice a
// month), "週1〜2日出社" (one to two days a week): hybrid.
var japaneseOccasional = regexp.MustCompile(`(?:必要に応じて|適宜|随時|時々|月\s*[1-4１-４一二三四]\s*(?:日|回)?\s*(?:程度)?\s*(?:の)?)出社|週\s*[1-4１-４一二三四]\s*[〜~～\-ー]\s*[1-4１-４一二三四]\s*(?:日|回)?\s*(?:程度)?\s*(?:の)?\s*出社`)

// japaneseAttendance finds japaneseOccasional in s, gated by "出社".
func japaneseAttendance(s string) []int {
	if !strings.Contains(s, "出社") {
		return nil
	}
	return japaneseOccasional.FindStringIndex(s)
}
