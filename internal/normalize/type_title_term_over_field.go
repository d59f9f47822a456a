package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// titleInterimHead is a title that opens with "Interim" before the post it
// fills: "Interim Head of Data", "Interim Finance Director", "Interim
// CFO". The post must be a leading one within three words, so "Interim
// Reporting Analyst" (a person who reports on interim results) is not read.
var titleInterimHead = regexp.MustCompile(`(?i)^\s*interim\s+(?:[\p{L}&/-]+\s+){0,3}?(?:head|director|manager|lead|leader|chief|cfo|cto|coo|ceo|cio|cpo|cmo|vp|officer|controller|president|principal|headteacher)\b`)

// fixedTermTitleOverFull reports a title that names a fixed term where
// the source files the job as permanent or full time: "Platform Lead - 9
// month FTC" or "Interim Operations Director" beside "Permanent". Boards
// often leave the employment field on its default, while the title states
// the term on purpose; contractTagOverFull reads "(Contract)" the same way.
func fixedTermTitleOverFull(employmentType, title string) bool {
	if len(title) < 6 || MapEmploymentType(employmentType) != model.TypeFullTime {
		return false
	}
	return titleFTCType(title) == model.TypeContract || titleInterimHead.MatchString(title) || titleFixedTermNote.MatchString(title)
}

// titleFixedTermNote is a fixed term noted in a title: "Research Assistant
// (Fixed-Term, 12 Months)", "Project Manager – Digital Transformation
// (12-month fixed term)", "Analyst - Fixed Term".
var titleFixedTermNote = regexp.MustCompile(`(?i)(?:[(\[]|[-–—|]\s)[^)\]]{0,20}?\bfixed[- ]term\b`)
