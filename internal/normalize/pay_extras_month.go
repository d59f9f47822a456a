package normalize

import "regexp"

// salaryExtrasAfter is a joint and a salary extra right after an amount:
// "zzgl. Bonus", "zuzüglich Provision", "+ Urlaubsgeld", "+ bonus". Extras
// are paid on top of a salary, so the amount before them is a salary and
// not a fee for a piece of work. ("plus" alone is already read so; a tax,
// "zzgl. MwSt.", is no extra and stays out.)
var salaryExtrasAfter = regexp.MustCompile(`(?i)^\s*(?:\+|zzgl\.?|zuzüglich)\s*(?:(?:attraktive[nrs]?|variable[nrs]?|jährliche[nrs]?|annual|performance|yearly)\s+)?` +
	`(?:bonus(?:es|zahlung(?:en)?)?|boni|provision(?:en)?|prämien?|commissions?|urlaubsgeld|weihnachtsgeld|zulagen?|sonderzahlung(?:en)?|13\.\s*(?:monatsgehalt|gehalt))(?:[^\p{L}]|$)`)
