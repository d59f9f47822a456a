package normalize

import "strings"

// proRataToRe reads "£31,342 (pro rata to £21,939)", "£39,500 per annum,
// pro rata (0.5 FTE) to £19,750", "£56,000 FTE, reduced pro-rata to
// £42,300 at 0.6": a full-time rate followed by what the part-time post
// actually pays. The paid figure is the pay; the full-time rate is
// blanked so the two are not read as a range or the rate alone.
//
// The second branch reads the paid figure in brackets before its "pro
// rata": "£25,000 FTE (£15,000 pro rata)", "FTE £30k (£18k pro rata)",
// "€40,000 per annum (€24,000 pro rata for 0.6 FTE)".
var proRataToRe = newKeyRegexp(`(?i)[£€$]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:p\.?a\.?|per annum|a year|fte))?[,\s]*\(?\s*(?:reduced\s+|(?:is\s+)?pro-?rated\s+)?pro[- ]?rat(?:a|ed)\s*(?:\(\s*[\d.]+\s*fte\s*\)\s*)?to\s+[£€$]\s?\d|`+
	`[£€$]\s?\d[\d,]*(?:\.\d+)?k?(?:\s*(?:p\.?a\.?|per annum|a year|fte))?\s*\(\s*[£€$]\s?\d[\d,]*(?:\.\d+)?k?(?:\s*(?:p\.?a\.?|per annum|a year))?,?\s*pro[- ]?rat(?:a|ed)\b`,
	60, 30, "pro rat", "pro-rat", "prorat")

// blankProRataFullTime blanks the full-time rate and the words up to the
// paid figure (the text keeps its length, so evidence offsets hold).
func blankProRataFullTime(text string) string {
	var spans asideSpans
	for _, m := range proRataToRe.FindAllStringIndex(text, -1) {
		spans = append(spans, [2]int{m[0], m[0] + lastMoneyMark(text[m[0]:m[1]])})
	}
	return spans.apply(text)
}

// lastMoneyMark is the offset in w of its last pound, euro or dollar sign
// (-1 when it has none).
func lastMoneyMark(w string) int {
	return max(strings.LastIndex(w, "£"), strings.LastIndex(w, "€"), strings.LastIndexByte(w, '$'))
}
