package normalize

// Some boards label one range for roles paid by the year or by the hour:
// "Annual Base Salary Range or Hourly Base Pay Range: $98,293.33 -
// $137,900.00". The nearest period word named the hour, and $137,900 an
// hour was dropped as implausible. A label that names a year and an hour
// joined by "or" says which by neither word: the amount's size decides
// ("$98,293 - $137,900" a year, "$24 - $31" an hour). eitherPeriodLabel
// (called first in cueUnit) reports such a label right before an amount;
// its window reaches past the end of before (at most 60 bytes), so "$"
// is the end of before.
var eitherPeriodLabel = newKeyRegexp(`(?i)\b(?:(?:annual|annually|yearly|salaried)\b[^.:;\n$€£]{0,40}\bor\s+(?:an\s+)?hourly|hourly\b[^.:;\n$€£]{0,40}\bor\s+(?:an\s+)?(?:annual|yearly|salaried))\b[^.:;\n$€£]{0,30}(?::|\bis|\bof)?\s*$`, 60, 80, "hourly")

func eitherPeriodBefore(before string) bool {
	return eitherPeriodLabel.MatchString(before)
}
