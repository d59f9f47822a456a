package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestStaffAugmentationType(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"seeking a placement", "Backend Engineer", "We are seeking a staff augmentation engineer to join a fintech client's squad.", model.TypeContract},
		{"role named", "QA Tester", "This is a staff augmentation role embedded with the client's mobile team.", model.TypeContract},
		{"basis", "DevOps Engineer", "Work on a staff augmentation basis for roughly nine months.", model.TypeContract},
		{"portuguese hiring", "Desenvolvedor Go", "Procuramos staff augmentation para reforçar a equipe de pagamentos.", model.TypeContract},
		{"spanish hiring", "Desarrollador React", "Necesitamos staff augmentation para un proyecto de banca.", model.TypeContract},
		{"short form", "Data Engineer", "Hiring staff-aug contractors for a retail analytics client.", model.TypeContract},
		// traps: the company sells the service, or the post is stated otherwise
		{"services blurb", "Account Manager", "Our staff augmentation services help clients scale quickly.", model.TypeUnknown},
		{"firm blurb", "Recruiter", "We are a staff augmentation firm based in Lisbon.", model.TypeUnknown},
		{"full-time first", "Software Engineer", "Full-time position. We are seeking a staff augmentation engineer mindset.", model.TypeFullTime},
		{"no phrase", "Engineer", "Augmentation of existing staff tooling is part of the job.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
