package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A Russian posting's engagement form given as B2B, alone or beside the
// sole trader of type_body_russian_forms.go: "Оформление: B2B / ИП",
// "Оформление: B2B", "Форма оформления — ИП / B2B". B2B there is a
// contract between two businesses, the worker's and the client's, so it
// is a contract, as the Polish "kontrakt B2B" reads
// (type_body_european_terms.go). Only after the form label: "B2B продажи"
// or "опыт в B2B" name a market, not the engagement; and a text that also
// offers employment under the labour code ("по ТК РФ") offers both, so it
// is not read (unlessLabourCode). Table tests in
// type_body_russian_b2b_test.go.
var russianFormB2B = regexp.MustCompile(`[Оо]формлени\pL*\s*(?::|—|-|по|через|как)?\s*(?:[\pL\d]+\s*/\s*)?(B2B)(?:$|[^\pL\d])`)

func init() {
	worldPhrases = append(worldPhrases, worldPhrase{[]string{"B2B"}, unlessLabourCode{russianFormB2B}, func(string) model.JobType { return model.TypeContract }})
}
