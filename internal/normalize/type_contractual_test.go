package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// contractualCases pin "contractual" used of the engagement itself
// ("a 4-month contractual role") as a contract, and leave it alone where
// it qualifies something else (obligations, terms, disputes).
var contractualCases = []truthCase{
	{name: "contractual opportunity with a length", p: model.Posting{Title: "Data Annotator", DescriptionText: "Four month contractual opportunity with a research lab."}, jobType: "contract"},
	{name: "contractual basis", p: model.Posting{Title: "Copy Editor", DescriptionText: "You will be engaged on a contractual basis for the autumn issue."}, jobType: "contract"},
	{name: "contractual position", p: model.Posting{Title: "Research Assistant", DescriptionText: "This is a contractual position funded by a grant."}, jobType: "contract"},
	{name: "trap: contractual obligations", p: model.Posting{Title: "Paralegal", DescriptionText: "Track contractual obligations and renewal dates for our vendors."}, jobType: "unknown"},
	{name: "trap: contractual terms", p: model.Posting{Title: "Procurement Analyst", DescriptionText: "Review contractual terms with suppliers and flag risks."}, jobType: "unknown"},
}

func TestContractualCases(t *testing.T) { runFieldCases(t, contractualCases) }
