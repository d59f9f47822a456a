package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// noteFarEndCases pin a currency-less pay field whose range has the period
// after each end (barepay_note_far_end.go). Traps: a far end of another
// period, a far end too large for the period, a far end glued to a word,
// and a single amount followed by a note.
var noteFarEndCases = []truthCase{
	{name: "slash-h at both ends", p: model.Posting{Title: "Bar Staff", PayText: "17/h - 21/h"}, pay: "17 21 USD hour"},
	{name: "ph at both ends joined by to", p: model.Posting{Title: "Bar Staff", PayText: "13 ph to 15.5 ph"}, pay: "13 15.5 USD hour"},
	{name: "per day at both ends with a note", p: model.Posting{Title: "Site Labourer", PayText: "210 per day - 260 per day, negotiable"}, pay: "210 260 USD day"},
	{name: "glued slash-wk ends", p: model.Posting{Title: "Driver", PayText: "650/wk-720/wk"}, pay: "650 720 USD week"},

	{name: "trap: far end of another period", p: model.Posting{Title: "Bar Staff", PayText: "17/h - 150/day"}, pay: "17 17 USD hour"},
	{name: "trap: far end too large for an hour", p: model.Posting{Title: "Bar Staff", PayText: "17/h - 1700/h"}, pay: "17 17 USD hour"},
	{name: "trap: far end glued to a word", p: model.Posting{Title: "Bar Staff", PayText: "17/h - 21/hotel"}, pay: "17 17 USD hour"},
	{name: "trap: single amount with a note", p: model.Posting{Title: "Bar Staff", PayText: "17/h + tips"}, pay: "17 17 USD hour"},
}

func TestNoteFarEndCases(t *testing.T) { runFieldCases(t, noteFarEndCases) }
