package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Forum and chat-channel hiring posts (remote_forum_posts.go, pay_pipe_segment.go).
// Every string is our own, shaped like job-channel tag runs and "Who is
// hiring" headers.
func TestForumPostTagsAndHeaders(t *testing.T) {
	cases := []postModeCase{
		{"text tag run fully remote", "", "[HIRING][FULLY-REMOTE]\n\nGo developer: 4000 - 5000 EUR a month", model.RemoteRemote, ""},
		{"text tag run world", "", "[HIRING] [Remote] [Worldwide]\nWe build kiosks.\nLocation:\n- anywhere", model.RemoteRemote, "worldwide"},
		{"text tag run onsite", "", "**[HIRING][ONSITE][QA LEAD]**\nJoin our crew in a harbour town.", model.RemoteOnsite, ""},
		{"text tag run hybrid", "", "[Hiring][Hybrid][Full-time]\nTwo days a week at the studio.", model.RemoteHybrid, ""},
		{"title tag run underscore", "[HIRING][FULLY_REMOTE] Rust engineer", "Ship the sync engine.", model.RemoteRemote, ""},
		{"two mode tags stay unread", "", "[HIRING][REMOTE][ONSITE]\nWe are flexible.", model.RemoteUnknown, ""},
		{"no mode tag stays unread", "", "[HIRING][Rust]\nJoin the engine team.", model.RemoteUnknown, ""},
		{"header joined onsite part remote", "", "Lumen Labs | Leeds, UK | Full-Time | ONSITE+PART REMOTE | https://lumen.test", model.RemoteHybrid, ""},
		{"header onsite bracket hybrid", "", "Kettle AB | Platform Engineer | On-site (hybrid) in Oslo, Norway | Full time", model.RemoteHybrid, ""},
	}
	checkPostModeCases(t, cases)
}

// A funding note in the company's header segment does not turn away the
// salary in another segment; in one sentence with no pipe it still does.
func TestForumHeaderSegmentPay(t *testing.T) {
	cases := []struct {
		name, text string
		min, max   float64
	}{
		{"series note in company segment", "Corvid (Series A) | Data Engineer | $150,000–$190,000 + equity", 150000, 190000},
		{"backed note in company segment", "Corvid (angel-backed) | Data Engineer | $150,000–$190,000", 150000, 190000},
		{"funding sentence stays none", "We closed our Series A round of $150,000 last spring.", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := Normalize(&model.Posting{Source: "t", ExternalID: c.name, DescriptionText: c.text}, Options{})
			if c.max == 0 {
				if l.Pay != nil {
					t.Fatalf("pay = %+v, want none", l.Pay)
				}
				return
			}
			if l.Pay == nil || l.Pay.Min != c.min || l.Pay.Max != c.max || l.Pay.Currency != "USD" || l.Pay.Unit != model.UnitYear {
				t.Fatalf("pay = %+v, want %v-%v USD a year", l.Pay, c.min, c.max)
			}
		})
	}
}
