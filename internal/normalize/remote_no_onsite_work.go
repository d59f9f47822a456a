package normalize

// noOnsiteWork denies any on-site part of the job, which leaves it remote:
// "No on-site work required.", "there is no in-person attendance",
// "No onsite work: you work from home". The denial must end its
// clause (or take "required", "needed" and the like first): "no on-site
// work on weekends" only narrows an office schedule.
var noOnsiteWork = newKeyRegexp(`(?i)\bno (?:on[- ]?site|in[- ]office|in[- ]person) (?:work|attendance|presence)(?: (?:is )?(?:needed|required|necessary|involved|at all))?\s*(?:[.!:;,)\n]|$)`, 2, 60,
	"no onsite", "no on-site", "no on site", "no in-office", "no in office", "no in-person", "no in person")
