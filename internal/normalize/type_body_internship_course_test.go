package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestInternshipCourse(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"one year before full-time hours", "Data Analyst", "A one-year internship, full-time hours, based in our Leeds office.", model.TypeInternship},
		{"two years paid", "Lab Assistant", "We offer a 2-year paid internship in our chemistry lab.", model.TypeInternship},
		{"one month", "Reporter", "Join us for a one month internship on the news desk.", model.TypeInternship},
		{"during your internship", "Analyst", "During your internship, you will build dashboards for the sales team.", model.TypeInternship},
		{"over the course of the internship", "Research Assistant", "Over the course of the internship you'll run field surveys.", model.TypeInternship},
		{"opening sentence", "Designer", "Hello! The internship lasts twelve weeks and pays a stipend.", model.TypeInternship},
		// traps
		{"length required", "Engineer", "At least one year internship experience in embedded systems.", model.TypeUnknown},
		{"length in the past", "Accountant", "You completed a 1-year internship at an audit firm.", model.TypeUnknown},
		{"benefit tied to length", "Team Lead", "Paid leave depending on the duration of your internship or contract.", model.TypeUnknown},
		{"past course", "Developer", "During your internship you learned Python; now we want it in production.", model.TypeUnknown},
		{"program runner", "Internship Program Coordinator", "The internship lasts ten weeks and you will run it.", model.TypeUnknown},
		{"another noun after", "Writer", "The internship fair starts on Monday; come meet our editors.", model.TypeUnknown},
		{"one year without internship", "Baker", "A one-year contract at our bakery.", model.TypeContract},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
