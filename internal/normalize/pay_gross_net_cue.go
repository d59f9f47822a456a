package normalize

import "regexp"

// grossNetCue is a gross or net mark right after an amount that makes it
// pay when no pay word is near: "8000-12000 PLN brutto", "4.200 € netto",
// "£38,000 gross". English "net" is left out ("$500 net of fees"), and a
// gross figure of a business ("gross revenue", "gross margin") is no pay.
var grossNetCue = regexp.MustCompile(`(?i)^\s*(?:` + grossNetWords + `)(?:[^\p{L}]|$)`)

// grossBusiness is what follows "gross" when it measures a business.
var grossBusiness = regexp.MustCompile(`(?i)^\s*gross\s+(?:revenue|margin|profit|sales|income|merchandise|value|receipts|bookings|premiums?)\b`)

// grossNetPay reports a gross or net mark after an amount (see grossNetCue).
func grossNetPay(after string) bool {
	return grossNetCue.MatchString(after) && !grossBusiness.MatchString(after)
}
