package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// traineeToRole is a description stating that a trainee's training runs
// into a full-time or permanent post: "training is followed by a
// permanent position", "then absorbed as a full-time employee", or that
// the post is both ("Our graduate programme is a permanent, full-time
// role with rotations", "Our Graduate Trainee role is a permanent,
// full-time position", a sentence "Permanent contract, 40 hours per
// week."). Such a
// trainee title names a graduate hire whose first months are training,
// not an internship. Only a plain statement counts: "with the chance of
// a permanent role" is a prospect and is left to the trainee title.
var traineeToRole = regexp.MustCompile(`(?i)\b(?:followed\s+by|then(?:\s+be)?|after\s+which(?:\s+you(?:'ll|\s+will)\s+be)?|leading\s+(?:in)?to|converts?\s+(?:in)?to)\s+(?:an?\s+)?(?:(?:confirmed|absorbed|hired|offered|placed)\s+(?:as|into|in)?\s*an?\s+)?(?:full[- ]?time|permanent)\s+(?:role|position|job|employee|employment|post|contract|hire)\b|` +
	`\b(?:this|it|the\s+(?:role|position|job|post|programme|program|scheme)|our\s+(?:[\p{L}-]+\s+){0,2}(?:programme|program|scheme|role|position))\s+is\s+an?\s+(?:permanent(?:,|\s+and)?\s+full[- ]?time|full[- ]?time(?:,|\s+and)?\s+permanent)\s+(?:role|position|job|post|contract)\b|` +
	`\b(?:join|start|begin)\s+(?:us\s+)?as\s+an?\s+(?:permanent(?:(?:,|\s+and)?\s+full[- ]?time)?|full[- ]?time(?:,|\s+and)?\s+permanent)\s+(?:employee|member\s+of\s+staff|staff\s+member)\b|` +
	// a sentence of its own: "Permanent contract, 40 hours per week."
	`(?:^|[.!?\n]\s*)permanent(?:,?\s+full[- ]?time)?\s+(?:contract|position|role)\b`)

// graduateProgramTitle is a graduate programme or scheme as a title:
// "Technology Graduate Program 2026", "Graduate Scheme - Finance".
var graduateProgramTitle = regexp.MustCompile(`(?i)\bgraduate\s+(?:program(?:me)?|scheme)\b`)

// traineeToRoleType is full-time for a trainee title (not an intern one)
// whose description says the training leads into such a post; unknown
// otherwise.
func traineeToRoleType(title, text string) model.JobType {
	if !containsFold(title, "trainee") && !graduateProgramTitle.MatchString(title) || containsFold(title, "intern") {
		return model.TypeUnknown
	}
	if !containsFold(text, "permanent") && !containsFold(text, "full") {
		return model.TypeUnknown
	}
	if traineeToRole.MatchString(text) {
		return model.TypeFullTime
	}
	return model.TypeUnknown
}

// stipendMonths is a sentence or line that opens with the stipend it
// pays for a set number of months: "Stipend: INR 8,000 a month for six
// months", "Stipend of €600 per month for 4 months". A stipend paid
// for a fixed short run, and nothing else about the post, is an
// internship's; a benefit stipend ("a home office stipend of $50 a
// month") does not open its sentence, and a text that also names a
// salary or CTC is left alone.
var stipendMonths = regexp.MustCompile(`(?im)(?:^|[.!?]\s+)\s*stipend\b[^.!?\n]{0,40}?\d[\d,.]*[^.!?\n]{0,12}?(?:per\s+month|a\s+month|/\s*month|monthly|p\.?\s*m\.?)\b[^.!?\n]{0,20}?\bfor\s+(?:\d{1,2}|two|three|four|five|six|eight|ten|twelve)\s+months?\b`)

// stipendMonthsType is internship for such a description; unknown
// otherwise.
func stipendMonthsType(text string) model.JobType {
	if !containsFold(text, "stipend") {
		return model.TypeUnknown
	}
	if containsFold(text, "salary") || containsFold(text, "ctc") {
		return model.TypeUnknown
	}
	if stipendMonths.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}
