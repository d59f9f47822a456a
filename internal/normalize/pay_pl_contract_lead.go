package normalize

import "regexp"

// plContractLead is a Polish board's contract kind written before the
// pay in one field, as scrapers join JustJoin.it's and No Fluff Jobs'
// salary objects: "permanent: 8000 - 16000 pln", "b2b: 120 - 150 pln/h",
// "mandate_contract - 30 - 40 pln", "UoP: 9 000 zł". plFieldPay reads the
// rest when the field does not open with the amount (a general shape: a
// contract word and a colon or dash, then a Polish pay field).
var plContractLead = regexp.MustCompile(`(?i)^\s*(?:b2b|permanent|uop|uod|uz|mandate(?:[_ ]contract)?|specific[_ ]task(?:[_ ]contract)?|internship|any|umowa\s+o\s+prac[eę]|umowa\s+zlecenie|umowa\s+o\s+dzie[lł]o|kontrakt(?:\s+b2b)?)\s*[:–—-]\s*`)

// plFieldAfterLead is plFieldPay on the text after a contract lead;
// nil when there is none or it reads nothing.
func plFieldAfterLead(text string, lenient bool) *payCandidate {
	m := plContractLead.FindStringIndex(text)
	if m == nil || m[1] >= len(text) {
		return nil
	}
	c := plFieldPay(text[m[1]:], lenient, nil)
	if c != nil {
		c.start += m[1]
		c.end += m[1]
	}
	return c
}
