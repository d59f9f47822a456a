package normalize

import "github.com/gigscout/gigscout/internal/model"

// Two employment-type field values the map did not know: a "Continuing"
// post (the Canadian and Australian public sector's and universities' word
// for an ongoing, permanent appointment, beside "Ongoing" and
// "Indeterminate") is full time; "Interships", a common misspelling of
// internships ("Intership" is known: type_title_intern_more.go), is an
// internship. Keys as MapEmploymentType keys them.
var continuingIntershipTypes = map[string]model.JobType{
	"continuing": model.TypeFullTime, "continuingappointment": model.TypeFullTime, "continuingposition": model.TypeFullTime,
	"intership": model.TypeInternship, "interships": model.TypeInternship,
}

func init() {
	addEmploymentTypes(continuingIntershipTypes)
}
