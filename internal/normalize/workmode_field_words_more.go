package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode values of a structured workplace field or a location item
// that the other readers miss (table tests in
// workmode_field_words_more_test.go): a whole value only, folded by
// termKey ("Částečně z domova" is "castecnezdomova"), so a place name or
// a sentence holding the words is never read. From a coverage audit of
// about 35 languages: on-site said as "in the office" or "in person"
// ("Présentiel", "In sede", "Na pracovišti", "Kontoris", "출근"), partial
// remote work, which is hybrid ("Parcialmente remoto", "Częściowo
// zdalnie", "Kısmen uzaktan", "Homeoffice möglich", as a German field
// means), and remote and hybrid words of Catalan, Slovenian, Croatian,
// Serbian, Macedonian, Bulgarian, Estonian, Latvian, Icelandic, Greek,
// Persian, Hebrew, Hindi, Bengali, Swahili and Tagalog. "Flexible" words
// ("Linh hoạt") and the Italian "smart working" (remote or hybrid by
// employer) are left out.
var moreModeFieldWords = map[model.Remote][]string{
	model.RemoteRemote: {
		"100% remot", "remot", "teletreball", "a distància", "telelavoro",
		"kaugtöö", "täielikult kaugtöö", "darbs no mājām", "nuotoliu", "nuotoliniu būdu",
		"delo na daljavo", "delo od doma", "na daljavo", "rad od kuće", "rad na daljinu", "na daljinu",
		"рад од куће", "рад на даљину", "работа од дома", "далечинска работа", "работа от вкъщи",
		"από το σπίτι", "fjarvinna",
		"دورکاری", "دور کاری", "از راه دور", "מרחוק", "עבודה מהבית", "עבודה מרחוק", "רימוט",
		"रिमोट", "রিমোট", "বাড়ি থেকে কাজ", "kazi ya mbali", "kazi kutoka nyumbani", "sa bahay",
		"リモートワーク", "在宅勤務", "リモートワーク可", "リモート可", "在宅勤務可", "teletrabalho", "attālināti", "attālinātais darbs", "дистанционно", "дистанционна работа",
		"远程", "遠端",
		"desde casa", "trabajo desde casa", "trabajo en casa", // a Spanish board's job-type chip
		"telehealth", "telemedicine", // a clinician's place of work on health boards
	},
	model.RemoteHybrid: {
		"homeoffice möglich", "home office möglich", "hybrides arbeiten", "télétravail possible", "télétravail partiel",
		"mixto", "semipresencial", "parcialmente remoto", "misto", "parcialmente presencial", "híbrid", "smart working parziale",
		"deels thuiswerken", "delvist hjemmearbejde", "delvis hjemmekontor", "hybridi", "osaliselt kaugtöö", "daļēji attālināti",
		"dalinai nuotoliu", "częściowo zdalnie", "hybridní", "hybridná", "delno na daljavo", "djelomično od kuće",
		"хибридни рад", "хибридна работа", "хибридно", "частично дистанционно", "частково віддалено", "частично удаленно",
		"υβριδικό", "υβριδική", "μερική τηλεργασία", "blönduð vinna", "kısmen uzaktan",
		"هیبریدی", "ترکیبی", "היברידי", "עבודה היברידית", "हाइब्रिड", "হাইব্রিড", "mseto", "kết hợp", "远程+坐班",
		"hibrid", "hibrit", "hibridno", "hibridni rad", "hibridno delo", "hübriid", "hübriidtöö", "hibrīds", "hibrīddarbs",
	},
	model.RemoteOnsite: {
		"100% büro", "präsenz", "im büro", "présentiel", "100% présentiel", "au bureau", "sur place",
		"no escritório", "a l'oficina", "in presenza", "in sede", "in ufficio", "la birou", "la sediu", "fizic",
		"på stedet", "toimistolla", "paikan päällä", "kontoris", "kohapeal", "birojā", "klātienē", "vietoje",
		"w biurze", "v kanceláři", "na pracovišti", "práce v kanceláři", "v kancelárii", "na pracovisku",
		"v pisarni", "na lokaciji", "u uredu", "rad u uredu", "u kancelariji", "rad u kancelariji",
		"рад у канцеларији", "во канцеларија", "на място", "στο γραφείο", "δια ζώσης",
		"helyszíni", "irodai munka", "irodában", "yerinde", "iş yerinde", "á skrifstofu",
		"حضوری", "در دفتر", "במשרד", "מהמשרד", "ऑफिस से काम", "कार्यालय में", "অফিসে", "অফিস থেকে কাজ",
		"di pejabat", "sa opisina", "ofisini", "オフィス勤務", "出社", "사무실 근무", "출근", "상주", "進辦公室", "現場",
		"biure", "darbas biure", "ofiste", "в офиса", "работа в офис", "في المكتب", "من المكتب", "di kantor", "kerja di kantor",
		"坐班", "现场办公",
		"100% office", "100% in office", "100% oficina", "en oficina", "tại văn phòng", "làm việc tại văn phòng",
	},
}

// modeFieldExact is moreModeFieldWords by termKey.
var modeFieldExact = func() map[string]model.Remote {
	m := map[string]model.Remote{}
	for r, ws := range moreModeFieldWords {
		for _, w := range ws {
			m[termKey(w)] = r
		}
	}
	return m
}()

// modeFieldWord reads a whole workplace value or location item with
// moreModeFieldWords; unknown for anything else. extraLocPlace calls it
// first, so a location item and a workplace hint (hintPhrase reads it as
// a location) are both read.
func modeFieldWord(s string) model.Remote {
	if len(s) == 0 || len(s) > 48 || strings.IndexByte(s, ',') >= 0 {
		return model.RemoteUnknown
	}
	var buf [200]byte
	k, ok := asciiTermKey(buf[:0], s)
	if !ok {
		k = termKeyInto(buf[:0], s)
	}
	if len(k) < 2 || modeFieldLens&(1<<len(k)) == 0 {
		return model.RemoteUnknown
	}
	if r, ok := modeFieldExact[string(k)]; ok {
		return r
	}
	return model.RemoteUnknown
}

// modeFieldLens has bit n set for each length n of modeFieldExact's keys
// (all under 64).
var modeFieldLens = func() (m uint64) {
	for k := range modeFieldExact {
		if len(k) >= 64 {
			panic("normalize: mode field word too long for modeFieldLens: " + k)
		}
		m |= 1 << len(k)
	}
	return m
}()

// asciiTermKey is termKeyInto for an ASCII s, with no lookups (a location
// such as "Remote" or "Berlin" costs a few instructions a byte); false
// when s holds a byte beyond ASCII.
func asciiTermKey(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return b, true
}

// termKeyInto appends termKey(s) to b (a caller's buffer on its stack: a
// location is looked up without an allocation).
func termKeyInto(b []byte, s string) []byte {
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := termFold[r]; ok {
			r = f
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && r != 0x307 {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}
