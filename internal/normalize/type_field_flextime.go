package normalize

import "github.com/gigscout/gigscout/internal/model"

// flexHoursKeys are whole type fields (lettersLower keys) that name a
// flexible-hours schedule and nothing else: the European job mobility
// portal's schedule code "flextime" beside "fulltime" and "parttime", and
// its British spellings. Read as part-time, like the flexi work codes
// beside them (dispatchCodeKeys in type_field_terms_codes_slips.go): the
// code is offered in place of full-time hours.
var flexHoursKeys = map[string]bool{
	"flextime": true, "flexitime": true, "flexhours": true,
}

// flexHoursFieldType reads a type field that is one flexible-hours code.
// A longer value ("Flextime available", "Full-time, flextime") is left to
// the readers that weigh its other words.
func flexHoursFieldType(raw string) model.JobType {
	if raw == "" || len(raw) > 20 || !flexHoursKeys[lettersLower(raw)] {
		return model.TypeUnknown
	}
	return model.TypePartTime
}
