package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Student job boards (Handshake, Symplicity, campus career portals) file
// a posting under a kind of student work rather than a schedule: "On
// Campus Student Employment", "Off-Campus Job", "Experiential Learning",
// "Work-Study Eligible". ext55fFieldType reads such a whole field value.

// ext55fCampusRests are what may follow "on campus" / "off campus" in a
// field naming a campus job: the job itself, hourly student work, read
// as part-time (a campus job is held beside classes).
var ext55fCampusRests = map[string]bool{
	"": true, "job": true, "jobs": true, "studentemployment": true, "employment": true,
	"studentjob": true, "studentjobs": true, "position": true, "work": true, "studentwork": true,
}

// ext55fFieldWords are further whole field values (folded by ext52uFold).
var ext55fFieldWords = map[string]model.JobType{
	"experientiallearning":     model.TypeInternship, // a supervised work placement for credit or pay
	"campusjob":                model.TypePartTime,
	"campusemployment":         model.TypePartTime,
	"studentcampusjob":         model.TypePartTime,
	"federalworkstudy":         model.TypeInternship, // work-study is read as internship (type_gig_student.go)
	"workstudyeligible":        model.TypeInternship,
	"federalworkstudyeligible": model.TypeInternship,
	"fwseligible":              model.TypeInternship,
}

// ext55fFieldType reads a student board's kind-of-work field value;
// TypeUnknown for anything else.
func ext55fFieldType(raw string) model.JobType {
	if len(raw) > 48 {
		return model.TypeUnknown
	}
	key := ext52uFold(raw)
	if len(key) < 8 {
		return model.TypeUnknown
	}
	if t, ok := ext55fFieldWords[key]; ok {
		return t
	}
	for _, lead := range [...]string{"oncampus", "offcampus"} {
		if rest, ok := strings.CutPrefix(key, lead); ok && ext55fCampusRests[rest] {
			return model.TypePartTime
		}
	}
	return model.TypeUnknown
}
