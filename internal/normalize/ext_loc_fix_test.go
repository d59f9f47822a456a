package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// extLocFixCases pin the remote, region and type fixes guided by other
// projects' own test tables (kept outside the repository), written in other
// words than those tables, each category with traps the fix must leave
// alone.
var extLocFixCases = []truthCase{
	// A remote location or hint that the description contradicts in plain
	// words: hybrid stated, an office required, a commute required.
	{name: "remote location hybrid arrangement", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "We run a hybrid arrangement for this team."}, remote: "hybrid"},
	{name: "remote hint hybrid schedule", p: model.Posting{Title: "Planner", RemoteHint: "remote", DescriptionText: "Expect a hybrid schedule once onboarding ends."}, remote: "hybrid"},
	{name: "remote location home and office work", p: model.Posting{Title: "Clerk", Locations: []string{"Remote"}, DescriptionText: "The job mixes home and office work through the week."}, remote: "hybrid"},
	{name: "remote location office plus remote working", p: model.Posting{Title: "Clerk", Locations: []string{"Remote"}, DescriptionText: "Office and remote working are both part of this job."}, remote: "hybrid"},
	{name: "remote location commutable", p: model.Posting{Title: "Buyer", Locations: []string{"Remote"}, DescriptionText: "Applicants should live within a reasonable commuting distance of Leeds."}, remote: "hybrid"},
	{name: "remote location attendance compulsory", p: model.Posting{Title: "Cashier", Locations: []string{"Remote"}, DescriptionText: "On-site attendance is compulsory."}, remote: "onsite"},
	{name: "remote location mandatory office work", p: model.Posting{Title: "Cashier", Locations: []string{"Remote"}, DescriptionText: "Mandatory in-office work at the Dayton branch."}, remote: "onsite"},
	{name: "remote location need to be at the office", p: model.Posting{Title: "Porter", Locations: []string{"Remote"}, DescriptionText: "You need to be at the Lisbon office."}, remote: "onsite"},
	// Traps: the description also calls the role remote, the office is a
	// choice or a visit, or it is a place of tools, not of work.
	{name: "fully remote with hybrid team stays remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Fully remote role; our Oslo staff work a hybrid schedule."}, remote: "remote"},
	{name: "office optional stays remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "You may work from our Austin office when you are in town."}, remote: "remote"},
	{name: "office or home stays remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Work from our office or from home, as you prefer."}, remote: "remote"},
	{name: "office visit twice a year stays remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "You must be at the Denver office twice a year for planning."}, remote: "remote"},
	{name: "virtual office tools stay remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "We use virtual office software for standups."}, remote: "remote"},
	{name: "home life balance stays remote", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "We value a balance between office work and home life."}, remote: "remote"},
	{name: "office days still hybrid", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "You must be in our office two days a week."}, remote: "hybrid"},

	// A broad place narrowed by the description's requirement.
	{name: "emea narrowed by eu right to work", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - EMEA"}, DescriptionText: "You need the right to work in the EU."}, remote: "remote", regions: "EU"},
	{name: "worldwide narrowed by us authorization", p: model.Posting{Title: "Analyst", Locations: []string{"Anywhere"}, DescriptionText: "Applicants must be authorized to work in the United States."}, remote: "remote", regions: "US"},
	{name: "nordics narrowed by residence", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Nordics"}, DescriptionText: "You must reside in Denmark."}, remote: "remote", regions: "DK"},
	{name: "two places narrowed by citizenship", p: model.Posting{Title: "Analyst", Locations: []string{"Remote (US or UK)"}, DescriptionText: "You must be a UK citizen."}, remote: "remote", regions: "GB"},
	{name: "europe narrowed by german work permit", p: model.Posting{Title: "Analyst", Locations: []string{"Remote, Europe"}, DescriptionText: "A German work permit is needed."}, remote: "remote", regions: "DE"},
	// Traps: a requirement outside the place, a team's citizenship, a
	// requirement equal to the place.
	{name: "requirement outside place keeps place", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - US"}, DescriptionText: "You must be authorized to work in the US or Canada."}, remote: "remote", regions: "US"},
	{name: "founders citizenship keeps place", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Worldwide"}, DescriptionText: "Our founders are US citizens who met in Lagos."}, remote: "remote", regions: "worldwide"},
	{name: "same requirement keeps place", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - India"}, DescriptionText: "Must be based in India."}, remote: "remote", regions: "IN"},
	{name: "office in a country keeps worldwide", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - Worldwide"}, DescriptionText: "Our main office is based in Berlin."}, remote: "remote", regions: "worldwide"},
}

func TestExtLocFixes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range extLocFixCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
