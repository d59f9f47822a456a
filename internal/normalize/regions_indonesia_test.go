package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// placeScopeCases: Indonesian places, the NAMER and amer scope tokens, and
// "远程" in a location, in our own words, with traps.
var placeScopeCases = []truthCase{
	{name: "bandung with its province", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", Locations: []string{"Bandung, Jawa Barat"}}, regions: "ID"},
	{name: "south jakarta", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", Locations: []string{"Jakarta Selatan"}}, regions: "ID"},
	{name: "surabaya east java", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Surabaya, East Java"}}, regions: "ID"},
	{name: "trap: java alone is the language", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Java"}}, regions: "none"},
	{name: "namer", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"NAMER"}}, regions: "US,CA"},
	{name: "remote namer", p: model.Posting{Title: "Engineer", Locations: []string{"Remote - NAMER"}}, remote: "remote", regions: "US,CA"},
	{name: "lower-case amer", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"amer"}}, regions: "Americas"},
	{name: "trap: amer as a name in a longer location", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Amer Plaza"}}, regions: "none"},
	{name: "yuancheng alone", p: model.Posting{Title: "后端工程师", Locations: []string{"远程"}}, remote: "remote"},
	{name: "a city and yuancheng", p: model.Posting{Title: "后端工程师", Locations: []string{"上海 / 远程"}}, remote: "remote"},
	{name: "traditional yuancheng in a remote field", p: model.Posting{Title: "後端工程師", RemoteHint: "遠程"}, remote: "remote"},
	{name: "trap: telemedicine in a title is no mode", p: model.Posting{Title: "远程医疗产品经理"}, remote: "unknown"},
	{name: "trap: remote control in a location item", p: model.Posting{Title: "工程师", Locations: []string{"远程控制实验室"}}, remote: "unknown"},
}

func TestPlaceScopes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range placeScopeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzCJKRemoteItem(f *testing.F) {
	for _, tc := range placeScopeCases {
		f.Add(tc.p.RemoteHint, append(tc.p.Locations, "")[0])
	}
	f.Fuzz(func(t *testing.T, hint, loc string) {
		r, ev := cjkRemoteItem(hint, []string{loc}, model.RemoteUnknown, "")
		if r != model.RemoteUnknown && r != model.RemoteRemote || (r == model.RemoteRemote) != (ev != "") {
			t.Errorf("cjkRemoteItem(%q, %q) = %q, %q", hint, loc, r, ev)
		}
		if r, ev := cjkRemoteItem(hint, []string{loc}, model.RemoteHybrid, "x"); r != model.RemoteHybrid || ev != "x" {
			t.Errorf("cjkRemoteItem(%q, %q) over a hybrid reading = %q, %q", hint, loc, r, ev)
		}
		_ = wholeAmer(loc)
		_ = Regions(loc)
	})
}
