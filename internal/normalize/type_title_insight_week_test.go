package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTitleInsightWeek(t *testing.T) {
	for _, c := range []struct {
		title, field string
		want         model.JobType
	}{
		{"Asset Management Spring Week 2027", "", model.TypeInternship},
		{"Spring Insight Week - Corporate Law", "", model.TypeInternship},
		{"First Year Insight Day: Markets", "", model.TypeInternship},
		{"Summer Insight Programme (Technology)", "Full time", model.TypeInternship},
		{"Second-Year Early Insights Program 2028", "", model.TypeInternship},
		// traps: insight work, or a role that runs the programme
		{"Customer Insights Analyst", "", model.TypeUnknown},
		{"Consumer Insight Manager", "", model.TypeUnknown},
		{"Spring Week Programme Coordinator", "Full-time", model.TypeFullTime},
		{"Insight Event Manager", "", model.TypeUnknown},
		{"Insights Program Manager", "", model.TypeUnknown},
		{"Market Insights Lead", "", model.TypeUnknown},
		{"Spring Garden Landscaper", "", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
}
