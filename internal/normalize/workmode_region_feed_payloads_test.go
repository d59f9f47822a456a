package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// feedModeRegionCases: work mode and region as ATS and job-feed payloads give them
// (workmode_feed_payload_words.go, region_stated_country_town.go), each beside traps that keep the
// readings they had.
var feedModeRegionCases = []truthCase{
	// A town that has a namesake abroad, then the country it is in.
	{name: "namesake town then its country", p: remotePost("Kochi, Japan"), regions: "JP"},
	{name: "namesake town then its country, hybrid office", p: model.Posting{Title: "Analyst", RemoteHint: "Hybrid", Locations: []string{"Hyderabad, Pakistan"}}, regions: "PK"},
	{name: "indian state then the india code", p: remotePost("Kerala, IN"), regions: "IN"},
	{name: "trap: a us town then the indiana code", p: remotePost("Fort Wayne, IN"), regions: "US"},
	{name: "trap: two countries with a comma", p: remotePost("Remote - Mexico, Canada"), regions: "MX,CA"},
	{name: "trap: remote then delaware", p: remotePost("Remote, DE"), regions: "US"},
	{name: "trap: a town alone", p: remotePost("Hyderabad"), regions: "IN"},
	// South Slavic work-mode words.
	{name: "croatian work from home", p: model.Posting{Title: "Računovođa", DescriptionText: "Nudimo rad od kuće i fleksibilno radno vrijeme."}, remote: "remote"},
	{name: "serbian work at a distance", p: model.Posting{Title: "Programer", DescriptionText: "Posao na daljinu, puno radno vreme."}, remote: "remote"},
	{name: "slovenian hybrid beats home", p: model.Posting{Title: "Svetovalec", DescriptionText: "Hibridni način: tri dni delo od doma, dva v pisarni."}, remote: "hybrid"},
	{name: "trap: slovenian denial of home work", p: model.Posting{Title: "Skladiščnik", DescriptionText: "Žal ni dela od doma."}, remote: "!remote"},
	// Spanish on-site plural and a hybrid title.
	{name: "spanish on-site classes plural", p: model.Posting{Title: "Profesor de Inglés", DescriptionText: "Clases presenciales en nuestra academia de Lima."}, remote: "onsite"},
	{name: "spanish hybrid title", p: model.Posting{Title: "Analista Contable Híbrido - Bogotá"}, remote: "hybrid"},
	{name: "trap: hybrid cloud title", p: model.Posting{Title: "Arquitecto de Nube Híbrida"}, remote: "!hybrid"},
	// "Home base" at the head of a location field.
	{name: "home base singular then a region", p: model.Posting{Title: "Support Lead", Locations: []string{"Home base - APAC"}}, remote: "remote", regions: "APAC"},
	{name: "homebased in one word", p: model.Posting{Title: "Support Lead", Locations: []string{"Homebased, Ireland"}}, remote: "remote", regions: "IE"},
	{name: "trap: a shop's name", p: model.Posting{Title: "Store Assistant", Locations: []string{"Homebase Leeds"}}, remote: "!remote"},
	// Days at home in a short field.
	{name: "wfh days in a location", p: model.Posting{Title: "Analyst", Locations: []string{"Pune | WFH days twice a week"}}, remote: "hybrid"},
	{name: "remote days in the remote field", p: model.Posting{Title: "Analyst", RemoteHint: "Remote days available", Locations: []string{"Leeds"}}, remote: "hybrid"},
	{name: "trap: fully remote location", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Anywhere"}}, remote: "remote"},
}

func TestFeedModeRegionCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range feedModeRegionCases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.remote == "!remote" || tc.remote == "!hybrid" {
				l := Normalize(&tc.p, opts)
				if string(l.Remote) == tc.remote[1:] {
					t.Errorf("remote = %s, want anything else", l.Remote)
				}
				return
			}
			checkTruthCase(t, tc, opts)
		})
	}
}
