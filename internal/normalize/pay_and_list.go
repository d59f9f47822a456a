package normalize

import "strings"

// andListDropped removes a list of three or more figures joined by "and"
// ("$61,200 and $88,900 and $104,300"): scanMoney reads the first two as a
// range ("$X and $Y"), but a third figure of the same currency, higher
// than the second and joined by another "and" (or a comma), makes the
// three a list of levels or grades, and no two of them are the posting's
// range. The whole list is dropped, so neither the pair nor the last
// figure alone is read as the pay. A third figure that is lower ("... and
// $5,000"), spoiled by a word after it ("and $9,000 bonus"), in another
// currency, or away from the pair keeps the range. ms is in text order.
func andListDropped(text string, ms []money) []money {
	for i := 0; i+1 < len(ms); i++ {
		a := ms[i]
		if !a.ranged || !andInside(text[a.start:a.end]) {
			continue
		}
		j := i + 1
		for j < len(ms) && andListNext(text, ms[j-1], ms[j], a.currency) {
			j++
		}
		if j == i+1 {
			continue
		}
		out := append([]money(nil), ms[:i]...)
		return append(out, ms[j:]...)
	}
	return ms
}

// andInside reports an "and" between a range's two ends ("$X and $Y").
func andInside(span string) bool {
	return containsAnyFold(span, []string{" and ", " and$", " and€", " and£"})
}

// andListNext reports that next continues a list after prev: the same
// currency, one figure (or a pair scanMoney joined by "and": the list's
// third and fourth), above prev's top, joined by "and" or a comma and
// nothing else, and no bonus or other spoiling word right after it.
func andListNext(text string, prev, next money, currency string) bool {
	if next.start < prev.end || next.currency != currency || next.min <= prev.max {
		return false
	}
	if next.ranged && !andInside(text[next.start:next.end]) {
		return false // "... and $90,000 - $95,000": a range of its own
	}
	gap := strings.ToLower(strings.TrimSpace(text[prev.end:next.start]))
	if gap != "and" && gap != "," && gap != ", and" {
		return false
	}
	return !badAfter.MatchString(text[next.end:min(len(text), next.end+60)])
}
