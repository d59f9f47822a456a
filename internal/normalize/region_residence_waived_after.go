package normalize

// A residence clause the sentence itself then waives: "Must reside in the
// US or Canada is NOT required", "Living in the EU is not a requirement".
// The clause is the subject of the sentence (it opens it), the place is a
// few words, and the waiver follows at once: no scope. The spans join the
// ones noResidenceNeeded masks in usScopeRegions (remote_us_scope.go).
//
// Not waived: a residence sentence that ends before another requirement
// is waived ("You must reside in the US. Relocation is not required."),
// or a residence clause in the middle of a sentence ("We ask that you
// must reside in Spain; travel is not required").

// residenceWaivedAfter is a sentence-opening residence clause, up to six
// place words, then "is not required" and its kin.
var residenceWaivedAfter = newKeyRegexp(`(?i)(?:^|[.;!?\n]\s*|["'“(]\s*)(?:(?:must|need\s+to|have\s+to|required\s+to)\s+(?:live|reside|be\s+(?:based|located))|(?:residing|living|being\s+(?:based|located)))\s+(?:with)?in(?:\s+[\p{L}.&'’-]+){1,6}?\s+(?:(?:is|are)\s+not|isn't|aren't|is\s+NOT)\s+(?:required|a\s+requirement|necessary|mandatory)\b`,
	150, 24, "not required", "not a requirement", "not necessary", "not mandatory", "isn't required", "aren't required")

// residenceWaivedSpans returns the spans of residenceWaivedAfter in text.
func residenceWaivedSpans(text string) asideSpans {
	var spans asideSpans
	for _, loc := range residenceWaivedAfter.FindAllStringIndex(text, -1) {
		spans = append(spans, [2]int{loc[0], loc[1]})
	}
	return spans
}
