package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A description that offers a salaried or a contract engagement, denies
// full time, opens with a title carrying a contract tag, names leave cover,
// or gives an Italian workload or schedule (type_body_kind_choices.go,
// type_lines.go, type_workload.go, type_body_world_phrases.go).
func TestBodyKindChoices(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              model.JobType
	}{
		// Two kinds on offer: neither is the post's.
		{"salaried or contract", "Data Analyst", "Candidates may join us full time or as a contractor.", model.TypeUnknown},
		{"contract or permanent", "Data Analyst", "We can offer this on a contract or permanent basis.", model.TypeUnknown},
		{"role or freelance", "Illustrator", "Open to a permanent role or freelance, whichever suits you.", model.TypeUnknown},
		{"choice beside a stated kind", "Data Analyst", "Full-time or contract considered. This is a contract role for 9 months.", model.TypeContract},
		{"trap: two contract words", "Illustrator", "We are hiring on a contract or freelance basis.", model.TypeContract},
		{"trap: contract role alone", "Data Analyst", "This is a contract role with a view to extension.", model.TypeContract},
		// Full time denied.
		{"not a full-time post", "Tutor", "Please note this is not a full-time position.", model.TypeUnknown},
		{"full time not offered", "Tutor", "A full-time role is not available at this stage.", model.TypeUnknown},
		{"opening line denied", "Tutor", "Full-time hours not possible.\nEvenings only.", model.TypeUnknown},
		{"trap: full-time role stated", "Tutor", "This is a full-time role based in Leeds.", model.TypeFullTime},
		{"trap: opening hours stated", "Tutor", "Full-time position\nBased in Leeds.", model.TypeFullTime},
		// A title with a contract tag opening the text.
		{"opening contract tag", "Engineer", "Platform Engineer (Contract) - Remote. Join a small team building tools.", model.TypeContract},
		{"opening freelance tag", "Writer", "Head of Content [Freelance]\nWe publish weekly guides.", model.TypeContract},
		{"trap: bracketed word in prose", "Engineer", "We signed the agreement (contract) last spring and need help.", model.TypeUnknown},
		{"trap: tag later in the text", "Engineer", "Our team builds tools for clinics. Past hires include a QA Lead (Contract) who stayed on.", model.TypeUnknown},
		// Leave cover.
		{"temporary cover for leave", "HR Advisor", "Temporary cover for adoption leave, starting in May.", model.TypeContract},
		{"trap: insurance cover", "HR Advisor", "Our insurance cover for parental leave is generous.", model.TypeUnknown},
		// Italian workload and schedule.
		{"italian workload part", "Magazziniere", "Sede: Lugano. Grado di occupazione: 60%", model.TypePartTime},
		{"italian workload full", "Magazziniere", "Grado d'occupazione: 100%", model.TypeFullTime},
		{"italian schedule phrase", "Cassiere", "Offriamo un contratto a tempo pieno presso il negozio.", model.TypeFullTime},
		{"italian part phrase", "Cassiere", "Si tratta di un lavoro a tempo parziale, mattina.", model.TypePartTime},
		{"trap: italian time word alone", "Cassiere", "Il tempo di risposta è breve.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %q, want %q", c.name, c.title, c.text, got, c.want)
		}
	}
}
