package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// More type words for titleLocalWords: the Turkish internship nouns as
// titles inflect them ("Stajyerlik", "Yazılım Stajyeri", "Uzun dönem
// stajı", "Staj Programı"; a bare "Staj" is left alone, since "Staj
// Sorumlusu" is the staff member who runs the internships), Turkish part-time written without its
// Turkish letters ("yari zamanli") or as half-day work ("Yarım gün"),
// and the enum spellings PART_TIME / FULL_TIME that some feeds paste into
// a title. The underscore keeps the enum words apart from prose, so
// "part time" and "full-time" are left to the English readers.
var titleLocalWordsTurkish = []titleLocalWord{
	{"stajyer", model.TypeInternship, true}, {"stajı", model.TypeInternship, false}, {"staji", model.TypeInternship, false},
	{"staj programı", model.TypeInternship, false}, {"staj programi", model.TypeInternship, false},
	{"yari zamanli", model.TypePartTime, false}, {"yarı gün", model.TypePartTime, false}, {"yarım gün", model.TypePartTime, false},
	{"yari gun", model.TypePartTime, false}, {"yarim gun", model.TypePartTime, false},
	{"part_time", model.TypePartTime, false}, {"full_time", model.TypeFullTime, false},
}

// germanPraktikumCompound reports a German compound that ends in
// Praktikum ("Hochschulpraktikum", "Herbstpraktikum"): the word before it
// names the kind of internship. A compound that goes on after the word
// ("Praktikumsbetreuer", someone who looks after interns) is not read, nor
// is Praktikum alone, which other readers handle.
func germanPraktikumCompound(low string) bool {
	for i := 0; i < len(low); {
		j := strings.Index(low[i:], "praktikum")
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len("praktikum")
		i = b
		if r, _ := utf8.DecodeLastRuneInString(low[:a]); a == 0 || !unicode.IsLetter(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(low[b:]); b < len(low) && unicode.IsLetter(r) {
			continue
		}
		return true
	}
	return false
}
