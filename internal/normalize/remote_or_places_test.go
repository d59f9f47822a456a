package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteOrPlacesCases pin remote_or_places.go, and the on-site roles at a
// named workplace (strongOnsiteMore in remote.go). Traps: remote or a kind
// of work, a long clause after "or", places in a sentence, remote tools.
var remoteOrPlacesCases = []truthCase{
	{name: "remote or a city list", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | REMOTE or Denver, Portland, Minneapolis or Atlanta | Senior"}, remote: "remote"},
	{name: "cities or remote", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Berlin, Hamburg or remote | Full-time"}, remote: "remote"},
	{name: "remote slash a city at the line end", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Remote / Dublin\nWe build tools for farmers."}, remote: "remote"},
	{name: "remote or large US towns read alone only", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | REMOTE or Houston, Dallas | Senior"}, remote: "remote"},
	{name: "remote or one large US town", p: model.Posting{Title: "Engineer", DescriptionText: "Remote or Philadelphia"}, remote: "remote"},
	{name: "one unknown city among known ones", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Remote or Chicago, Springdale, Boston"}, remote: "remote"},
	{name: "city or remote with a bracketed hours note", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Platform Engineer | Lisbon or remote (UK hours +/- 1) | Full-time"}, remote: "remote"},
	{name: "cities or remote with a bracketed note at the line end", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Porto, Braga or Remote (Iberia only)\nWe make billing tools."}, remote: "remote"},
	{name: "on site campus role", p: model.Posting{Title: "Groundskeeper", DescriptionText: "This is an on site campus role."}, remote: "onsite"},
	{name: "onsite lab position", p: model.Posting{Title: "Technician", DescriptionText: "An onsite lab position in Leeds."}, remote: "onsite"},

	{name: "trap: remote or a kind of work", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Remote or full-time | Senior"}, remote: "unknown"},
	{name: "trap: a clause after or", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | remote or in the office near our Chicago warehouse team"}, remote: "!remote"},
	{name: "trap: places in a sentence", p: model.Posting{Title: "Engineer", DescriptionText: "We sell in Boston or remote markets across Maine."}, remote: "unknown"},
	{name: "trap: remote tools", p: model.Posting{Title: "Engineer", DescriptionText: "Skills | Remote or local Git repositories"}, remote: "unknown"},
	{name: "trap: a kind of work or remote with a note", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Contract or remote (ask us) | Senior"}, remote: "unknown"},
	{name: "trap: a long bracket after remote", p: model.Posting{Title: "Engineer", DescriptionText: "Quillory | Lisbon or remote (only for staff who have already passed the probation review) | Senior"}, remote: "!remote"},
	{name: "trap: a campus tour", p: model.Posting{Title: "Engineer", DescriptionText: "Fully remote. We meet on site once a year for a campus tour."}, remote: "remote"},
}

func TestRemoteOrPlacesCases(t *testing.T) {
	runFieldCases(t, remoteOrPlacesCases)
	checkLongCases(t, strings.Repeat("Our studio prints posters for local fairs. ", 14)+"\n", checkFieldCase, remoteOrPlacesCases)
}

// FuzzRemoteOrPlaces reads any text: no panic, and remote only with the
// word in the text and the evidence inside it.
func FuzzRemoteOrPlaces(f *testing.F) {
	for _, tc := range remoteOrPlacesCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ev := remoteOrPlaces(s)
		switch r {
		case model.RemoteUnknown:
			if ev != "" {
				t.Errorf("remoteOrPlaces(%q) = unknown with %q", s, ev)
			}
		case model.RemoteRemote:
			if !containsFold(s, "remote") || !strings.Contains(s, ev) || !containsFold(ev, "remote") {
				t.Errorf("remoteOrPlaces(%q) evidence %q", s, ev)
			}
		default:
			t.Errorf("remoteOrPlaces(%q) = %s", s, r)
		}
	})
}
