package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// qualifiedWorkloadTypeCases: workload fields closed by a qualifier, read by type_workload_field_qualified.go, written for this project, with traps beside them.
var qualifiedWorkloadTypeCases = []truthCase{
	{name: "workload range with pensum", p: model.Posting{Title: "Logistiker", EmploymentType: "50%-70% Pensum"}, jobType: "part_time"},
	{name: "full workload with pensum", p: model.Posting{Title: "Logistiker", EmploymentType: "100 % Pensum"}, jobType: "full_time"},
	{name: "on-call workload", p: model.Posting{Title: "Aushilfe Bar", EmploymentType: "20% auf Abruf"}, jobType: "part_time"},
	{name: "minimum workload reaches a full load", p: model.Posting{Title: "Pflegefachperson", EmploymentType: "90% min."}, jobType: "full_time"},
	{name: "minimum workload spelled out", p: model.Posting{Title: "Pflegefachperson", EmploymentType: "70 % mindestens"}, jobType: "full_time"},
	{name: "maximum workload", p: model.Posting{Title: "Sekretariat", EmploymentType: "40% max."}, jobType: "part_time"},

	// Traps: a percentage that is a commission or a remote share is no workload.
	{name: "trap percentage with a commission", p: model.Posting{Title: "Sales", EmploymentType: "10% commission"}, jobType: "unknown"},
	{name: "trap percentage remote", p: model.Posting{Title: "Developer", EmploymentType: "100% remote"}, jobType: "unknown"},
}

func TestQualifiedWorkloadField(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range qualifiedWorkloadTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
