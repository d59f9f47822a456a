package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestLoadStudentCasualType pins the round-35q readers (titles stating a load,
// more student titles, student posts and casual work stated in a
// sentence, sentences about past work, tenure and hours in a label, a
// full-time contract field), each with traps that must keep their type.
func TestLoadStudentCasualType(t *testing.T) {
	long := "This is a full-time role in our Leeds branch. " + strings.Repeat("You will keep the ledgers. ", 60) +
		"Staff may take up to 12 hours a week of exam leave."
	for _, c := range []struct {
		name, emp, title, text string
		want                   model.JobType
	}{
		// a load in the title (type_title_load.go)
		{"fte fraction first", "", "0.4 FTE Music Teacher", "", model.TypePartTime},
		{"fte fraction glued in brackets", "", "Lab Technician (0.8FTE)", "", model.TypePartTime},
		{"fte label then fraction", "", "FTE: 0.5 - Art Teacher", "", model.TypePartTime},
		{"fte bare decimal", "", ".6 FTE School Counselor", "", model.TypePartTime},
		{"whole fte", "", "1.0 FTE Science Teacher", "", model.TypeFullTime},
		{"half time", "", "Half-Time Librarian", "", model.TypePartTime},
		{"hours after a dash", "", "Shop Assistant - 16 Hours", "", model.TypePartTime},
		{"hours after PT glued", "", "Barista - PT12HRS - Cork", "", model.TypePartTime},
		{"hours per week", "", "Receptionist 22 hours per week", "", model.TypePartTime},
		{"fixed-term title", "", "Data Analyst (Fixed Term)", "", model.TypeContract},
		{"part-time consultant", "", "Part-Time Beauty Consultant", "", model.TypePartTime},
		// more student titles (type_title_intern_more.go)
		{"co op as two words", "", "Hardware Co Op - Winter", "", model.TypeInternship},
		{"work term", "", "Software Work Term (8 months)", "", model.TypeInternship},
		{"traineeship", "", "Finance Traineeship 2027", "", model.TypeInternship},
		{"student in a role", "", "Student Developer", "", model.TypeInternship},
		{"misspelt intern", "", "Marketing Intership", "", model.TypeInternship},
		// sentences (type_body_roles_stated.go)
		{"apprenticeship stated", "", "Electrician", "The role is an apprenticeship of two years with day release.", model.TypeInternship},
		{"apply for an internship", "", "Policy Assistant", "Apply for an internship at our Geneva office.", model.TypeInternship},
		{"it is an internship of months", "", "Data Analyst", "We hire for our Pune team.\nIt is an internship of 3 months duration, fully remote.", model.TypeInternship},
		{"it is a paid fellowship for a year", "", "Research Assistant", "Applications close in May. It is a paid fellowship for one year.", model.TypeInternship},
		{"trap: it is an apprenticeship provider", "", "Data Analyst", "We partner with Skillsbridge. It is an apprenticeship provider of 10 years standing.", model.TypeUnknown},
		{"trap: it is an internship mid-sentence", "", "Data Analyst", "Tell us why it is an internship of 3 months you are after.", model.TypeUnknown},
		{"returnship", "", "Software Engineer", "This programme is a paid returnship for engineers back from a career break.", model.TypeInternship},
		{"casual role", "", "Bar Staff", "This is a casual weekend role at our riverside venue.", model.TypePartTime},
		{"casual basis", "", "Usher", "Ushers are hired on a casual basis for evening shows.", model.TypePartTime},
		{"fractional engagement", "", "Finance Lead", "This is a fractional finance engagement, two days a week.", model.TypePartTime},
		{"freelance project", "", "Illustrator", "Freelance children's book project. Twelve spreads.", model.TypeContract},
		{"fixed-term appointment", "", "Research Fellow", "This is a fixed-term appointment until August.", model.TypeContract},
		// labels and fields (type_label_tenure.go)
		{"tenure then hours in a label", "", "Cook", "Employment type: Permanent / Part-time hours\nStart: June", model.TypePartTime},
		{"perm and hours in a label", "", "Porter", "Contract Type: Perm, full-time", model.TypeFullTime},
		{"full-time contract field", "Full Time / Contract", "Welder", "", model.TypeContract},
		{"contract full-time field", "Temporary, Full-time", "Picker", "", model.TypeContract},

		// traps: these keep their type
		{"room number before fte", "", "Room 12.5 FTE briefing", "", model.TypeUnknown},
		{"shift length", "", "Nurse - 12 Hour Shifts", "", model.TypeUnknown},
		{"opening hours", "", "24 Hour Fitness Desk Attendant", "", model.TypeUnknown},
		{"full week in hours", "", "Branch Manager (40 hours)", "", model.TypeUnknown},
		{"hours at thirty", "", "Supervisor - 30 Hours", "", model.TypeUnknown},
		{"fixed term contracts manager", "", "Fixed Term Contracts Manager", "", model.TypeUnknown},
		{"consultant without part-time", "", "IT Consultant", "", model.TypeContract},
		{"student services", "", "Student Services Officer", "", model.TypeUnknown},
		{"traineeship coordinator", "", "Traineeship Coordinator", "", model.TypeUnknown},
		{"apprenticeship model", "", "Trainer", "Courses are taught by practitioners in an apprenticeship model.", model.TypeUnknown},
		{"fellowship training", "", "Surgeon", "Our surgeons hold fellowship training in hand surgery.", model.TypeUnknown},
		{"business casual", "", "Analyst", "The dress code is business casual.", model.TypeUnknown},
		{"casual atmosphere", "", "Analyst", "We keep a casual, friendly atmosphere.", model.TypeUnknown},
		{"freelancers on projects", "", "Producer", "We pair you with freelance talent and project leads.", model.TypeUnknown},
		{"past intern", "", "Copywriter", "2-4 years of experience as a marketing intern or junior writer.", model.TypeUnknown},
		{"past part-time role", "", "Analyst", "Experience gained through a part-time role or volunteering is welcome.", model.TypeUnknown},
		{"relevant part-time work", "", "Analyst", "Relevant internship, part-time work or society roles count.", model.TypeUnknown},
		{"employer runs an internship", "", "Analyst", "We run a summer internship programme for school leavers.", model.TypeUnknown},
		{"the post runs the internship programs", "", "Talent Partner", "Design and run sourcing and internship programs across campuses.", model.TypeUnknown},
		{"the post manages the co-op program", "", "University Relations Lead", "You will manage our co-op program and campus events.", model.TypeUnknown},
		{"an intern who runs tests", "", "", "As an intern you will run our test suites.", model.TypeInternship},
		{"weekly study leave far down", "", "Accountant", long, model.TypeFullTime},
		{"two hours words field", "Full-time, Part-time", "Clerk", "", model.TypeFullTime},
		{"tenure and contract field", "Permanent, Contract", "Clerk", "", model.TypeFullTime},
		{"prior to starting", "", "Clerk", "Prior to your start date, this part-time role needs a background check.", model.TypePartTime},
		{"previous opening", "", "Clerk", "Unlike the previous opening, this is a part-time position.", model.TypePartTime},
		// older readers keep their answers
		{"summer internship still an internship", "", "", "Summer internship for engineering students.", model.TypeInternship},
		{"as an intern still an internship", "", "", "As an intern you will pair with our designers.", model.TypeInternship},
		{"part-time role still part-time", "", "", "This is a part-time role in our Bristol store.", model.TypePartTime},
	} {
		if got := ParseType(c.emp, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %s, want %s", c.name, c.emp, c.title, c.text, got, c.want)
		}
	}
}
