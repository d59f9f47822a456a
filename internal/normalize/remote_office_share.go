package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An office attendance share below all of the time is hybrid work (table
// tests in remote_office_share_test.go): "you will be in one of our offices
// at least 30% of the time", "staff spend about half... 45% of their time in
// the office". The share must sit next to an office: "travel 25% of the
// time" or "25% of the time at client sites" says nothing of the role's
// mode, and 100% is not a share below all of it: a workplace all of the
// time ("you will work in store 100% of the time") is on-site.
var (
	// officeBeforeShare is an office named just before the share, up to the
	// number: "in the office at least 40", "in one of our offices 25".
	officeBeforeShare = regexp.MustCompile(`(?i)\b(?:in|at|from)\s+(?:the|our|an|a|one\s+of\s+(?:our|the))\s+(?:[\p{L}-]+\s+)?offices?\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?([1-9]\d?)\s?$`)
	// shareThenTime is the rest of the share: "% of the time", "% of your
	// working week".
	shareThenTime = regexp.MustCompile(`(?i)^%\s+of\s+(?:the|their|your|our)\s+(?:working\s+)?(?:time|week|hours)\b`)
	// shareThenOffice is a share followed by its office: "% of their time in
	// the office".
	shareThenOffice = regexp.MustCompile(`(?i)^%\s+of\s+(?:the|their|your|our)\s+(?:working\s+)?(?:time|week|hours)\s+(?:in|at)\s+(?:the|our|an|a|one\s+of\s+(?:our|the))\s+(?:[\p{L}-]+\s+)?offices?\b`)
	// workplaceAllShare is a workplace named just before a share of all
	// of the time, up to the number: "work in store 100", "in the office
	// 100" (then "% of the time"): on-site.
	workplaceAllShare = regexp.MustCompile(`(?i)\b(?:in|at|from)\s+(?:the\s+|our\s+|a\s+)?(?:[\p{L}-]+\s+)?(?:store|shop|branch|offices?|clinic|lab|laboratory|warehouse|restaurant|hospital|plant|site|studio|salon|kitchen)\s+100\s?$`)
	// shareNumber is the number just before a "%".
	shareNumber = regexp.MustCompile(`(?:^|[^\d.,])([1-9]\d?)\s?$`)
)

// officeShareMode reads an office attendance share below all of the time as
// hybrid; unknown when the text has none. It looks only around each "% of".
func officeShareMode(text string) (model.Remote, string) {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], "% of")
		if i < 0 {
			break
		}
		i += from
		from = i + 4
		before := text[max(0, i-90):i]
		after := text[i:min(len(text), i+90)]
		if m := shareThenOffice.FindString(after); m != "" {
			if loc := shareNumber.FindStringSubmatchIndex(before); loc != nil {
				return model.RemoteHybrid, strings.TrimSpace(before[loc[2]:] + m)
			}
		}
		if m := shareThenTime.FindString(after); m != "" {
			if loc := officeBeforeShare.FindStringIndex(before); loc != nil {
				return model.RemoteHybrid, strings.TrimSpace(before[loc[0]:] + m)
			}
			if loc := workplaceAllShare.FindStringIndex(before); loc != nil {
				return model.RemoteOnsite, strings.TrimSpace(before[loc[0]:] + m) // "in store 100% of the time"
			}
		}
	}
	return model.RemoteUnknown, ""
}
