package normalize

import (
	"strings"

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
	"work mode", "work model", "work arrangement", "work setting", "role type", "remote status", "remote type", "location type",
	"arbeitsort", "arbeitsmodell", "arbeitsweise", "modalidad", "modalidad de trabajo", "esquema", "esquema de trabajo", "modalitat", "modalitat de treball",
	"modalità di lavoro", "modalità", "modelo de trabalho", "modalidade", "regime de trabalho", "mode de travail", "lieu de travail",
	"mod de lucru", "modul de lucru", "formato de trabajo", "formato de trabalho", "forma práce", "munkavégzés", "tryb pracy", "forma pracy", "místo výkonu práce", "způsob práce", "miesto výkonu práce", "način rada", "način dela",
	"начин на работа", "начин рада", "формат роботи", "формат работы", "режим работы", "τρόπος εργασίας",
	"munkavégzés helye", "munkavégzés módja", "çalışma modeli", "çalışma şekli", "töökoht", "töövorm", "darba vieta", "darbo vieta",
	"työskentelytapa", "työskentelymalli", "arbejdssted", "arbetsplats", "arbeidssted", "werklocatie", "werkplek", "vinnustaður",
	"lokasi kerja", "sistem kerja", "model kerja", "hình thức làm việc", "مكان العمل", "محل کار", "نحوه همکاری", "אופן עבודה",
	"कार्य स्थल", "কর্মস্থল", "mahali pa kazi", "lugar ng trabaho", "รูปแบบการทำงาน", "勤務形態", "근무형태", "근무 형태",
	"工作方式", "办公方式", "工作型態", "工作模式",
}

// worldModeLabel reads the first labeled workplace value that names a
// mode; unknown and "" when none does.
func worldModeLabel(text string) (model.Remote, string) {
	for _, m := range colonLabelValues(text, colonModeLabel, 4, 48) { // label_lines_more.go
		v := strings.TrimSpace(text[m.vStart:m.vEnd])
		r := modeFieldWord(v)
		if r == model.RemoteUnknown {
			r = hintRemote(v)
		}
		if r == model.RemoteUnknown {
			r = hintPhrase(v)
		}
		if r != model.RemoteUnknown {
			end := m.vEnd
			if i := strings.Index(text[m.vStart:end], ". "); i > 0 {
				end = m.vStart + i // "Remote Type: Hybrid. Worker Type: Regular.": the evidence is the field
			}
			return r, strings.TrimSpace(text[m.start:end])
		}
	}
	return model.RemoteUnknown, ""
}

// labeledPlaceMore is labeledPlace, then worldModeLabel.
func labeledPlaceMore(text string) (model.Remote, string) {
	if r, ev := remotelyFieldMode(text); r != model.RemoteUnknown { // "Work Remotely: No" (remote_remotely_field.go)
		return r, ev
	}
	if r, ev := labeledPlace(text); r != model.RemoteUnknown {
		return r, ev
	}
	if r, ev := worldModeLabel(text); r != model.RemoteUnknown {
		return r, ev
	}
	if r, ev := noColonModeLabelMode(text); r != model.RemoteUnknown { // "Work Arrangement Hybrid:" (workmode_label_nocolon.go)
		return r, ev
	}
	if r, ev := slashHeaderMode(text); r != model.RemoteUnknown { // "Engineering / Full time / Hybrid" (remote_slash_header.go)
		return r, ev
	}
	return clientSiteMode(text) // "Work location: client site" (remote_onsite_shapes.go)
}
