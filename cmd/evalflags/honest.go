package main

import (
	"fmt"
	"strings"

	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/redflag"
)

// neutralNames gives every EMSCAD ad an employer name that says nothing:
// one name per distinct company profile ("Employer 3"), and its own name
// for an ad without a profile. A crawled listing always carries a name
// (its board's), so a rule that fires on a missing name would not fire on
// one; scoring with these names measures what the rules catch otherwise.
func neutralNames(rows []emscadRow) map[string]string {
	byProfile := map[string]string{}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		prof := strings.TrimSpace(r.Posting.CompanyInfo)
		if prof == "" {
			out[r.ID] = "Employer J" + r.ID
			continue
		}
		name, ok := byProfile[prof]
		if !ok {
			name = fmt.Sprintf("Employer P%d", len(byProfile)+1)
			byProfile[prof] = name
		}
		out[r.ID] = name
	}
	return out
}

// assessCorpus normalizes and assesses every row (with neutral employer
// names when named) and then adds the cross-listing flags, the whole
// sample being one corpus.
func assessCorpus(rows []emscadRow, named bool, eng *redflag.Engine) []*model.Listing {
	names := map[string]string{}
	if named {
		names = neutralNames(rows)
	}
	ls := make([]*model.Listing, len(rows))
	for i, r := range rows {
		p := r.Posting
		p.Company = names[r.ID]
		ls[i] = assess(p, eng)
	}
	eng.ApplyCorpus(ls, redflag.CorpusFlags(ingest.CorpusEntries(ls)))
	return ls
}

// results pairs the rows of one part with their assessed listings.
func results(rows []emscadRow, ls []*model.Listing, part splitPart) []listingResult {
	out := make([]listingResult, 0, len(rows))
	for i, r := range rows {
		if part.includes(r.ID) {
			out = append(out, listingResult{ID: r.ID, Fraud: r.Fraudulent, Flags: ls[i].Flags, Risk: ls[i].Risk})
		}
	}
	return out
}

// agreement is Cohen's kappa of one flag (or family) against the
// reviewers' labels: per example, did the flag fire (anywhere) and did the
// reviewers label it.
type agreement struct {
	ID       string  `json:"id"`
	Both     int     `json:"both"`
	OnlyOurs int     `json:"only_ours"`
	OnlyGold int     `json:"only_reviewers"`
	Neither  int     `json:"neither"`
	GoldYes  int     `json:"reviewer_yes"`
	Kappa    float64 `json:"kappa"`
	Defined  bool    `json:"defined"` // false when chance agreement is total
}

// agreementIDs are the flags (and the vague family) agreement is reported
// for: the ones the issue names, whether or not the labels have them.
var agreementIDs = []string{redflag.ScamPersonalData, redflag.ScamPressure, redflag.ScamTooGoodPay, "VAGUE (any)", redflag.Unpaid}

// agreements scores agreementIDs over the labelled examples.
func agreements(cases []caseResult) []agreement {
	out := make([]agreement, 0, len(agreementIDs))
	for _, id := range agreementIDs {
		match := func(flag string) bool { return canonical(flag) == id }
		if id == "VAGUE (any)" {
			match = func(flag string) bool { return strings.HasPrefix(flag, "VAGUE_") }
		}
		a := agreement{ID: id}
		for i := range cases {
			c := &cases[i]
			gold, ours := false, false
			for _, g := range c.Gold {
				gold = gold || match(g.Flag)
			}
			for _, f := range c.Pred {
				ours = ours || match(f.ID)
			}
			switch {
			case gold && ours:
				a.Both++
			case ours:
				a.OnlyOurs++
			case gold:
				a.OnlyGold++
			default:
				a.Neither++
			}
		}
		a.GoldYes = a.Both + a.OnlyGold
		a.Kappa, a.Defined = cohenKappa(a.Both, a.OnlyOurs, a.OnlyGold, a.Neither)
		out = append(out, a)
	}
	return out
}

// cohenKappa is (po - pe) / (1 - pe) for a 2x2 table; undefined when
// chance agreement pe is 1 (both raters said the same thing every time).
func cohenKappa(both, onlyA, onlyB, neither int) (float64, bool) {
	n := float64(both + onlyA + onlyB + neither)
	if n == 0 {
		return 0, false
	}
	po := float64(both+neither) / n
	aYes, bYes := float64(both+onlyA)/n, float64(both+onlyB)/n
	pe := aYes*bYes + (1-aYes)*(1-bYes)
	if pe >= 1 {
		return 0, false
	}
	return (po - pe) / (1 - pe), true
}

// exampleCount is the number of labelled examples behind the agreement.
func exampleCount(rep report) int {
	if len(rep.Agreement) == 0 {
		return 0
	}
	a := rep.Agreement[0]
	return a.Both + a.OnlyOurs + a.OnlyGold + a.Neither
}

func (p splitPart) String() string {
	switch p {
	case splitDesign:
		return "design"
	case splitHeld:
		return "held"
	}
	return "all"
}
