package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Some scrapers flatten a job page's blocks without a space between them,
// so a field's label, its value and the next label run together:
// "Working patternFull-timeReference number", "Type: PermanentLocation:",
// "WellbeingPermanent, Full Time£25,395". Every type reader wants a word
// start, so none fires on such text. gluedBlockType splits the text where a
// lower-case letter runs into a capital and reads the type again; table
// tests in type_glued_blocks_test.go.

// gluedTypeWords are the words of a type field that a glue point may sit
// next to: a capitalised value or label after the glue ("Full", "Permanent"),
// or a value or label before it ("Permanent", "time", "pattern"). Not
// "Type" before a glue: "TypeScript" is a word, and a glued "Type:" label
// ("ArchitectType:") is a glue after.
var (
	gluedAfter  = []string{"Full", "Part", "Permanent", "Contract", "Temporary", "Fixed", "Type", "Working", "Job", "Employment", "Internship", "Freelance", "Casual", "Seasonal", "Schedule"}
	gluedBefore = []string{"permanent", "time", "contract", "pattern", "temporary", "term", "status"}
)

// gluedBlockType reads the type of a description whose blocks are glued
// together; unknown when text has no glue point next to a type word.
func gluedBlockType(employmentType, title, text string) model.JobType {
	if !hasTypeGlue(text) {
		return model.TypeUnknown
	}
	return ParseType(employmentType, title, unglueBlocks(text))
}

// hasTypeGlue reports whether a lower-case ASCII letter runs straight into
// a capital at a type word: the glue gluedBlockType splits.
func hasTypeGlue(text string) bool {
	for i := 1; i < len(text); i++ {
		if c := text[i]; c < 'A' || c > 'Z' || text[i-1] < 'a' || text[i-1] > 'z' {
			continue
		}
		for _, w := range gluedAfter {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
		for _, w := range gluedBefore {
			if i >= len(w) && strings.EqualFold(text[i-len(w):i], w) {
				return true
			}
		}
	}
	return false
}

// unglueBlocks puts a line break at every place a lower-case ASCII letter
// runs straight into a capital, where the flattening dropped one.
func unglueBlocks(text string) string {
	var b strings.Builder
	b.Grow(len(text) + 64)
	last := 0
	for i := 1; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' && text[i-1] >= 'a' && text[i-1] <= 'z' {
			b.WriteString(text[last:i])
			b.WriteByte('\n')
			last = i
		}
	}
	b.WriteString(text[last:])
	return b.String()
}
