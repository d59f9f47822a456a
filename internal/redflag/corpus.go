package redflag

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// ScamTemplateReuse is the cross-listing flag: it is raised by comparing
// listings (CorpusFlags), never by Assess on one listing alone.
const ScamTemplateReuse = "SCAM_TEMPLATE_REUSE"

// corpusRules are the rules raised across listings; Rules and Lookup list
// them after the per-listing rules.
var corpusRules = []RuleInfo{
	{ScamTemplateReuse, model.FamilyScam, model.SeverityHigh,
		"The same ad text or company profile appears under other employers' names, or an employer with no profile posts the same text in many places: fake ads spread by copying real ones."},
}

// Thresholds of the cross-listing signals.
const (
	// corpusNearBits is how many SimHash bits two texts may differ in and
	// still be one template: wider than the store's 3-bit duplicate
	// threshold, since copied ads swap titles, amounts and links (two
	// unrelated texts differ in about 32 bits; 12 or fewer happens by
	// chance about once in ten million pairs).
	corpusNearBits = 12
	// minReuseText and minReuseInfo are the shortest texts and profiles
	// compared: short texts ("Apply on our site") collide by nature.
	minReuseText = 400
	minReuseInfo = 200
	// minNoProfileRepeats is how many near-identical listings one employer
	// without a profile must post before it is flagged.
	minNoProfileRepeats = 3
	// maxOthers bounds the other listings named in one flag.
	maxOthers = 5
)

// CorpusEntry is what the cross-listing signals need of one listing. The
// caller fills the SimHashes and the company key (normalize.TextSimHash and
// normalize.CompanyKey) so that this package stays free of normalize.
type CorpusEntry struct {
	ID, Source, URL, Title string
	Company                string // the employer name as given
	CompanyKey             string // normalized name; empty when there is none
	TextSim                uint64 // SimHash of the listing text (0: none)
	TextLen                int    // length of the text in bytes
	InfoSim                uint64 // SimHash of the company profile (0: none)
	InfoLen                int    // length of the profile in bytes
	Fingerprint            string // same-opportunity fingerprint, if any
	// Identified says something beside the name identifies the employer:
	// a profile, its website, or a careers board of its own (see
	// Identified).
	Identified bool
}

// Identified reports whether a listing's employer is identified by more
// than a name: a company profile or website, or a listing or apply address
// on an applicant-tracking system or on a host carrying the name.
func Identified(company, companyInfo, companyURL, url, applyURL string) bool {
	if strings.TrimSpace(companyInfo) != "" || strings.TrimSpace(companyURL) != "" {
		return true
	}
	return ownBoard(alnum(company), url, applyURL)
}

func near(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= corpusNearBits
}

// reuseFinding collects, for one listing, why it is flagged.
type reuseFinding struct {
	otherNames  []int // near-duplicate text under another employer's name
	copiedInfo  []int // near-duplicate profile under another name
	noProfileGo []int // same employer, no profile, same text elsewhere
}

// CorpusFlags compares the listings with each other and returns the
// SCAM_TEMPLATE_REUSE flag of every listing it applies to, keyed by id:
//
//   - the same ad text (near-duplicate SimHash, at least minReuseText long)
//     under two different employer names (high);
//   - an employer profile that is a near copy of another employer's (high);
//   - one employer with no profile (nothing but its name identifies it)
//     posting the same text at least minNoProfileRepeats times (medium).
//
// Legitimate repeats are left apart: one employer (same company key)
// posting one text on several boards (cross-source duplicates) or in
// several cities with its own profile. Listings without an employer name
// take part only in the third signal (there is no name to differ). The
// result depends only on the set of entries, not their order.
func CorpusFlags(es []CorpusEntry) map[string]model.Flag {
	find := make([]reuseFinding, len(es))
	// Compact views of what the pair loop reads: company keys as numbers
	// (0: no name), SimHashes zeroed when the text or profile is too short.
	keys := make([]int32, len(es))
	texts := make([]uint64, len(es))
	infos := make([]uint64, len(es))
	ident := make([]bool, len(es))
	ids := map[string]int32{}
	for i := range es {
		e := &es[i]
		if e.CompanyKey != "" {
			k, ok := ids[e.CompanyKey]
			if !ok {
				k = int32(len(ids) + 1)
				ids[e.CompanyKey] = k
			}
			keys[i] = k
		}
		if e.TextLen >= minReuseText {
			texts[i] = e.TextSim
		}
		if e.InfoLen >= minReuseInfo {
			infos[i] = e.InfoSim
		}
		ident[i] = e.Identified
	}
	for i := range es {
		ka, ta, ia := keys[i], texts[i], infos[i]
		for j := i + 1; j < len(es); j++ {
			kb := keys[j]
			differ := ka != 0 && kb != 0 && ka != kb
			if near(ta, texts[j]) {
				switch {
				case differ:
					find[i].otherNames = append(find[i].otherNames, j)
					find[j].otherNames = append(find[j].otherNames, i)
				case ka == kb && !ident[i] && !ident[j]:
					find[i].noProfileGo = append(find[i].noProfileGo, j)
					find[j].noProfileGo = append(find[j].noProfileGo, i)
				}
			}
			if differ && near(ia, infos[j]) {
				find[i].copiedInfo = append(find[i].copiedInfo, j)
				find[j].copiedInfo = append(find[j].copiedInfo, i)
			}
		}
	}
	out := map[string]model.Flag{}
	for i := range es {
		f := find[i]
		var others []int
		var why string
		sev := model.SeverityHigh
		evidence := structural(FieldText)
		switch {
		case len(f.otherNames) > 0:
			others, why = f.otherNames, "same text under other employer names"
		case len(f.copiedInfo) > 0:
			others, why = f.copiedInfo, "company profile copied from another employer"
			evidence = structural(FieldCompanyInfo)
		case len(f.noProfileGo)+1 >= minNoProfileRepeats:
			others, why = f.noProfileGo, "same text posted in many places by an employer with no profile"
			sev = model.SeverityMedium
		default:
			continue
		}
		fl := model.Flag{ID: ScamTemplateReuse, Family: model.FamilyScam, Severity: sev,
			Reason:   corpusRules[0].Reason + " Here: " + why + ".",
			Evidence: evidence}
		for _, j := range sortedOthers(es, others) {
			o := &es[j]
			fl.Others = append(fl.Others, model.Link{Source: o.Source, URL: o.URL, ID: o.ID, Company: o.Company, Title: o.Title})
		}
		if n := len(others) - len(fl.Others); n > 0 {
			fl.Reason += fmt.Sprintf(" (%d more not listed)", n)
		}
		out[es[i].ID] = fl
	}
	return out
}

// sortedOthers orders the other listings by id (stable whatever the input
// order) and keeps at most maxOthers.
func sortedOthers(es []CorpusEntry, idx []int) []int {
	idx = slices.Clone(idx)
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(es[a].ID, es[b].ID) })
	return idx[:min(len(idx), maxOthers)]
}

// ApplyCorpus adds the cross-listing flags to the listings they belong to
// (replacing an earlier SCAM_TEMPLATE_REUSE) and recomputes their risk.
// Disabled rules and severity overrides of the engine apply.
func (e *Engine) ApplyCorpus(ls []*model.Listing, flags map[string]model.Flag) {
	for _, l := range ls {
		if l == nil {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(l.Flags), func(f model.Flag) bool { return f.ID == ScamTemplateReuse })
		if f, ok := flags[l.ID]; ok && !e.disabled[ScamTemplateReuse] {
			if o, ok := e.severity[ScamTemplateReuse]; ok {
				f.Severity = o
			}
			kept = append(kept, f)
		}
		if kept == nil {
			kept = []model.Flag{}
		}
		SortFlags(kept)
		l.Flags = kept
		l.Risk = Risk(kept)
	}
}
