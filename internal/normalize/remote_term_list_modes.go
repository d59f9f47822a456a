package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work mode in structured fields and in descriptions written as
// a list of short term sentences, in several languages (table tests in
// remote_term_list_modes_test.go). Each reader is gated by its own key words through
// the shared key scan.
//
//   - Whole field values the other readers miss or misread: Vietnamese "bán
//     từ xa" (half remote) and "xen kẽ" (alternating) are hybrid, where the
//     "từ xa" inside read remote; "tại nhà" (at home) and "không cần lên văn
//     phòng" (no need to go to the office) are remote; "semi-remote" is
//     hybrid; Thai "ไม่ต้องเข้าออฟฟิศ" (no need to come to the office) is
//     remote. (Data: a word table.)
//   - A sentence that is one mode word alone states the mode: "Vollzeit.
//     Hybrid. Gehalt: ..." is hybrid, "Tiempo completo. Remoto." remote;
//     "hybrid cloud" is no sentence of its own. (General: a sentence frame.)
//   - German "X möglich" / "X moeglich" after a home-work noun ("Homeoffice
//     moeglich", "Remote möglich", "mobiles Arbeiten möglich") offers home
//     work beside an office: hybrid. (General: noun + adjective of
//     permission, both spellings of the umlaut.)
//   - Office days counted: "2 dias presenciais", "3x presencial", "2-3
//     Tage/Woche vor Ort", "2 giorni in ufficio", "dwa dni w biurze" are
//     hybrid, not on-site and not remote; five or more days stay as read.
//     (General: a count, a day word, an on-site phrase.)
//   - Vietnamese and Thai office denials in a sentence: "không phải tới văn
//     phòng" (need not go to the office) is remote, "bán từ xa" or "luân
//     phiên ... văn phòng" (taking turns) hybrid; Thai "ไม่ต้องเข้าออฟฟิศ" is
//     remote unless "ทุกวัน" (every day) follows, which makes it hybrid.

// wholeValueWords are whole field values (compared by fieldModeKey).
var wholeValueWords = fieldModeTable(map[string]model.Remote{
	// Vietnamese.
	"bán từ xa": model.RemoteHybrid, "làm việc bán từ xa": model.RemoteHybrid, "làm bán từ xa": model.RemoteHybrid,
	"xen kẽ": model.RemoteHybrid, "làm việc xen kẽ": model.RemoteHybrid,
	"ngày lên văn phòng": model.RemoteHybrid,
	"tại nhà":            model.RemoteRemote, "làm tại nhà": model.RemoteRemote, "làm việc tại nhà": model.RemoteRemote,
	"không cần lên văn phòng": model.RemoteRemote, "không phải lên văn phòng": model.RemoteRemote,
	// English and Romance half-remote words.
	"semi-remote": model.RemoteHybrid, "semi remote": model.RemoteHybrid, "semiremote": model.RemoteHybrid,
	"semi-presencial": model.RemoteHybrid, "semipresencial": model.RemoteHybrid,
	// Portuguese and Italian.
	"trabalho em casa": model.RemoteRemote, "de qualquer lugar": model.RemoteRemote,
	"no local": model.RemoteOnsite, "in presenza": model.RemoteOnsite, "in presenza e online": model.RemoteHybrid,
	// German.
	"mobiles arbeiten": model.RemoteRemote, "mobile arbeit": model.RemoteRemote,
	"mobiles arbeiten möglich": model.RemoteHybrid, "mobile arbeit möglich": model.RemoteHybrid,
	"homeoffice möglich": model.RemoteHybrid, "homeoffice moeglich": model.RemoteHybrid,
	// Thai.
	"ไม่ต้องเข้าออฟฟิศ": model.RemoteRemote, "ทำงานจากบ้าน": model.RemoteRemote,
})

// bareModeSentence is a sentence that is one mode word alone, or with
// "only" before it ("Solo in sede.", "Only remote.").
var bareModeSentence = newKeyRegexp(`(?i)(?:^|[.;!|•·]\s+|\n\s*)(?:(?:only|solo|sólo|solamente|soltanto|nur)\s+)?(hybrid|hybride|h[íi]brido|ibrido|remote|remoto|remota|presencial|vor ort|on-?site|in sede)\s*(?:[.;!|•·](?:\s|$)|\n|$)`,
	18, 4, "hybrid", "brido", "remot", "presencial", "vor ort", "site", "in sede")

// germanHomeWorkPossible is German home work "possible".
var germanHomeWorkPossible = newKeyRegexp(`(?i)\b(?:home[- ]?office|remote(?:[- ]arbeit)?|mobile[sn]?\s+arbeit(?:en)?)\s+(?:ist\s+)?(?:teilweise\s+)?m(?:ö|oe)glich\b`, 40, 2, "glich")

// countedOfficeDays counts office days.
var countedOfficeDays = newKeyRegexp(`(?i)\b([1-9])(?:\s*[-–]\s*[1-9])?\s*(?:x\s+|vez(?:es)?\s+|veces\s+)?(?:(?:dias?|días?|tage?|giorni|dni)\s*(?:/\s*woche\s+|pro\s+woche\s+|die\s+woche\s+|por\s+semana\s+|a\s+la\s+semana\s+|a\s+settimana\s+|w\s+tygodniu\s+)?)?(?:presencia(?:l|is|les)|vor[- ]ort|im\s+b(?:ü|ue|u)ro|in\s+(?:ufficio|sede|presenza)|w\s+biurze|en\s+(?:la\s+)?oficina|no\s+escrit[óo]rio)\b|\bdias\s+presenciais\b|\bd[íi]as\s+presenciales\b`,
	50, 20, "presencia", "vor ort", "vor-ort", "im b", "ufficio", "in sede", "presenza", "biurze", "oficina", "escrit")

// vietnameseOfficeSentence are Vietnamese sentences about the office.
var vietnameseOfficeSentence = newKeyRegexp(`(?i)không\s+(?:phải|cần)\s+(?:tới|đến|lên|đi|vào)\s+văn phòng|bán từ xa|luân phiên[^.\n]{0,40}văn phòng`, 100, 40, "văn phòng", "bán từ xa")

// thaiNoOfficeNeeded is Thai "no need to come to the office".
var thaiNoOfficeNeeded = newKeyRegexp(`ไม่ต้องเข้าออฟฟิศ(\s*ทุกวัน)?`, 30, 30, "ไม่ต้องเข้าออฟฟิศ")

// reviseTermListModes applies the readers above to info, after the others.
func reviseTermListModes(hint string, locations []string, text string, info RemoteInfo) RemoteInfo {
	if r, ev := wholeValueMode(hint, locations, text); r != model.RemoteUnknown {
		if info.Remote == model.RemoteUnknown || r == model.RemoteHybrid ||
			r == model.RemoteRemote && info.Remote == model.RemoteOnsite && fieldDeniesOffice(ev) {
			info.Remote, info.Evidence = r, ev
			return info
		}
	}
	if text == "" {
		return info
	}
	if r, ev := vietThaiOfficeMode(text); r != model.RemoteUnknown {
		info.Remote, info.Evidence = r, "text: "+ev
		return info
	}
	if info.Remote == model.RemoteHybrid {
		return info
	}
	if info.Remote != model.RemoteUnknown && hintRemote(hint) != model.RemoteRemote {
		for _, s := range countedOfficeDays.FindAllStringSubmatchIndex(text, -1) {
			if s[2] >= 0 && text[s[2]] >= '5' {
				continue // five days at the office is the whole week
			}
			if info.Remote == model.RemoteOnsite && (s[2] < 0 || !hasFold(text[s[0]:s[1]], "presencia")) {
				continue // an on-site reading narrows only for "3x presencial"
			}
			if before := strings.ToLower(text[max(0, s[0]-25):s[0]]); strings.Contains(before, "opc") || strings.Contains(before, "optional") {
				continue // "opcjonalnie 2 dni w biurze": office days optional
			}
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[s[0]:s[1]]
			return info
		}
	}
	if info.Remote != model.RemoteUnknown {
		if info.Remote != model.RemoteRemote {
			return info
		}
		if r, ev := bareSentenceMode(text); r == model.RemoteHybrid {
			info.Remote, info.Evidence = r, "text: "+ev
		}
		return info
	}
	if m := germanHomeWorkPossible.FindStringIndex(text); m != nil {
		before := strings.ToLower(text[max(0, m[0]-20):m[0]])
		switch {
		case containsAnyWord(before, germanWhollyWords):
			// "Vollständig remote möglich": wholly remote is remote work, not a share of it
			info.Remote, info.Evidence = model.RemoteRemote, "text: "+strings.TrimSpace(text[max(0, m[0]-20):m[1]])
			return info
		case !strings.Contains(before, "kein") && !strings.Contains(before, "nicht") && !strings.Contains(before, "ohne") && !strings.Contains(before, "100"):
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[m[0]:m[1]]
			return info
		}
	}
	if r, ev := bareSentenceMode(text); r != model.RemoteUnknown {
		info.Remote, info.Evidence = r, "text: "+ev
	}
	return info
}

// germanWhollyWords are the German words that make "remote möglich" whole:
// "komplett remote möglich" is remote work, not a share of the week.
var germanWhollyWords = []string{"vollständig", "vollstaendig", "komplett", "ausschließlich", "ausschliesslich", "voll"}

// wholeValueMode reads a whole value of the hint, a location or a short text.
func wholeValueMode(hint string, locations []string, text string) (model.Remote, string) {
	if r, ok := wholeValueWord(hint); ok {
		return r, "structured: " + strings.TrimSpace(hint)
	}
	for _, l := range locations {
		if r, ok := wholeValueWord(l); ok {
			return r, "location: " + l
		}
	}
	if r, ok := wholeValueWord(text); ok {
		return r, "text: " + strings.TrimSpace(text)
	}
	return model.RemoteUnknown, ""
}

func wholeValueWord(v string) (model.Remote, bool) {
	if v == "" || len(v) > 60 {
		return model.RemoteUnknown, false
	}
	r, ok := wholeValueWords[fieldModeKey(strings.Trim(v, " .;:!"))]
	return r, ok
}

// fieldDeniesOffice reports whether a field's evidence denies the office.
func fieldDeniesOffice(ev string) bool {
	return strings.Contains(ev, "ไม่ต้อง") || strings.Contains(ev, "không")
}

// vietThaiOfficeMode reads the Vietnamese and Thai office sentences.
func vietThaiOfficeMode(text string) (model.Remote, string) {
	if m := vietnameseOfficeSentence.FindStringIndex(text); m != nil {
		ev := text[m[0]:m[1]]
		if strings.HasPrefix(strings.ToLower(ev), "không") {
			if hasFold(text, "bán từ xa") || hasFold(text, "luân phiên") {
				return model.RemoteHybrid, ev
			}
			return model.RemoteRemote, ev
		}
		return model.RemoteHybrid, ev
	}
	if all := thaiNoOfficeNeeded.FindAllStringSubmatchIndex(text, 1); all != nil {
		m := all[0]
		if m[2] >= 0 {
			return model.RemoteHybrid, text[m[0]:m[1]]
		}
		return model.RemoteRemote, text[m[0]:m[1]]
	}
	return model.RemoteUnknown, ""
}

// bareSentenceMode is the one mode the bare mode sentences of text state;
// unknown when there are none or they disagree.
func bareSentenceMode(text string) (model.Remote, string) {
	found, ev := model.RemoteUnknown, ""
	for _, s := range bareModeSentence.FindAllStringSubmatchIndex(text, -1) {
		w := strings.ToLower(text[s[2]:s[3]])
		var r model.Remote
		switch {
		case strings.Contains(w, "brid"):
			r = model.RemoteHybrid
		case strings.HasPrefix(w, "remot"):
			r = model.RemoteRemote
		default:
			r = model.RemoteOnsite
		}
		if found != model.RemoteUnknown && found != r {
			return model.RemoteUnknown, ""
		}
		found, ev = r, text[s[2]:s[3]]
	}
	return found, ev
}
