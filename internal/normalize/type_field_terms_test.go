package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldTermCases: employment-type fields, titles and descriptions naming
// working time, term and Brazilian regime, in our own words, with traps.
var fieldTermCases = []truthCase{
	// German hours with a term.
	{name: "vollzeit comma befristet", p: model.Posting{Title: "Lagerist", EmploymentType: "Vollzeit, befristet"}, jobType: "contract"},
	{name: "teilzeit with unbefristet in brackets", p: model.Posting{Title: "Lagerist", EmploymentType: "Teilzeit (unbefristet)"}, jobType: "part_time"},
	{name: "teilzeit slash befristet", p: model.Posting{Title: "Lagerist", EmploymentType: "Teilzeit / befristet"}, jobType: "contract"},
	{name: "trap: vollzeit unbefristet stays full-time", p: model.Posting{Title: "Lagerist", EmploymentType: "Vollzeit (unbefristet)"}, jobType: "full_time"},
	{name: "trap: unbefristet alone stays full-time", p: model.Posting{Title: "Lagerist", EmploymentType: "Unbefristet"}, jobType: "full_time"},

	// Swedish, Danish and Norwegian words.
	{name: "heltid", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Heltid"}, jobType: "full_time"},
	{name: "deltid", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Deltid"}, jobType: "part_time"},
	{name: "danish fuldtid", p: model.Posting{Title: "Lagermedarbejder", EmploymentType: "Fuldtid"}, jobType: "full_time"},
	{name: "tillsvidare", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Tillsvidareanställning"}, jobType: "full_time"},
	{name: "deltid with tillsvidare", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Deltid, tillsvidare"}, jobType: "part_time"},
	{name: "sommarjobb", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Sommarjobb"}, jobType: "contract"},
	{name: "heltid with a summer job", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Heltid, sommarjobb"}, jobType: "contract"},
	{name: "uppdrag in a type field", p: model.Posting{Title: "Konsult", EmploymentType: "Uppdrag"}, jobType: "contract"},
	{name: "trap: deltid with visstid stays a contract", p: model.Posting{Title: "Lagerarbetare", EmploymentType: "Deltid, visstid"}, jobType: "contract"},
	{name: "trap: uppdrag in text is a task", p: model.Posting{Title: "Lagerarbetare", DescriptionText: "Ditt uppdrag blir att packa order."}, jobType: "unknown"},

	// Brazilian regimes.
	{name: "clt in a type field", p: model.Posting{Title: "Analista", EmploymentType: "CLT"}, jobType: "full_time"},
	{name: "pj in a type field", p: model.Posting{Title: "Analista", EmploymentType: "PJ"}, jobType: "contract"},
	{name: "freela in a type field", p: model.Posting{Title: "Analista", EmploymentType: "Freela"}, jobType: "contract"},
	{name: "clt ending a title", p: model.Posting{Title: "Analista de Dados CLT"}, jobType: "full_time"},
	{name: "clt starting a title", p: model.Posting{Title: "CLT Analista de Dados Pleno"}, jobType: "full_time"},
	{name: "pj in brackets in a title", p: model.Posting{Title: "Engenheiro de Dados (PJ)"}, jobType: "contract"},
	{name: "pessoa juridica in a title", p: model.Posting{Title: "Analista pessoa jurídica"}, jobType: "contract"},
	{name: "freela in a title", p: model.Posting{Title: "Designer Freela"}, jobType: "contract"},
	{name: "contratacao clt in text", p: model.Posting{Title: "Analista", DescriptionText: "Contratação CLT com vale-refeição."}, jobType: "full_time"},
	{name: "regime pj in text", p: model.Posting{Title: "Analista", DescriptionText: "A vaga é em regime PJ, 100% remoto."}, jobType: "contract"},
	{name: "pj contract in english text", p: model.Posting{Title: "Analyst", DescriptionText: "The role is a PJ contract paid monthly."}, jobType: "contract"},
	{name: "trap: cross-laminated timber", p: model.Posting{Title: "CLT Panel Installer"}, jobType: "unknown"},
	{name: "trap: clt inside a word", p: model.Posting{Title: "CLTX Platform Engineer"}, jobType: "unknown"},
	{name: "trap: pj in the middle of a title", p: model.Posting{Title: "Senior PJ Harvey Archivist"}, jobType: "unknown"},
	{name: "trap: clt in text with no hiring word", p: model.Posting{Title: "Analyst", DescriptionText: "We build CLT structures for schools."}, jobType: "unknown"},

	// Swedish working time in titles.
	{name: "pa deltid in a title", p: model.Posting{Title: "Butikssäljare på deltid"}, jobType: "part_time"},
	{name: "heltid after a dash in a title", p: model.Posting{Title: "Lagerarbetare – heltid i Göteborg"}, jobType: "full_time"},
	{name: "trap: heltid or deltid is either", p: model.Posting{Title: "Lagerarbetare heltid eller deltid"}, jobType: "unknown"},

	// Temp as the first word.
	{name: "temp assignment", p: model.Posting{Title: "Receptionist", EmploymentType: "Temp Assignment"}, jobType: "contract"},
	{name: "temp position", p: model.Posting{Title: "Receptionist", EmploymentType: "Temp position"}, jobType: "contract"},
	{name: "trap: a template field is no temp", p: model.Posting{Title: "Receptionist", EmploymentType: "Template role"}, jobType: "unknown"},
}

func TestFieldTermTypes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldTermCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestFieldTermTypesLong reads the description cases past minGuardedText.
func TestFieldTermTypesLong(t *testing.T) {
	filler := strings.Repeat("Vi bygger verktyg för små butiker och deras lager. ", 12) + "\n"
	checkLongCases(t, filler, func(t *testing.T, tc truthCase, opts Options) { checkTruthCase(t, tc, opts) }, fieldTermCases)
}

func FuzzFieldTermTypes(f *testing.F) {
	for _, tc := range fieldTermCases {
		f.Add(tc.p.EmploymentType + "|" + tc.p.Title + "|" + tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := map[model.JobType]bool{model.TypeUnknown: true, model.TypeFullTime: true, model.TypePartTime: true, model.TypeContract: true}
		for _, got := range []model.JobType{fieldTermType(s), titleRegimeType(s), bodyRegimeType(s), regimeToken(s)} {
			if !valid[got] {
				t.Errorf("%q: type %q", s, got)
			}
		}
		if len(s) > 80 && fieldTermType(s) != model.TypeUnknown {
			t.Errorf("%q: a long field read", s)
		}
	})
}
