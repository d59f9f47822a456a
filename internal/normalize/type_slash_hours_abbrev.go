package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Boards and clinics shorten the hours with a slash: "F/T" is full-time,
// "P/T" part-time ("RN - F/T Days", "F/T outpatient clinic", "P/T weekend
// role"). Only the capital two-letter form is read, as a token of its own
// (not inside "A/F/T" or "P/T/O"), in the title first and then in the
// text. When both are named the post offers either and neither is read; a
// "P/T" under a therapy title is left alone, as "PT" is there (physical
// therapy).

// slashHoursAbbrevType reads F/T or P/T in the title, then in the text;
// TypeUnknown when neither or both are named.
func slashHoursAbbrevType(title, text string) model.JobType {
	if t := slashHoursIn(title, title); t != model.TypeUnknown {
		return t
	}
	return slashHoursIn(title, text)
}

// slashHoursIn reads s for the two abbreviations; title decides whether a
// P/T may be therapy.
func slashHoursIn(title, s string) model.JobType {
	if !strings.Contains(s, "/T") {
		return model.TypeUnknown
	}
	full, part := slashAbbrevAt(s, 'F'), slashAbbrevAt(s, 'P')
	switch {
	case full && !part:
		return model.TypeFullTime
	case part && !full && !therapyTitle.MatchString(title):
		return model.TypePartTime
	}
	return model.TypeUnknown
}

// slashAbbrevAt reports whether s holds lead followed by "/T" as a token:
// no letter, digit or slash right before or after it.
func slashAbbrevAt(s string, lead byte) bool {
	for i := 0; i+3 <= len(s); i++ {
		if s[i] != lead || s[i+1] != '/' || s[i+2] != 'T' {
			continue
		}
		if i > 0 && slashAbbrevJoin(s[i-1]) {
			continue
		}
		if i+3 < len(s) && slashAbbrevJoin(s[i+3]) {
			continue
		}
		return true
	}
	return false
}

// slashAbbrevJoin reports whether b would join an abbreviation to a word.
func slashAbbrevJoin(b byte) bool {
	return b == '/' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
