package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldModeWords are work-mode values that a structured workplace field or
// a type field holds whole, in wording the hint readers do not know
// (table tests in type_field_codes_world_test.go): Turkish ("Ofis",
// "Saha" field work, "İş yerinde çalışma"), Vietnamese ("Làm việc kết
// hợp" hybrid, "Làm tại văn phòng"), Korean ("혼합근무" mixed work,
// "대면근무" in-person work), Chinese ("混合办公", "现场办公"), Greek with
// an apostrophe ("Εξ' Αποστάσεως"), Arabic with its short vowels written
// ("عن بُعد"). Only a whole value counts: "Saha" or "Ofis" inside a
// sentence name a place or a field of study, not the way to work, so
// these words are not read in the description.
var fieldModeWords = fieldModeTable(map[string]model.Remote{
	// Turkish.
	"ofis": model.RemoteOnsite, "ofiste": model.RemoteOnsite, "ofisten": model.RemoteOnsite,
	"saha": model.RemoteOnsite, "sahada": model.RemoteOnsite, "iş yerinde": model.RemoteOnsite,
	"işyerinde": model.RemoteOnsite, "iş yerinde çalışma": model.RemoteOnsite, "ofiste çalışma": model.RemoteOnsite,
	"ofisten çalışma": model.RemoteOnsite, "uzaktan": model.RemoteRemote, "uzaktan çalışma": model.RemoteRemote,
	"hibrit": model.RemoteHybrid, "hibrit çalışma": model.RemoteHybrid,
	// Vietnamese.
	"làm việc từ xa": model.RemoteRemote, "làm từ xa": model.RemoteRemote, "từ xa": model.RemoteRemote,
	"làm việc kết hợp": model.RemoteHybrid, "kết hợp": model.RemoteHybrid,
	"làm tại văn phòng": model.RemoteOnsite, "làm việc tại văn phòng": model.RemoteOnsite, "tại văn phòng": model.RemoteOnsite,
	// Korean.
	"원격근무": model.RemoteRemote, "재택근무": model.RemoteRemote, "혼합근무": model.RemoteHybrid,
	"하이브리드": model.RemoteHybrid, "대면근무": model.RemoteOnsite, "사무실 근무": model.RemoteOnsite, "현장근무": model.RemoteOnsite,
	// Chinese.
	"远程办公": model.RemoteRemote, "混合办公": model.RemoteHybrid, "现场办公": model.RemoteOnsite,
	// Greek.
	"εξ αποστάσεως": model.RemoteRemote, "στο γραφείο": model.RemoteOnsite, "υβριδικά": model.RemoteHybrid,
	// Arabic (short vowels dropped first).
	"عن بعد": model.RemoteRemote, "هجين": model.RemoteHybrid, "حضوري": model.RemoteOnsite, "من المكتب": model.RemoteOnsite,
	// Hindi.
	"रिमोट": model.RemoteRemote, "हाइब्रिड": model.RemoteHybrid,
})

// fieldModeTable keys words by fieldModeKey.
func fieldModeTable(words map[string]model.Remote) map[string]model.Remote {
	m := make(map[string]model.Remote, len(words))
	for w, r := range words {
		m[fieldModeKey(w)] = r
	}
	return m
}

// fieldModeWord reads a whole field value with allFieldModeWords; unknown
// when the value is not one of them.
func fieldModeWord(v string) model.Remote {
	if v == "" || len(v) > 60 {
		return model.RemoteUnknown
	}
	if r, ok := allFieldModeWords[fieldModeKey(v)]; ok {
		return r
	}
	return model.RemoteUnknown
}

// allFieldModeWords is fieldModeWords with the words of later rounds
// (remote_modes_japanese_russian_dutch.go, remote_modes_asian_greek_hebrew.go): one lookup a value.
var allFieldModeWords = joinFieldModes(fieldModeWords, japaneseRussianItalianFieldWords, asianGreekHebrewFieldWords, atsExportFieldWords)

// joinFieldModes joins word tables into one; a word in two keeps the
// first table's mode.
func joinFieldModes(tables ...map[string]model.Remote) map[string]model.Remote {
	out := make(map[string]model.Remote)
	for _, t := range tables {
		for k, r := range t {
			if _, ok := out[k]; !ok {
				out[k] = r
			}
		}
	}
	return out
}

// fieldModeKey is v lower-cased, with the dot "İ" leaves on "i" when
// lowered dropped and the dotless "ı" made "i" (so "İŞ YERİNDE ÇALIŞMA"
// and "iş yerinde çalışma" meet), Arabic short vowels and the tatweel
// dropped, apostrophes turned to spaces and runs of space made one.
func fieldModeKey(v string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(v) {
		switch {
		case r == 0x307, r >= 0x64B && r <= 0x652, r == 0x670, r == 0x640:
			continue // combining dot above; Arabic harakat, dagger alif, tatweel
		case r == '\'' || r == '’' || r == '`' || r == '´':
			r = ' '
		case r == 'ı':
			r = 'i'
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
