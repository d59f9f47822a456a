package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Indonesian hours said in a sentence: "desainer paruh waktu", "posisi
// penuh waktu", also inside an English sentence of a bilingual board
// ("a paruh waktu designer"). The two words together name half or full
// working time and nothing else; "separuh waktu" ("half of my time") is
// another word and is not read (the \b before "paruh" fails after "se").
// The fields and short lines already read both through worldTerms; this
// reads them in running text, as worldPhrases' other languages are read.
func init() {
	worldPhrases = append(worldPhrases, worldPhrase{nil,
		newKeyRegexp(`(?i)\b(paruh|penuh)\s+waktu\b`, 0, 10, "paruh", "penuh"),
		func(w string) model.JobType {
			if strings.EqualFold(w, "paruh") {
				return model.TypePartTime
			}
			return model.TypeFullTime
		}})
}
