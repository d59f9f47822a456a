package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An apprenticeship stated as the post in a sentence (table tests in
// type_body_apprentice_join_test.go): "Join us as an apprentice and earn
// while you learn", "you will start as a trade apprentice", "This
// apprenticeship lasts 18 months", "The apprenticeship runs for two
// years". bodyIntern reads "as an intern"; the apprentice forms were left
// unread when no title or field named them.
//
// A post that runs apprentices ("as an apprentice supervisor", "as an
// apprenticeship coordinator") names a role after the word, and a sentence
// about the reader's past ("you started as an apprentice", "prior
// apprenticeship") is skipped.
var apprenticeJoin = newKeyRegexp(`(?i)\b(?:as an? (?:\w+ )?(apprentice)\b|th(?:is|e) apprenticeship (?:lasts|runs|is|will|takes|offers|leads|starts|combines))`,
	40, 40, "apprentice")

// apprenticeFollowers are the words that make "apprentice" the object of a
// role ("apprentice supervisor").
var apprenticeFollowers = []string{" supervisor", " coordinator", " manager", " mentor", " assessor", " trainer", " program", " scheme", " lead", " recruit", " officer"}

// apprenticePastBefore are pastBefore and the starts of a past
// apprenticeship ("you started as an apprentice").
var apprenticePastBefore = append(slices.Clip(pastBefore), "started", "began")

// apprenticeJoinType is an internship when text states an apprenticeship
// as the post, else unknown.
func apprenticeJoinType(text string) model.JobType {
	if !hasFold(text, "apprentice") {
		return model.TypeUnknown
	}
	for _, m := range apprenticeJoin.FindAllStringSubmatchIndex(text, 4) {
		if m[2] >= 0 {
			rest := strings.ToLower(text[m[3]:min(len(text), m[3]+14)])
			if containsAnyKey(rest, apprenticeFollowers) || strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "ship") {
				continue
			}
		}
		if pastContext(text, m[0]) || containsAnyFold(text[max(0, m[0]-40):m[0]], apprenticePastBefore) {
			continue
		}
		return model.TypeInternship
	}
	return model.TypeUnknown
}
