package normalize

// reviseContrastTitleTown applies three readings round 122b's table
// showed missing (cases in remote_contrast_title_town_test.go):
//
//   - a mode named in a contrast clause that opens a sentence ("Unlike
//     employers using a hybrid work model, we are fully remote") is the
//     others' mode, not this job's (remote_unlike_clause.go);
//   - a title whose tail states an office duty ("Remote Medical Biller -
//     must work onsite every Tuesday") narrows a remote reading to hybrid
//     (remote_title_tail_duty.go);
//   - "Hybrid" before a town whose name has small words and a state code
//     ("Hybrid Marina del Rey, CA, USA", a job-card line) is hybrid work
//     there (remote_hybrid_town_state.go);
//   - office work named as the main part of the week with home work beside
//     it ("Mainly in-office, with flexible work from home when needed") is
//     hybrid (remote_mainly_office.go).
func reviseContrastTitleTown(title, text string, ri RemoteInfo) RemoteInfo {
	ri = reviseUnlikeClause(text, ri)
	ri = reviseTitleTailDuty(title, ri)
	ri = reviseHybridTownState(text, ri)
	return reviseMainlyOffice(text, ri)
}
