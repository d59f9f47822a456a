package normalize

import "strings"

// scaleProgressionRe reads a pay scale whose top is reached by progression,
// as public-sector and university adverts write them: "£30,500 rising to
// £33,900", "Starting at £41,000, rising to £47,200", "£28,100 to £29,400
// with progression to £31,000 per annum", "€52,000 - €58,000 with a
// discretionary range to €61,500", "£36,000 to £40,200 per annum with
// potential to progress to £43,900". The advertised band runs from the
// first figure to the last; the figure in between (the top of the normal
// range) is not an end of it.
var scaleProgressionRe = newKeyRegexp(`(?i)[£€$]\s?\d[\d,]*(?:\.\d+)?k?`+
	`(?:\s*(?:to|-|–|—)\s*[£€$]\s?\d[\d,]*(?:\.\d+)?k?)?`+
	`(?:[^£€$\d.;!?]|\bp\.\s?a\.){0,60}?\b(?:rising|progressing|progression|progress|discretionary\s+range|increasing)\b[^£€$\d]{0,12}?\bto\s+[£€$]\s?\d`,
	120, 40, "rising", "progress", "discretionary", "increasing")

// blankScaleProgression blanks what lies between the first figure and the
// "to" before the last (the text keeps its length, so evidence offsets
// hold), leaving "£28,100 ... to £31,000": a range the readers know.
func blankScaleProgression(text string) string {
	var spans asideSpans
	for _, m := range scaleProgressionRe.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		first := firstAmountEnd(w)
		to := strings.LastIndex(strings.ToLower(w[:lastMoneyMark(w)]), "to")
		if first > 0 && to > first {
			spans = append(spans, [2]int{m[0] + first, m[0] + to})
		}
	}
	return spans.apply(text)
}

// firstAmountEnd is the end of the first amount in w, which starts with
// its currency mark: the mark, an optional space, digits with their
// separators and an optional k.
func firstAmountEnd(w string) int {
	i := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return -1
	}
	for i < len(w) && (isDigit(w[i]) || (w[i] == ',' || w[i] == '.') && i+1 < len(w) && isDigit(w[i+1])) {
		i++
	}
	if i < len(w) && (w[i] == 'k' || w[i] == 'K') {
		i++
	}
	return i
}
