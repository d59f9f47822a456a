package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// openingStudentJobType reads a description whose first words are the
// French "job étudiant" (a student side job: "Job étudiant le samedi,
// caisse et rayon."): part-time, as the same words read in a type field
// (type_field_board_values.go). Only the opening is read: further in, the
// words are as often a candidate's past ("une première expérience (stage,
// job étudiant)") as the post.
func openingStudentJobType(text string) model.JobType {
	s := strings.TrimLeft(text, " \t\r\n*#>-•·")
	if len(s) < 12 || (s[0] != 'j' && s[0] != 'J') {
		return model.TypeUnknown
	}
	head := strings.ToLower(s[:min(len(s), 16)])
	for _, p := range []string{"job étudiant", "job etudiant", "jobs étudiants", "jobs etudiants"} {
		if strings.HasPrefix(head, p) {
			if rest := s[len(p):]; rest != "" && isLetterByte(rest[0]) {
				return model.TypeUnknown // the words run on into a longer word
			}
			return model.TypePartTime
		}
	}
	return model.TypeUnknown
}
