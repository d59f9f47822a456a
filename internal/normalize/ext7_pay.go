package normalize

import "regexp"

// ext7PayWord is a pay word in German, French, Spanish or Italian before an
// amount: "Gehalt", "Vergütung", "Lohn", "salaire", "sueldo", "stipendio".
var ext7PayWord = regexp.MustCompile(`(?i)\b(?:gehalt|jahresgehalt|monatsgehalt|verg(?:ü|ue)tung|lohn|entgelt|salaire|r[ée]mun[ée]ration|sueldo|salario|stipendio|retribuzione)\b`)

// ext7WordCurrency reports an amount with its currency written out that is
// pay with no period after it: a pay word before it ("Gehalt zwischen
// 45.000 und 55.000 Euro", "Salary: 60,000 dollars"), read as "€" or "$"
// would be. Pounds stay a weight ("lift 50 pounds") unless a period follows.
func ext7WordCurrency(m money, before string) bool {
	if m.currency == "GBP" || m.currency == "" {
		return false
	}
	return cueBefore.MatchString(before) || ext7PayWord.MatchString(before)
}
