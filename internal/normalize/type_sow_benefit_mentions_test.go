package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTypeSOWBenefitMentions(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		// statement-of-work engagements
		{"under an sow", "Integration Specialist", "You would be engaged under an SOW with our platform group.", model.TypeContract},
		{"through a statement of work", "Cloud Architect", "The engagement runs through a statement of work for the first two quarters.", model.TypeContract},
		{"sow-based engagement", "ETL Developer", "This is an SOW-based engagement with a bank client.", model.TypeContract},
		{"statement of work role", "BI Analyst", "A statement of work role supporting the finance team.", model.TypeContract},
		// benefits qualified by full-time
		{"benefits for full-time staff only", "Support Agent", "Full-time employee benefits include a pension. Work alongside our vendors.", model.TypeUnknown},
		{"full-time benefits package", "Receptionist", "Staff enjoy a full-time benefits package after probation.", model.TypeUnknown},
		{"benefits for a full-time position", "Pharmacy Technician", "Benefits for a full-time position include dental and a pension.", model.TypeUnknown},
		{"benefits offered to full-time employees", "Pharmacy Technician", "Benefits are offered to all full-time employees after 60 days.", model.TypeUnknown},
		{"trap: benefits beside a full-time role", "Pharmacy Technician", "Great benefits for you. This is a full-time position.", model.TypeFullTime},
		{"role stated beside benefits", "Receptionist", "This is a full-time position. Full-time employee benefits apply.", model.TypeFullTime},
		{"full-time employee hired", "Technician", "We are adding a full-time employee to our repair bench.", model.TypeFullTime},
		// traps: statements of work as the job's subject
		{"writes sows", "Project Manager", "You will draft SOWs and track delivery against them.", model.TypeUnknown},
		{"manages statements of work", "Procurement Lead", "Own vendor statements of work and renewals.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
