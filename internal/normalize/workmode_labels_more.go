package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// A description's own workplace field written out as a label opening a
// line, in about 30 languages (table tests in
// workmode_field_words_more_test.go): "Modalidad: Presencial",
// "Arbeitsort: 100% Büro", "Način rada: Rad od kuće", "Töökoht: Kaugtöö",
// "勤務形態: 出社". The value is read as a workplace field is
// (modeFieldWord, hintRemote, then hintPhrase), so a value naming a city
// ("Arbeitsort: Berlin") or anything else gives nothing.
var worldModeLabels = []string{
	"work mode", "work model", "work arrangement",
	"arbeitsort", "arbeitsmodell", "arbeitsweise", "modalidad", "modalidad de trabajo", "modalitat", "modalitat de treball",
	"modalità di lavoro", "modalità", "modelo de trabalho", "modalidade", "regime de trabalho", "mode de travail", "lieu de travail",
	"mod de lucru", "modul de lucru", "tryb pracy", "forma pracy", "místo výkonu práce", "způsob práce", "miesto výkonu práce", "način rada", "način dela",
	"начин на работа", "начин рада", "формат роботи", "формат работы", "режим работы", "τρόπος εργασίας",
	"munkavégzés helye", "munkavégzés módja", "çalışma modeli", "çalışma şekli", "töökoht", "töövorm", "darba vieta", "darbo vieta",
	"työskentelytapa", "työskentelymalli", "arbejdssted", "arbetsplats", "arbeidssted", "werklocatie", "werkplek", "vinnustaður",
	"lokasi kerja", "sistem kerja", "model kerja", "hình thức làm việc", "مكان العمل", "محل کار", "نحوه همکاری", "אופן עבודה",
	"कार्य स्थल", "কর্মস্থল", "mahali pa kazi", "lugar ng trabaho", "รูปแบบการทำงาน", "勤務形態", "근무형태", "근무 형태",
	"工作方式", "办公方式", "工作型態", "工作模式",
}

// worldModeLabelRe finds a label and its value, up to the line's end;
// tried around the labels' keys (worldModeKey's, as worldTypeLabelRe).
var worldModeLabelRe = func() *keyRegexp {
	var alts, keys []string
	seen := map[string]bool{}
	for _, l := range worldModeLabels {
		alts = append(alts, regexp.QuoteMeta(l))
		k := l // the whole label: its words alone ("work", "forma", "model") are too common a key
		if r, n := utf8.DecodeRuneInString(k); r >= 0x80 && n < len(k) {
			k = k[n:] // a key opening beyond ASCII is missed in capitals
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	return plainKeyRegexp(`(?i)(?:^|[\n|•])[ \t*]*(?:`+strings.Join(alts, "|")+`)[ \t*]*[:：][ \t*]*([^\n|•;]{2,48})`, 40, 60, keys...)
}()

// worldModeLabel reads the first labeled workplace value that names a
// mode; unknown and "" when none does.
func worldModeLabel(text string) (model.Remote, string) {
	for _, m := range worldModeLabelRe.FindAllStringSubmatchIndex(text, 4) {
		v := strings.TrimSpace(text[m[2]:m[3]])
		r := modeFieldWord(v)
		if r == model.RemoteUnknown {
			r = hintRemote(v)
		}
		if r == model.RemoteUnknown {
			r = hintPhrase(v)
		}
		if r != model.RemoteUnknown {
			return r, strings.TrimSpace(text[m[0]:m[1]])
		}
	}
	return model.RemoteUnknown, ""
}

// labeledPlaceMore is labeledPlace, then worldModeLabel.
func labeledPlaceMore(text string) (model.Remote, string) {
	if r, ev := labeledPlace(text); r != model.RemoteUnknown {
		return r, ev
	}
	return worldModeLabel(text)
}
