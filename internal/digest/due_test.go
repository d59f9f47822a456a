package digest

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/store"
)

// TestLocalHourAcrossZonesAndDST steps an injected clock hour by hour
// through the US fall-back (1 Nov 2026) and spring-forward (14 Mar 2027)
// days and the EU change (28 Mar 2027), running the sender each hour, and
// checks that each subscription gets exactly one digest per local day, at
// its local hour.
func TestLocalHourAcrossZonesAndDST(t *testing.T) {
	type sub struct {
		email string
		p     store.Prefs
		want  int // local hour the digest must carry
	}
	tests := []struct {
		name     string
		start    time.Time // UTC, a whole hour
		days     int
		subs     []sub
		wantDays int
	}{
		{"US fall back", time.Date(2026, 10, 30, 12, 0, 0, 0, time.UTC), 4, []sub{
			{"amb@x.org", store.Prefs{Frequency: store.Daily, Hour: 1, Timezone: "America/Chicago"}, 1}, // 01:00 happens twice on 1 Nov
			{"nine@x.org", store.Prefs{Frequency: store.Daily, Hour: 9, Timezone: "America/Chicago"}, 9},
			{"kolkata@x.org", store.Prefs{Frequency: store.Daily, Hour: 18, Timezone: "Asia/Kolkata"}, 18},
			{"midnight@x.org", store.Prefs{Frequency: store.Daily, Hour: 0, Timezone: "America/Los_Angeles"}, 0},
		}, 4},
		{"US spring forward", time.Date(2027, 3, 12, 12, 0, 0, 0, time.UTC), 4, []sub{
			{"gap@x.org", store.Prefs{Frequency: store.Daily, Hour: 2, Timezone: "America/Chicago"}, -1}, // 02:00 does not exist on 14 Mar
			{"nine@x.org", store.Prefs{Frequency: store.Daily, Hour: 9, Timezone: "America/New_York"}, 9},
		}, 4},
		{"EU spring forward", time.Date(2027, 3, 26, 12, 0, 0, 0, time.UTC), 4, []sub{
			{"berlin@x.org", store.Prefs{Frequency: store.Daily, Hour: 2, Timezone: "Europe/Berlin"}, -1},
			{"weekly@x.org", store.Prefs{Frequency: store.Weekly, Hour: 7, Timezone: "Europe/London"}, 7},
		}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.start, func(o *Options) { o.SendEmpty = true })
			for _, s := range tt.subs {
				e.subscribeConfirmed(s.email, "q=data", s.p)
			}
			perDay := map[string]map[string]int{}
			end := tt.start.Add(time.Duration(tt.days) * 24 * time.Hour)
			for now := tt.start.Add(time.Hour); now.Before(end); now = now.Add(time.Hour) {
				e.clk.Set(now.Add(90 * time.Second)) // the cron run comes a little after the hour
				e.run()
				for _, m := range e.newMail() {
					to := m.Header.Get("To")
					var s sub
					for _, c := range tt.subs {
						if "<"+c.email+">" == to || c.email == to {
							s = c
						}
					}
					loc, _ := time.LoadLocation(s.p.Timezone)
					local := now.In(loc)
					if s.want >= 0 && local.Hour() != s.want {
						t.Errorf("%s: sent at %s local, want hour %d", s.email, local.Format(time.DateTime+" MST"), s.want)
					}
					if perDay[s.email] == nil {
						perDay[s.email] = map[string]int{}
					}
					perDay[s.email][local.Format(time.DateOnly)]++
				}
			}
			for _, s := range tt.subs {
				days := perDay[s.email]
				for d, n := range days {
					if n != 1 {
						t.Errorf("%s: %d digests on %s, want 1", s.email, n, d)
					}
				}
				want := tt.wantDays
				if s.p.Frequency == store.Weekly {
					want = 1
				}
				// The first day may have no send hour after confirmation.
				if len(days) < want-1 || len(days) > want {
					t.Errorf("%s: digests on %d days (%v), want %d or %d", s.email, len(days), days, want-1, want)
				}
			}
		})
	}
}

func TestDue(t *testing.T) {
	chi, _ := time.LoadLocation("America/Chicago")
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, chi) }
	ptr := func(t time.Time) *time.Time { return &t }
	base := store.Subscription{Status: store.SubActive, Frequency: store.Daily, Hour: 9, Timezone: "America/Chicago",
		ConfirmedAt: ptr(at(2026, 11, 2, 8, 0))}
	tests := []struct {
		name string
		mod  func(*store.Subscription)
		now  time.Time
		want bool
	}{
		{"before the first hour", nil, at(2026, 11, 2, 8, 59), false},
		{"the first hour", nil, at(2026, 11, 2, 9, 0), true},
		{"confirmed after today's hour", func(s *store.Subscription) { s.ConfirmedAt = ptr(at(2026, 11, 2, 10, 0)) }, at(2026, 11, 2, 11, 0), false},
		{"sent today", func(s *store.Subscription) { s.LastSlot = ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 2, 15, 0), false},
		{"sent yesterday", func(s *store.Subscription) { s.LastSlot = ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 3, 9, 5), true},
		{"late run still sends", func(s *store.Subscription) { s.LastSlot = ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 3, 23, 0), true},
		{"weekly after six days", func(s *store.Subscription) { s.Frequency, s.LastSlot = store.Weekly, ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 8, 9, 0), false},
		{"weekly after seven days", func(s *store.Subscription) { s.Frequency, s.LastSlot = store.Weekly, ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 9, 9, 0), true},
		{"paused", func(s *store.Subscription) { s.Paused = true }, at(2026, 11, 2, 9, 0), false},
		{"pending", func(s *store.Subscription) { s.Status = store.SubPending }, at(2026, 11, 2, 9, 0), false},
		{"hour moved later the same day", func(s *store.Subscription) { s.Hour, s.LastSlot = 20, ptr(at(2026, 11, 2, 9, 0)) }, at(2026, 11, 2, 20, 0), false},
	}
	for _, tt := range tests {
		s := base
		if tt.mod != nil {
			tt.mod(&s)
		}
		if _, got := Due(&s, tt.now); got != tt.want {
			t.Errorf("%s: Due = %v, want %v", tt.name, got, tt.want)
		}
	}
	s := base
	s.LastSlot = ptr(at(2026, 11, 2, 9, 0))
	if next := NextDue(&s, at(2026, 11, 2, 12, 0)); !next.Equal(at(2026, 11, 3, 9, 0)) {
		t.Errorf("NextDue = %v", next)
	}
}
