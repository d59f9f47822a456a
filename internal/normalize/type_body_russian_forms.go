package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Russian postings name the form a worker is engaged in: as a sole trader
// ("оформление по ИП"), as a self-employed contractor ("работаем с
// самозанятыми", "оплата услуг самозанятым исполнителям"), with an
// individual entrepreneur ("работа с индивидуальным предпринимателем") or
// under a civil-law contract ("гражданско-правовой договор"). Each is a
// contractor engagement, not employment. A text that also offers
// employment under the labour code ("по ТК РФ", "трудовой договор",
// "официальное трудоустройство") offers both, so these phrases are then
// not read. "ИП" is matched only in capitals and only after "оформление":
// a company's own legal form ("О компании ИП Иванов") names no engagement.
// Table tests in type_body_russian_forms_test.go.

// russianLabourCode is an offer of employment under the labour code.
var russianLabourCode = regexp.MustCompile(`(?i)` + nonLetter + `(?:тк\s+р[фб]|трудов\pL*\s+(?:договор|кодекс)|официальн\pL*\s+трудоустройств)`)

// unlessLabourCode matches re only in a text that offers no labour-code
// employment.
type unlessLabourCode struct{ re *regexp.Regexp }

func (u unlessLabourCode) FindAllStringSubmatchIndex(s string, n int) [][]int {
	m := u.re.FindAllStringSubmatchIndex(s, n)
	if m == nil || russianLabourCode.MatchString(s) {
		return nil
	}
	return m
}

func init() {
	contract := func(string) model.JobType { return model.TypeContract }
	worldPhrases = append(worldPhrases,
		worldPhrase{[]string{"ИП"}, unlessLabourCode{regexp.MustCompile(`[Оо]формлени\pL*\s*(?::|по|через|как)?\s*(?:\pL+\s*/\s*)?(ИП)(?:$|[^\pL])`)}, contract},
		worldPhrase{[]string{"амозанят"}, unlessLabourCode{regexp.MustCompile(`(?i)` + nonLetter + `(?:(?:с|для)\s+(самозанят\pL*)|(самозанят\pL*)\s+(?:исполнител|специалист|подрядчик)|(?:оформлени\pL*|работа)\s+(?:по|как)\s+(самозанят\pL*))`)}, contract},
		worldPhrase{[]string{"редпринимател"}, unlessLabourCode{regexp.MustCompile(`(?i)` + nonLetter + `(?:работа\pL*|сотрудничеств\pL*|договор\pL*)\s+с\s+(индивидуальн\pL*\s+предпринимател\pL*)`)}, contract},
		worldPhrase{[]string{"ражданско-правов"}, unlessLabourCode{regexp.MustCompile(`(?i)(?:^|[\n.;!?]\s*|(?:оформлени\pL*|работа)\s+(?:по|на\s+основании)\s+)(гражданско-правов\pL*)\s+договор`)}, contract},
	)
}
