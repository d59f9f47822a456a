package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "hybrid" before an employment word and a job noun, a
// hybrid office as the place of work, German occasional home work in a
// location note and Czech/Slovak "from home" as a title tail.
func TestHybridNounsHomeFields(t *testing.T) {
	cases := []struct {
		title string
		locs  []string
		text  string
		want  model.Remote
	}{
		{"Data Analyst", []string{"Leeds"}, "Two years of SQL wanted. It is a hybrid part-time position.", model.RemoteHybrid},
		{"Backend Developer", nil, "We offer a hybrid, permanent role in a small team.", model.RemoteHybrid},
		{"Nurse Coordinator", nil, "You will split the week, working two days at our hybrid office near the station.", model.RemoteHybrid},
		{"Accountant", []string{"Graz"}, "Join us in the hybrid office market as our accountant.", model.RemoteUnknown},
		{"Support Agent", nil, "We sell hybrid cars. This is a full-time role.", model.RemoteUnknown},
		{"Tester", []string{"Linz, Österreich (teilweise von zuhause arbeiten möglich)"}, "", model.RemoteHybrid},
		{"Tester", []string{"Brno (gelegentlich von zu Hause aus)"}, "", model.RemoteHybrid},
		{"Tester", []string{"Haus am See, Potsdam"}, "", model.RemoteUnknown},
		{"", nil, "Junior Designer - Munich Hybrid\nYou will draw icons and help with Figma files.", model.RemoteHybrid},
		{"", nil, "Data Intern | Porto Hybrid\n\nWe need SQL.", model.RemoteHybrid},
		{"", nil, "We build hybrid cloud tools - New York Hybrid Cloud\nYou will write Go.", model.RemoteUnknown},
		{"", nil, "Our stack: Go, Postgres - Oslo Hybrid\nMore later.", model.RemoteUnknown},
		{"Účtovník pre malú firmu, 100% z domu", nil, "", model.RemoteRemote},
		{"Grafik, z domova", nil, "", model.RemoteRemote},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: c.title, Locations: c.locs, DescriptionText: c.text}, Options{})
		if l.Remote != c.want {
			t.Errorf("%q %q %q: got %q, want %q", c.title, c.locs, c.text, l.Remote, c.want)
		}
	}
}
