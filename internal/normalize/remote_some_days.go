package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Place-of-work wording (table tests in regions_based_anywhere_test.go).

// remoteSomeDays is remote work for part of the week: "Remote two days a
// week, hybrid otherwise", "remote 1-2 days per week". Four remote days
// are left alone ("Remote, 4 days a week" is as often a four-day week), as
// is a fully remote note before it ("100% remote 3 days a week" is a
// part-time schedule). Matched at an occurrence of "remote".
var remoteSomeDays = regexp.MustCompile(`(?i)^remote(?:ly)?\s+(?:for\s+|up\s+to\s+)?(?:[1-3]|one|two|three)(?:\s*(?:-|–|to|or)\s*(?:[2-3]|two|three))?\s+days?\s*(?:(?:a|per|each|every)\s+|/\s*)week\b`)

// remoteWholeWeek is remote work every working day of the week: "work
// remote 5 days a week" is fully remote, not a share of the week.
var remoteWholeWeek = regexp.MustCompile(`(?i)^remote(?:ly)?\s+(?:for\s+)?(?:5|five)\s+days?\s*(?:(?:a|per|each|every)\s+|/\s*)week\b`)

// doneRemote is work that can be done remote (the adjective where
// bodyRemote wants "remotely"): "This role can be done remote." Matched
// on the text that ends at an occurrence of "remote".
var doneRemote = regexp.MustCompile(`(?i)\b(?:can|may|could)\s+be\s+(?:done|performed|completed|worked)\s+remote$`)

// fullyBefore is a fully remote note just before a match.
var fullyBefore = regexp.MustCompile(`(?i)(?:fully|100%|entirely|completely)\s*$`)

// bodySomeDays reads the phrasings above from a description.
func bodySomeDays(text string) (model.Remote, string) {
	if !hasFold(text, "remote") {
		return model.RemoteUnknown, ""
	}
	for i := 0; i+6 <= len(text); i++ {
		if text[i]|0x20 != 'r' || !hasPrefixFold(text[i:], "remote") || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		w := text[i:min(len(text), i+60)]
		if loc := remoteSomeDays.FindStringIndex(w); loc != nil && !fullyBefore.MatchString(text[max(0, i-12):i]) {
			return model.RemoteHybrid, w[loc[0]:loc[1]]
		}
		if loc := remoteWholeWeek.FindStringIndex(w); loc != nil {
			return model.RemoteRemote, w[loc[0]:loc[1]]
		}
		if remoteEndsPhrase(text[i+6:]) {
			back := text[max(0, i-40) : i+6]
			if loc := doneRemote.FindStringIndex(back); loc != nil {
				return model.RemoteRemote, back[loc[0]:]
			}
		}
	}
	return model.RemoteUnknown, ""
}

// remoteAfterWords may follow an adverbial "remote": "done remote from
// home", "done remote or in the office". Any other word makes "remote" an
// adjective of a noun ("remote desktop", "remote access").
var remoteAfterWords = map[string]bool{"from": true, "or": true, "and": true, "if": true, "with": true, "in": true, "as": true, "when": true,
	"while": true, "by": true, "for": true, "full": true, "fully": true, "only": true, "too": true, "also": true, "part": true}

// remoteEndsPhrase reports that the text after "remote" ends the phrase:
// the end, punctuation, or one of remoteAfterWords.
func remoteEndsPhrase(rest string) bool {
	if rest == "" {
		return true
	}
	if isWordByte(rest[0]) {
		return false // "remotely", "remoteness"
	}
	j := 0
	for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
		j++
	}
	if j == len(rest) || !isWordByte(rest[j]) {
		return true
	}
	k := j
	for k < len(rest) && isWordByte(rest[k]) && k-j < 8 {
		k++
	}
	return remoteAfterWords[strings.ToLower(rest[j:k])]
}
