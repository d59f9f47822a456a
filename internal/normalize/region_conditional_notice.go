package normalize

// A notice headed by the posts it applies to names no place the remote
// worker must be in (table tests in region_conditional_notice_test.go):
// "For positions based in Denver or Boulder: we consider applicants with
// criminal histories ..." is a legal notice for some offices, as is "For
// roles located in New York City:". The head up to its colon is set aside
// before regions are read from the text.

// conditionalNoticeHead is the head of such a notice, up to its colon.
var conditionalNoticeHead = newLitRegexp(`(?i)\bfor\s+(?:(?:all|any)\s+)?(?:positions|roles|jobs|openings|candidates|applicants|employees|hires)\s+(?:that\s+are\s+|who\s+are\s+)?(?:based|located|working|hired|residing)\s+in\s+[^:.;!?\n]{2,80}:`,
	70, 90, "based in ", "located in ", "working in ", "hired in ", "residing in ")

// maskConditionalNotice returns text with the heads of notices for some
// places blanked out.
func maskConditionalNotice(text string) string {
	var spans asideSpans
	for _, m := range conditionalNoticeHead.FindAll(text) {
		spans = append(spans, [2]int{m[0], m[1]})
	}
	return spans.apply(text)
}
