package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// tenureWorkloadCases pin type_title_tenure_workload.go. Traps: a full
// workload, a workload reaching 80 %, no workload, a fixed-term tag, a
// percentage that is no workload.
var tenureWorkloadCases = []truthCase{
	{name: "half time before CDI", p: model.Posting{Title: "Réceptionniste (50%) - CDI"}, jobType: "part_time"},
	{name: "German permanent tag", p: model.Posting{Title: "Buchhalter 30% unbefristet"}, jobType: "part_time"},
	{name: "range under 80 before Festanstellung", p: model.Posting{Title: "Lagerist (20-60%), Festanstellung"}, jobType: "part_time"},
	{name: "English permanent tag", p: model.Posting{Title: "Support Agent 40% - Permanent"}, jobType: "part_time"},

	{name: "trap: full workload", p: model.Posting{Title: "Responsable RH (100%) - CDI"}, jobType: "full_time"},
	{name: "trap: 80 percent", p: model.Posting{Title: "Infirmière (80%) - CDI"}, jobType: "full_time"},
	{name: "trap: range reaching 80", p: model.Posting{Title: "Conseiller (60-80%) - CDI"}, jobType: "full_time"},
	{name: "trap: no workload", p: model.Posting{Title: "Vendeur - CDI"}, jobType: "full_time"},
	{name: "trap: fixed-term tag", p: model.Posting{Title: "Commercial (50%) - CDD"}, jobType: "contract"},
	{name: "trap: commission percentage", p: model.Posting{Title: "Closer, earn up to 30% - CDI"}, jobType: "full_time"},
}

func TestTenureWorkloadCases(t *testing.T) { runFieldCases(t, tenureWorkloadCases) }
