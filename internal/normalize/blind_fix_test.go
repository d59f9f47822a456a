package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// blindFixCases pin the fixes made for the blind agreement table, each with
// the trap beside it that the fix must not fire on.
var blindFixCases = []truthCase{
	// Written-out currencies need a period; a weight is not pay.
	{name: "euros an hour", p: model.Posting{Title: "Guide", PayText: "35 euros an hour"}, pay: "35 35 EUR hour"},
	{name: "lifting pounds", p: model.Posting{Title: "Mover", DescriptionText: "You can lift 50 pounds and work 8 hours a day."}, pay: "-"},
	{name: "rupees per month", p: model.Posting{Title: "Intern", DescriptionText: "Stipend of 15000 rupees per month."}, pay: "15000 15000 INR month"},
	// Pay periods in other languages.
	{name: "par mois", p: model.Posting{Title: "Stagiaire", PayText: "1 200 € par mois"}, pay: "1200 1200 EUR month"},
	{name: "pro Stunde", p: model.Posting{Title: "Aushilfe", PayText: "15 € pro Stunde"}, pay: "15 15 EUR hour"},
	// A code before a dollar sign names it; a plain dollar is local.
	{name: "code before dollar", p: model.Posting{Title: "Analista", PayText: "MXN $25,000 al mes"}, pay: "25000 25000 MXN month"},
	{name: "plain dollar in Toronto", p: model.Posting{Title: "Analyst", Locations: []string{"Toronto, ON"}, PayText: "$70,000 - $80,000"}, pay: "70000 80000 CAD year"},
	{name: "US dollars in Toronto", p: model.Posting{Title: "Analyst", Locations: []string{"Toronto, ON"}, PayText: "US$70,000"}, pay: "70000 70000 USD year"},
	{name: "plain dollar remote from Toronto", p: model.Posting{Title: "Analyst", Locations: []string{"Toronto, ON"}, RemoteHint: "remote", PayText: "$70,000"}, pay: "70000 70000 USD year"},
	{name: "plain dollar in Boston", p: model.Posting{Title: "Analyst", Locations: []string{"Boston, MA"}, PayText: "$70,000"}, pay: "70000 70000 USD year"},
	// A spoiling noun ends with its line: a list item about grants does not
	// spoil the pay on the next line.
	{name: "grant item then pay line", p: model.Posting{Title: "Intern", DescriptionText: "- a report on the grant pipeline\nWe pay $300 for about 12 hours of work."}, pay: "300 300 USD project"},
	{name: "grant amount same line", p: model.Posting{Title: "Intern", DescriptionText: "We won a research grant worth $300 last year."}, pay: "-"},
	// Product prices are not pay.
	{name: "subscription price", p: model.Posting{Title: "Support", DescriptionText: "Subscriptions from $12/month per user."}, pay: "-"},
	// Type: denied contract, contract work as a duty, interim, freelancers.
	{name: "not a temporary role", p: model.Posting{Title: "Clerk", DescriptionText: "A permanent, full-time position, not a temporary role."}, jobType: "full_time"},
	{name: "contracts administrator", p: model.Posting{Title: "Contracts Administrator"}, jobType: "unknown"},
	{name: "contract title still contract", p: model.Posting{Title: "Contract Data Analyst"}, jobType: "contract"},
	{name: "partner with freelancers", p: model.Posting{Title: "Illustrator", DescriptionText: "We partner with freelancers for every book cover."}, jobType: "contract"},
	{name: "locum title", p: model.Posting{Title: "Locum GP"}, jobType: "contract"},
	// Remote: weekdays in office, workplaces, denials, remote compounds.
	{name: "office days slash week", p: model.Posting{Title: "Analyst", Locations: []string{"Denver, CO"}, DescriptionText: "You'll be in office 3 days/week."}, remote: "hybrid"},
	{name: "based at our plant", p: model.Posting{Title: "Technician", Locations: []string{"Gary, IN"}, DescriptionText: "The role is based at our Gary plant."}, remote: "onsite"},
	{name: "cannot offer remote", p: model.Posting{Title: "Baker", Locations: []string{"Remote"}, DescriptionText: "Sorry, we cannot offer remote work for this role."}, remote: "onsite"},
	{name: "remote monitoring title", p: model.Posting{Title: "Remote Monitoring Technician", Locations: []string{"Tulsa, OK"}}, remote: "unknown"},
	{name: "wfh on mondays perk", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds, UK"}, DescriptionText: "In-office role; you may work from home on Mondays."}, remote: "onsite"},
	{name: "title opening with the portuguese remote word", p: model.Posting{Title: "Teletrabalho Brasil - Suporte Técnico"}, remote: "remote"},
	{name: "title opening with the spanish remote word", p: model.Posting{Title: "Remoto Analista de Datos Jr"}, remote: "remote"},
	{name: "long title opening with remote", p: model.Posting{Title: "Remote Product Management Micro-Internship", Locations: []string{"Berlin, Germany"}}, remote: "remote"},
	{name: "registration fee is no pay", p: model.Posting{Title: "Assistant", DescriptionText: "First you pay a registration fee of $85 for your starter kit."}, pay: "-"},
	// Regions: place-only title segments, X only, international applicants.
	{name: "title segment region", p: model.Posting{Title: "Support Agent | LATAM | Remote"}, remote: "remote", regions: "LATAM"},
	{name: "germany only", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Germany only, sorry."}, regions: "DE"},
	{name: "spanish only is a language", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Content in Spanish only."}, regions: "none"},
	{name: "international applicants encouraged", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "International applicants encouraged."}, regions: "worldwide"},
}

func TestBlindFixes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range blindFixCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
