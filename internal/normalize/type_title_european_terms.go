package normalize

import "github.com/gigscout/gigscout/internal/model"

// More type words for titleLocalWords (type_title_local_words.go) from
// Spanish and Swedish boards: a Spanish "fijo discontinuo" (a seasonal
// post that recurs) is a contract, as the field and description readers
// take it; a Swedish "vikariat" (a cover post), a summer cover
// ("sommarvikariat", "sommarvikarie") and a "visstidsanställning" are
// contracts, an hourly cover ("timvikarie") is part time, as the
// description reader takes them (type_body_european_terms.go). The summer,
// hourly and fixed-term words are stems at a word's start
// ("Sommarvikarier"); "vikariat" is a whole word ("vikariatsplanering" is
// planning); a title naming
// a second kind stays unread, as titleLocalType does for all its words.
var europeanTitleWords = []titleLocalWord{
	{"fijo discontinuo", model.TypeContract, false}, {"fijo-discontinuo", model.TypeContract, false},
	{"vikariat", model.TypeContract, false}, {"vikariatet", model.TypeContract, false}, {"sommarvikari", model.TypeContract, true},
	{"visstidsanställning", model.TypeContract, true}, {"timvikari", model.TypePartTime, true},
}

func init() {
	titleLocalWords = append(titleLocalWords, europeanTitleWords...)
	for _, w := range europeanTitleWords {
		if isASCIIText(w.phrase) {
			titleLocalASCII = append(titleLocalASCII, w)
		}
	}
}
