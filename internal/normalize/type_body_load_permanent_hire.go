package normalize

import "regexp"

// Employment type in whole English descriptions.

// hoursThenPart is a weekly load written before "part time": "20 hours
// part time", "16 hrs a week, part-time". bodyPart takes the load after
// the words ("part time, 20 hours"); with the load first the listing read
// as a bounded gig of 20 hours.
var hoursThenPart = regexp.MustCompile(`(?i)\b\d{1,2}(?:\.\d)?\s*(?:hours|hrs|h)(?:\s*(?:a|per|each|/)\s*week|\s*weekly)?\s*[,(–-]?\s*part[- ]time\b`)

// halfTimePost is a half-time load or a weekly load of at most 20 hours
// named as the post itself: "Half-time (20 hours/week) assistantship", "a
// half-time appointment", "This is a 20 hour per week graduate
// assistantship", "a 15-hour-a-week position". The noun must follow, so a
// load in a list of kinds or a half-time score is not read.
var halfTimePost = newKeyRegexp(`(?i)\bhalf[- ]time\s*(?:\([^()]{1,30}\)\s*)?(?:[\p{L}-]+\s+){0,2}(?:assistantship|appointment|position|role|post|job)s?\b|`+
	`\b(?:an?|this|the)\s+(?:[1-9]|1\d|20)[- ]hours?[- ](?:per|a|/)[- ]week\s+(?:[\p{L}-]+\s+){0,2}(?:assistantship|appointment|position|role|post|job)s?\b`,
	30, 100, "half", "week")

type hoursPartBody struct{}

func (hoursPartBody) MatchString(text string) bool {
	if halfTimePost.MatchString(text) {
		return true
	}
	return (hasFold(text, "part time") || hasFold(text, "part-time")) && hoursThenPart.MatchString(text)
}

// permanentPost is a permanent post named as the hire itself: a line that
// opens with "Permanent staff", "is a permanent staff role", "become a
// permanent member of staff". "our permanent staff" (other people) is not
// matched: the word before "permanent" must start a line or be an article;
// "as a permanent employee" is left alone, as a pinned IR35 trap reads it
// (type_criteria_british_contracting_test.go).
var permanentPost = regexp.MustCompile(`(?i)(?:^|\n|\b(?:is|become) an?\s+)permanent\s+(?:staff(?:\s+(?:member|position|role))?|employee|member of (?:staff|the team))\b`)

type permanentPostBody struct{}

func (permanentPostBody) MatchString(text string) bool {
	return hasFold(text, "permanent") && permanentPost.MatchString(text)
}
