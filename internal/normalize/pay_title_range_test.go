package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleRangeCases: a currency-marked range in a title is the post's pay;
// a single amount there still needs a pay word or a period.
var titleRangeCases = []truthCase{
	{name: "dollar range mid-title", p: model.Posting{Title: "Go Developer $4,000-5,500 at Northwind", DescriptionText: "Build APIs in Go."}, pay: "4000 5500 USD month"},
	{name: "euro range after a dash", p: model.Posting{Title: "Translator – €800–1,200", DescriptionText: "Translate a product manual."}, pay: "800 1200 EUR project"},
	{name: "pound range with k", p: model.Posting{Title: "Data Engineer £55k-65k (Leeds)"}, pay: "55000 65000 GBP year"},
	// Traps.
	{name: "single prize in a title", p: model.Posting{Title: "Logo Contest – Win $500"}, pay: "-"},
	{name: "club name with an amount", p: model.Posting{Title: "Top 100 $1,000 Club Coordinator"}, pay: "-"},
	{name: "range of years, no currency", p: model.Posting{Title: "Analyst 2026-2027"}, pay: "-"},
}

func TestTitleRangeCases(t *testing.T) { runFieldCases(t, titleRangeCases) }
