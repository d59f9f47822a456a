package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// snakeCodeType reads a type field written as one code of words joined by
// underscores ("AUSBILDUNG_PRAXIS", "STUDENT_TRAINEE") with its underscores
// read as spaces, when the other readers left the code unread. Only
// letters and underscores qualify, so a sentence, a value with spaces or a
// code with digits is left as it was.
func snakeCodeType(raw string) model.JobType {
	s := strings.Trim(strings.TrimSpace(raw), "_")
	if len(s) < 3 || len(s) > 60 || !strings.Contains(s, "_") {
		return model.TypeUnknown
	}
	for _, r := range s {
		if r != '_' && !unicode.IsLetter(r) {
			return model.TypeUnknown
		}
	}
	return MapEmploymentType(strings.ReplaceAll(s, "_", " "))
}
