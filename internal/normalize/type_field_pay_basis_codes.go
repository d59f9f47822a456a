package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// payBasisHoursCode reads a type field that joins the pay basis and the
// hours in one code, as some payroll-backed ATS boards file them
// ("SALARIED_FT", "HOURLY_PT", "hourly-ft"): FT full-time, PT part-time,
// whatever the pay basis. Any other value is unknown here.
func payBasisHoursCode(employmentType string) model.JobType {
	s := strings.ToLower(strings.TrimSpace(employmentType))
	if len(s) < 9 || len(s) > 12 {
		return model.TypeUnknown
	}
	var rest string
	switch {
	case strings.HasPrefix(s, "salaried"):
		rest = s[len("salaried"):]
	case strings.HasPrefix(s, "hourly"):
		rest = s[len("hourly"):]
	default:
		return model.TypeUnknown
	}
	switch strings.TrimLeft(rest, "_- ") {
	case "ft":
		return model.TypeFullTime
	case "pt":
		return model.TypePartTime
	}
	return model.TypeUnknown
}
