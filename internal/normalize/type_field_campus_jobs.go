package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Student job boards (Handshake, Symplicity, campus career portals) file
// a posting under a kind of student work rather than a schedule: "On
// Campus Student Employment", "Off-Campus Job", "Experiential Learning",
// "Work-Study Eligible". studentFieldType reads such a whole field value.

// campusJobRests are what may follow "on campus" / "off campus" in a
// field naming a campus job: the job itself, hourly student work, read
// as part-time (a campus job is held beside classes).
var campusJobRests = map[string]bool{
	"": true, "job": true, "jobs": true, "studentemployment": true, "employment": true,
	"studentjob": true, "studentjobs": true, "position": true, "work": true, "studentwork": true,
}

// studentFieldWords are further whole field values (folded by foldFieldLetters).
var studentFieldWords = map[string]model.JobType{
	"experientiallearning":     model.TypeInternship, // a supervised work placement for credit or pay
	"campusjob":                model.TypePartTime,
	"campusemployment":         model.TypePartTime,
	"studentcampusjob":         model.TypePartTime,
	"federalworkstudy":         model.TypeInternship, // work-study is read as internship (type_gig_student.go)
	"workstudyeligible":        model.TypeInternship,
	"federalworkstudyeligible": model.TypeInternship,
	"fwseligible":              model.TypeInternship,
}

// studentFieldType reads a student board's kind-of-work field value;
// TypeUnknown for anything else.
func studentFieldType(raw string) model.JobType {
	if len(raw) > 48 {
		return model.TypeUnknown
	}
	key := foldFieldLetters(raw)
	if len(key) < 8 {
		return model.TypeUnknown
	}
	if t, ok := studentFieldWords[key]; ok {
		return t
	}
	for _, lead := range [...]string{"oncampus", "offcampus"} {
		if rest, ok := strings.CutPrefix(key, lead); ok && campusJobRests[rest] {
			return model.TypePartTime
		}
	}
	return model.TypeUnknown
}
