package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestFieldPairType(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.JobType
	}{
		{"permanent contract, full-time pattern", "Details\nContract\nPermanent\nWorking pattern\nFull-time\nReference number\nB12-9", model.TypeFullTime},
		{"permanent contract, part-time pattern", "Contract\nPermanent\n\nWorking pattern\nPart-time, flexible working\nPay scheme\nAgenda for change", model.TypePartTime},
		{"fixed term contract", "Contract\nFixed term\nDuration\n11 months\nWorking pattern\nFull-time", model.TypeContract},
		{"job type with a colon", "Job type:\nTemporary\nClosing date\n3 May", model.TypeContract},
		// traps
		{"contract heading over prose", "Contract\nWe will send the contract once references are back.", model.TypeUnknown},
		{"value far from a label", "Working pattern\n\nOur teams set their own working patterns and rotas around the patients they serve.", model.TypeUnknown},
		{"no label", "Permanent\nFull-time", model.TypeUnknown},
	} {
		if got := fieldPairType(c.text); got != c.want {
			t.Errorf("%s: fieldPairType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
	// Through ParseType: the bare "Contract" label is not a contract.
	if got := ParseType("", "Ward Clerk", "Contract\nPermanent\nWorking pattern\nFull-time"); got != model.TypeFullTime {
		t.Errorf("ParseType of NHS-style pairs = %s, want full_time", got)
	}
}
