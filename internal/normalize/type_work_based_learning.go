package normalize

import "github.com/gigscout/gigscout/internal/model"

// African boards' work-based learning types, as a source's employment
// type field names them: South Africa's learnerships (a year of paid
// training under an employer, with a stipend), Kenya's industrial
// attachments and Nigeria's SIWES placements (students' work terms), and
// graduate and management trainee programmes. Each is a structured
// learning post with a stipend, read as an internship.
func init() {
	for _, w := range []string{"learnership", "learnerships", "learnershipprogramme", "learnershipprogram",
		"industrialattachment", "attachment", "siwes", "graduatetrainee", "managementtrainee", "graduatetraineeprogramme"} {
		if _, ok := employmentTypes[w]; !ok {
			employmentTypes[w] = model.TypeInternship
		}
	}
}
