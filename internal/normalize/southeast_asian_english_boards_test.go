package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// southeastAsianEnglishCases pin South-East Asian boards in English:
// Vietnamese pay fields in millions of dong with a capital M
// (pay_vn_million.go), Ho Chi Minh City and Da Nang as Vietnamese
// boards spell them (regions_vietnam_cities.go), and "permanent WFH" in a
// description (remote.go's bodyRemote). Written for this project.
var southeastAsianEnglishCases = []truthCase{
	{name: "vn M ceiling", p: model.Posting{Title: "Backend Developer", Locations: []string{"Hà Nội"}, PayText: "Up to 35M"}, pay: "3.5e+07 3.5e+07 VND month"},
	{name: "vn M range", p: model.Posting{Title: "Data Engineer", Locations: []string{"Ho Chi Minh City"}, PayText: "25M - 45M"}, pay: "2.5e+07 4.5e+07 VND month"},
	{name: "vn M alone", p: model.Posting{Title: "Marketing Intern", Locations: []string{"Da Nang"}, PayText: "5M"}, pay: "5e+06 5e+06 VND month"},
	{name: "vn M decimal", p: model.Posting{Title: "QA Tester", Locations: []string{"Hanoi"}, PayText: "12.5M - 18M"}, pay: "1.25e+07 1.8e+07 VND month"},
	{name: "vn M a year", p: model.Posting{Title: "Sales Lead", Locations: []string{"Hanoi"}, PayText: "Up to 600M/year"}, pay: "6e+08 6e+08 VND year"},
	{name: "hcm city place", p: model.Posting{Title: "Account Manager", Locations: []string{"HCM city"}, PayText: "25M - 30M"}, pay: "2.5e+07 3e+07 VND month"},
	{name: "tp hcm place", p: model.Posting{Title: "Account Manager", Locations: []string{"TP HCM"}}, regions: ""},
	{name: "stroked d da nang", p: model.Posting{Title: "Tour Guide", Locations: []string{"Đa Nang"}, PayText: "Up to 15M"}, pay: "1.5e+07 1.5e+07 VND month"},
	{name: "rupiah M after the upper end", p: model.Posting{Title: "Product Analyst", Locations: []string{"Bandung"}, PayText: "IDR 18-28M"}, pay: "1.8e+07 2.8e+07 IDR month"},
	{name: "dong M after the upper end", p: model.Posting{Title: "Product Analyst", Locations: []string{"Hanoi"}, PayText: "VND 20 - 30M"}, pay: "2e+07 3e+07 VND month"},
	{name: "permanent wfh line", p: model.Posting{Title: "Chat Support Agent", DescriptionText: "Perks: paid leaves, HMO on day one, permanent WFH arrangement."}, remote: "remote"},
	{name: "permanently work from home", p: model.Posting{Title: "Bookkeeper", DescriptionText: "You will permanently work from home with company equipment."}, remote: "remote"},

	{name: "trap: M outside vietnam", p: model.Posting{Title: "Investor Relations", Locations: []string{"Singapore"}, PayText: "Up to 40M"}, pay: "-"},
	{name: "trap: dollar millions in vietnam", p: model.Posting{Title: "Fund Manager", Locations: []string{"Hanoi"}, PayText: "$40M"}, pay: "!VND"},
	{name: "trap: M in a sentence", p: model.Posting{Title: "Growth Lead", Locations: []string{"Hanoi"}, PayText: "Grew revenue to 40M users"}, pay: "!VND"},
	{name: "trap: lower-case m", p: model.Posting{Title: "Surveyor", Locations: []string{"Hanoi"}, PayText: "40m"}, pay: "!VND"},
	{name: "trap: dollar M after the upper end", p: model.Posting{Title: "Fundraising Lead", PayText: "$15-25M"}, pay: "!1.5e+07 2.5e+07 USD year"},
	{name: "trap: a wfh day", p: model.Posting{Title: "Analyst", Locations: []string{"Makati City"}, DescriptionText: "Onsite in Makati with one WFH day a week."}, remote: "!remote"},
}

func TestSoutheastAsianEnglishCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range southeastAsianEnglishCases {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			l := Normalize(&tc.p, opts)
			if tc.pay != "" {
				got := "-"
				if l.Pay != nil {
					got = payString(l.Pay)
				}
				switch {
				case tc.pay == "!VND":
					if l.Pay != nil && l.Pay.Currency == "VND" {
						t.Errorf("pay %q read as dong", got)
					}
				case tc.pay[0] == '!':
					if got == tc.pay[1:] {
						t.Errorf("pay = %q, want anything else", got)
					}
				case got != tc.pay:
					t.Errorf("pay = %q, want %q", got, tc.pay)
				}
			}
			if tc.remote == "remote" && l.Remote != model.RemoteRemote {
				t.Errorf("remote = %q, want remote", l.Remote)
			}
			if tc.remote == "!remote" && l.Remote == model.RemoteRemote {
				t.Errorf("remote = remote, want anything else")
			}
			if tc.name == "tp hcm place" {
				found := false
				for _, loc := range tc.p.Locations {
					for _, r := range Regions(loc) {
						found = found || r == "VN"
					}
				}
				if !found {
					t.Errorf("TP HCM not read as Vietnam")
				}
			}
		})
	}
}
