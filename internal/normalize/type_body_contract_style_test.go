package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestContractStylePost(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"style engagement", "Data Engineer", "It is a contract-style engagement with a retail client.", model.TypeContract},
		{"based role", "Copywriter", "A contract-based role writing product pages.", model.TypeContract},
		{"base person", "Web Developer", "We need contract base developers for a portal rebuild.", model.TypeContract},
		{"basis position", "Tutor", "An hourly contract basis position for maths tutors.", model.TypeContract},
		// traps
		{"pricing", "Sales Manager", "You will sell our contract-based pricing to hospitals.", model.TypeUnknown},
		{"smart contract", "Blockchain Developer", "Build smart contract based developer tools for wallets.", model.TypeUnknown},
		{"denied", "Nurse", "This is not a contract-based role.", model.TypeUnknown},
		{"base without noun", "Analyst", "Grow our contract base across Europe.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
