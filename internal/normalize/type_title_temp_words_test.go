package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleTempWordCases pin type_title_temp_words.go: the Dutch "tijdelijk",
// the Nordic "vikariat" and a leading "PT" before an hourly job noun in a
// title; with traps: the words inside longer ones, "PT" for a physical
// therapist, a PE teacher, an Indonesian company or Portugal.
var titleTempWordCases = []truthCase{
	{name: "dutch temporary in brackets", p: model.Posting{Title: "Logistiek medewerker (tijdelijk)"}, jobType: "contract"},
	{name: "dutch temporary adjective first", p: model.Posting{Title: "Tijdelijke kassamedewerker"}, jobType: "contract"},
	{name: "dutch temporary alone", p: model.Posting{Title: "Tijdelijk"}, jobType: "contract"},
	{name: "swedish substitute post after a comma", p: model.Posting{Title: "Förskollärare, vikariat"}, jobType: "contract"},
	{name: "substitute post first", p: model.Posting{Title: "Vikariat som sjuksköterska"}, jobType: "contract"},
	{name: "danish parental leave cover", p: model.Posting{Title: "Barselsvikariat - bogholder"}, jobType: "contract"},
	{name: "pt before barista", p: model.Posting{Title: "PT Barista"}, jobType: "part_time"},
	{name: "pt before a two-word noun", p: model.Posting{Title: "PT Sales Associate - Mall Store"}, jobType: "part_time"},
	{name: "pt before a lower-case noun", p: model.Posting{Title: "PT dishwasher"}, jobType: "part_time"},

	{name: "trap: dutch temporary and part-time together", p: model.Posting{Title: "Tijdelijk, deeltijd: receptionist"}, jobType: "unknown"},
	{name: "trap: tijdelijkheid is a noun in a longer word", p: model.Posting{Title: "Adviseur tijdelijkheidsregeling"}, jobType: "unknown"},
	{name: "trap: vikarie is not the post word", p: model.Posting{Title: "Vikariepool koordinator"}, jobType: "unknown"},
	{name: "trap: pt for a physical therapist", p: model.Posting{Title: "PT Clinic Director"}, jobType: "unknown"},
	{name: "trap: pt before teacher", p: model.Posting{Title: "PT Teacher for Grade 6"}, jobType: "unknown"},
	{name: "trap: an indonesian company", p: model.Posting{Title: "PT Sinar Jaya - Staff Gudang"}, jobType: "unknown"},
	{name: "trap: pt at the end", p: model.Posting{Title: "Barista Lisboa PT"}, jobType: "unknown"},
	{name: "trap: lower-case pt is not the tag", p: model.Posting{Title: "Pt Barista"}, jobType: "unknown"},
	{name: "trap: pt inside a word", p: model.Posting{Title: "PTBarista Lead"}, jobType: "unknown"},
}

func TestTitleTempWordCases(t *testing.T) { runFieldCases(t, titleTempWordCases) }
