package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Slovenian hours and terms said in a description's sentence (round 107;
// tests in type_body_slovenian_test.go), where the type-field words
// (type_field_words_more.go) are not read: "Krajši delovni čas" (shorter
// working time) and "skrajšan delovni čas" are part time, "polni delovni
// čas" full time; "Zaposlitev za nedoločen čas" (employment for an
// indefinite time) is a permanent post, full time, and "zaposlitev za
// določen čas" a fixed term, a contract; a weekly load "20 ur/teden" (also
// "ur na teden", "ur tedensko") under 35 hours is part time, 35 to 60 full
// time. A bare "delovni čas" ("Delovni čas: 8 ur dnevno") names no kind.
// They join worldPhrases: the first phrase in the text decides.
var (
	sloveneHours = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(krajši|krajsi|skrajšan|skrajsan|polni|polnem|poln)\s+delovni\s+(?:čas|cas)`)
	sloveneTerm  = regexp.MustCompile(`(?i)(?:zaposlitev|pogodba|delovno\s+razmerje|delo)\s+(?:je\s+)?(?:za|na)\s+(nedoločen|nedolocen|določen|dolocen)\s+(?:čas|cas)`)
	sloveneWeek  = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,2})\s*ur\s*(?:/\s*teden|na\s+teden|tedensko)`)
)

func init() {
	worldPhrases = append(worldPhrases,
		worldPhrase{[]string{"elovni"}, sloveneHours, func(w string) model.JobType {
			if strings.HasPrefix(strings.ToLower(w), "pol") {
				return model.TypeFullTime
			}
			return model.TypePartTime
		}},
		worldPhrase{[]string{"oločen", "olocen"}, sloveneTerm, func(w string) model.JobType {
			if strings.HasPrefix(strings.ToLower(w), "ne") {
				return model.TypeFullTime
			}
			return model.TypeContract
		}},
		worldPhrase{[]string{"ur/teden", "ur /teden", "ur na teden", "ur tedensko"}, sloveneWeek, func(w string) model.JobType {
			n, err := strconv.Atoi(w)
			switch {
			case err != nil || n <= 0 || n > 60:
				return model.TypeUnknown
			case n < 35:
				return model.TypePartTime
			default:
				return model.TypeFullTime
			}
		}},
	)
}
