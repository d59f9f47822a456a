package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hireChannelAbroadCases pin region_hire_channel_abroad.go: a hiring channel in places
// outside the listing's own region widens it; traps where it must not.
var hireChannelAbroadCases = []truthCase{
	{name: "contractor channel in two countries beside the US", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US)"},
		DescriptionText: "For people outside the US we engage contractors in Chile and Peru via Remote.com."}, regions: "US,CL,PE"},
	{name: "freelancers in one country beside Canada", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Canada"},
		DescriptionText: "We also engage freelancers in Kenya for this team."}, regions: "CA,KE"},
	{name: "b2b contractors beside a UK label", p: model.Posting{Title: "Analyst", Locations: []string{"Remote, UK"},
		DescriptionText: "We hire B2B contractors in Poland and Romania."}, regions: "GB,PL,RO"},
	{name: "trap: a place inside the label is no second channel", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Europe"},
		DescriptionText: "We hire contractors in Portugal."}, regions: "PT"},
	{name: "trap: our people there are no hiring", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US)"},
		DescriptionText: "Our contractors in Brazil run support at night."}, regions: "US"},
	{name: "trap: a denied channel adds nothing", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US)"},
		DescriptionText: "We do not hire contractors in Brazil."}, regions: "US"},
	{name: "trap: an if clause adds nothing", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US)"},
		DescriptionText: "If we hire contractors in Brazil later, we will post again."}, regions: "US"},
}

func TestHireChannelAbroadCases(t *testing.T) {
	runFieldCases(t, hireChannelAbroadCases)
}
