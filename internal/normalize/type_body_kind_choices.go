package normalize

import (
	"regexp"
	"strings"
)

// Description wording that names a kind of work without making it this
// post's: a choice between a salaried and a contract engagement
// ("open to full-time or contract candidates", "a permanent position or
// a contract"), and a full-time post that is denied ("This is not a
// full-time role", "A full-time position is not available"); and a title
// with a contract tag opening the text, which names the post's kind.

// kindChoice is a salaried kind (full time, permanent) and a contract
// kind (contract, freelance, temporary) joined by "or", in either order,
// the first optionally followed by its noun: "full-time or contract",
// "contract or permanent", "full-time position or contract", "full time
// or as a contractor".
var kindChoice = newKeyRegexp(`(?i)\b(full[- ]?time|permanent|contract(?:or)?|freelance|temporary)(?:\s+(?:position|role|job|employment|basis|hire))?\s+or\s+(?:(?:as|on)\s+)?(?:an?\s+)?(full[- ]?time|permanent|contract(?:or)?|freelance|temporary)\b`, 40, 40,
	"time or", "anent or", "ract or", "ractor or", "lance or", "orary or", "position or", "role or", "job or", "basis or", "hire or", "employment or")

// kindSide is the side of kindChoice a word stands on: salaried (true) or
// contract (false).
func kindSide(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "full") || w == "permanent"
}

// maskKindChoices blanks the choices of kindChoice whose two kinds stand on
// different sides, so that neither is read as the post's kind; other
// mentions in the text still count. Text without such a choice is
// returned as it is.
func maskKindChoices(text string) string {
	var spans asideSpans // remote_scopes.go
	for _, m := range kindChoice.FindAllStringSubmatchIndex(text, 4) {
		if m[2] < 0 || m[4] < 0 || kindSide(text[m[2]:m[3]]) == kindSide(text[m[4]:m[5]]) {
			continue
		}
		spans = append(spans, [2]int{m[0], m[1]})
	}
	return spans.apply(text)
}

// fullDeniedBefore is a denial just before a full-time cue: "not a",
// "isn't a", "no".
var fullDeniedBefore = regexp.MustCompile(`(?i)(?:\bnot|n't|\bno)\s+(?:an?\s+)?$`)

// fullDeniedAfter is a denial just after a full-time cue, or after the
// noun that follows bare hours: "(position) is not available", "isn't
// offered", "not possible".
var fullDeniedAfter = regexp.MustCompile(`(?i)^\s*(?:(?:position|role|job|post|work|employment|hours)\s+)?(?:is\s+not|isn't|are\s+not|aren't|not)\s+(?:available|offered|possible|on\s+offer)\b`)

// fullCueDenied reports a full-time cue at text[i:j] that the words around
// it deny.
func fullCueDenied(text string, i, j int) bool {
	return fullDeniedBefore.MatchString(text[max(0, i-12):i]) || fullDeniedAfter.MatchString(text[j:min(len(text), j+30)])
}

// openingContractTag is a contract term in brackets after a capitalised
// word in a description's opening line, which then reads as the post's
// title: "Senior Data Engineer (Contract) - Remote. We are ...". The term
// is the engagement, as titleContractTag reads it in a title.
var openingContractTag = regexp.MustCompile(`^\s*(?:(?:\p{Lu}[\p{L}\d/&+.-]*|of|and|for|&|[-–/])\s+){0,8}\p{Lu}[\p{L}\d.-]*\s*[(\[]\s*(?:Contract|CONTRACT|Contractor|Freelance|FREELANCE|Temporary|Temp|Fixed[- ][Tt]erm|Contract[- ]to[- ][Hh]ire)(?:\s+(?:[Rr]ole|[Pp]osition|[Bb]asis|[Oo]nly))?\s*[)\]]`)

// openingTagBody is openingContractTag as a type cue.
type openingTagBody struct{}

func (openingTagBody) MatchString(text string) bool {
	head := text[:min(len(text), 160)]
	return strings.ContainsAny(head, "([") && openingContractTag.MatchString(head)
}
