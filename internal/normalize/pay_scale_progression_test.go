package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// payScaleProgressionCases pin the scale-with-progression reading (a fix
// guided by round 125's outside pay tables; none of their cases is copied
// here): the band runs from the first figure to the top reached by
// progression, with traps that keep their old reading.
var payScaleProgressionCases = []truthCase{
	{name: "single figure rising to top", p: model.Posting{Title: "Librarian", PayText: "£30,500 rising to £33,900"}, pay: "30500 33900 GBP year"},
	{name: "starting at comma rising to", p: model.Posting{Title: "Archivist", PayText: "Starting at £41,000, rising to £47,200 (Band C)"}, pay: "41000 47200 GBP year"},
	{name: "range with progression to", p: model.Posting{Title: "Technician", PayText: "£28,100 to £29,400 with progression to £31,000 per annum"}, pay: "28100 31000 GBP year"},
	{name: "range with discretionary range", p: model.Posting{Title: "Researcher", PayText: "£44,200 - £50,100 with a discretionary range to £53,800 p.a."}, pay: "44200 53800 GBP year"},
	{name: "range then potential to progress", p: model.Posting{Title: "Officer", DescriptionText: "Salary: £36,000 to £40,200 per annum with potential to progress to £43,900 per annum."}, pay: "36000 43900 GBP year"},
	{name: "euro scale progressing to", p: model.Posting{Title: "Engineer", PayText: "€52,000 progressing to €58,500 per year"}, pay: "52000 58500 EUR year"},
	// Traps: rising words after a full stop, or with no amount after "to",
	// leave the first figure alone.
	{name: "rising sentence after a stop", p: model.Posting{Title: "Analyst", DescriptionText: "Salary £34,000. Our customer base is rising to 2 million users."}, pay: "34000 34000 GBP year"},
	{name: "progress to a role is no pay", p: model.Posting{Title: "Analyst", PayText: "£31,000 with the chance to progress to senior analyst"}, pay: "31000 31000 GBP year"},
	{name: "plain to range unchanged", p: model.Posting{Title: "Analyst", PayText: "£31,000 to £35,000 per annum"}, pay: "31000 35000 GBP year"},
}

func TestPayScaleProgression(t *testing.T) { runFieldCases(t, payScaleProgressionCases) }
