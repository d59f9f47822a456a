package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// locationFreeCases pin remote_location_free.go: a role free of any place
// is remote and open everywhere. Traps: "location-independent" before no
// job word, hiring from anywhere inside a named country or outside one,
// and a denial of such hiring that does not end the clause.
var locationFreeCases = []truthCase{
	{name: "location-independent role", p: model.Posting{Title: "Copy Editor", DescriptionText: "A location-independent role on our editorial team."}, remote: "remote", regions: "worldwide"},
	{name: "position is fully location independent", p: model.Posting{Title: "Copy Editor", DescriptionText: "This position is fully location independent. You will edit weekly newsletters."}, remote: "remote", regions: "worldwide"},
	{name: "we hire from anywhere", p: model.Posting{Title: "Copy Editor", DescriptionText: "Our team spans nine time zones and we hire from anywhere."}, remote: "remote", regions: "worldwide"},
	{name: "hiring anywhere in the world", p: model.Posting{Title: "Copy Editor", DescriptionText: "Hiring anywhere in the world, pay in USD."}, remote: "remote", regions: "worldwide"},
	{name: "trap: independent pricing", p: model.Posting{Title: "Pricing Analyst", DescriptionText: "You will model location-independent pricing for our plans."}, remote: "unknown", regions: "none"},
	{name: "trap: anywhere inside a country", p: model.Posting{Title: "Copy Editor", DescriptionText: "We hire from anywhere in Canada."}, remote: "unknown", regions: "none"}, // no mode, so no scope: not worldwide
	{name: "trap: anywhere outside a region", p: model.Posting{Title: "Copy Editor", DescriptionText: "We cannot hire from anywhere outside the office's city."}, remote: "unknown", regions: "none"},
}

func TestLocationFreeCases(t *testing.T) {
	runFieldCases(t, locationFreeCases)
}
