package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareKMonthCases pin the fix guided by the thirty-fourth round's part l
// (other projects' own salary tests, kept outside the repository and scored
// with TestAgreementOutside), in other words than those tests: a pay field
// of nothing but thousands with a k, no currency and no period, is a
// month's pay in the money of a place quoted by the month, and stays
// unread where the period cannot be told or a thousand is too little.
var bareKMonthCases = []truthCase{
	{name: "brazilian k range is reais a month", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "4k-6k"}, pay: "4000 6000 BRL month"},
	{name: "decimal comma before the k", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "3,5k – 4,2k"}, pay: "3500 4200 BRL month"},
	{name: "portuguese range word", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "6k a 9k"}, pay: "6000 9000 BRL month"},
	{name: "k shared by both ends in poland", p: model.Posting{Title: "Magazynier", Locations: []string{"Wrocław, Poland"}, PayText: "4-7k"}, pay: "4000 7000 PLN month"},
	{name: "single k amount in china", p: model.Posting{Title: "测试工程师", Locations: []string{"Chengdu, China"}, PayText: "12K"}, pay: "12000 12000 CNY month"},
	{name: "indian k stipend within the month ceiling", p: model.Posting{Title: "Design Intern", Locations: []string{"Indore, India"}, PayText: "6k-9k"}, pay: "6000 9000 INR month"},
	{name: "trap: american k range says no period", p: model.Posting{Title: "Support Analyst", Locations: []string{"Tulsa, OK"}, PayText: "4k-6k"}},
	{name: "trap: no place says no money", p: model.Posting{Title: "Support Analyst", PayText: "4k-6k"}},
	{name: "trap: colombian pesos in thousands are no month's pay", p: model.Posting{Title: "Analista", Locations: []string{"Medellín, Colombia"}, PayText: "4k-6k"}},
	{name: "trap: a retirement plan is no pay", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "401k"}},
	{name: "trap: a count with k is no pay", p: model.Posting{Title: "Social Media", Locations: []string{"Curitiba, PR"}, PayText: "4k followers"}},
	{name: "trap: a stated year stays a year", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "40k-60k per year"}, pay: "40000 60000 BRL year"},
	{name: "trap: bare numbers without k stay unread", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "4000 - 6000"}},
	{name: "trap: a low end too far from the k end", p: model.Posting{Title: "Magazynier", Locations: []string{"Wrocław, Poland"}, PayText: "300-8k"}},
	{name: "trap: far above a month's pay", p: model.Posting{Title: "Analista de Suporte", Locations: []string{"Curitiba, PR"}, PayText: "400k-900k"}, pay: "400000 900000 BRL year"},
}

func TestBareKMonthCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareKMonthCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
