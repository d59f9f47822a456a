package digest

import (
	"time"

	"github.com/gigscout/gigscout/internal/store"
)

// overlap is how far a digest's window reaches back before the end of the
// last one: a crawl's transaction may commit after a digest run with
// first-seen times stamped before it. The ledger keeps the overlap from
// sending anything twice.
const overlap = time.Hour

// periodDays is the number of local calendar days between digests.
func periodDays(freq string) int {
	if freq == store.Weekly {
		return 7
	}
	return 1
}

// slotAt is the latest local time hour:00 in loc at or before now. On a
// day when that hour does not exist (spring forward) Go's time.Date moves
// it by the gap; on a day when it occurs twice (fall back) it is one of
// the two. Either way each local day has exactly one slot.
func slotAt(now time.Time, hour int, loc *time.Location) time.Time {
	l := now.In(loc)
	s := time.Date(l.Year(), l.Month(), l.Day(), hour, 0, 0, 0, loc)
	if s.After(now) {
		s = time.Date(l.Year(), l.Month(), l.Day()-1, hour, 0, 0, 0, loc)
	}
	return s
}

// civilDays is the number of calendar days from a to b in loc.
func civilDays(a, b time.Time, loc *time.Location) int {
	ay, am, ad := a.In(loc).Date()
	by, bm, bd := b.In(loc).Date()
	da := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours()/24 + 0.5)
}

// Due reports whether sub's digest is due at now, and for which slot: an
// active, unpaused subscription is due once its local send hour has come
// on a day that is a period (a day or a week) after its last digest's;
// the first digest at the first send hour after confirmation. A run that
// comes late (the process was down) still sends, once.
func Due(sub *store.Subscription, now time.Time) (time.Time, bool) {
	if sub.Status != store.SubActive || sub.Paused || sub.ConfirmedAt == nil {
		return time.Time{}, false
	}
	loc, err := time.LoadLocation(sub.Timezone)
	if err != nil {
		return time.Time{}, false
	}
	slot := slotAt(now, sub.Hour, loc)
	if sub.LastSlot == nil {
		return slot, slot.After(*sub.ConfirmedAt)
	}
	return slot, slot.After(*sub.LastSlot) && civilDays(*sub.LastSlot, slot, loc) >= periodDays(sub.Frequency)
}

// NextDue is when sub's next digest is due after now (zero when it is not
// active or is paused).
func NextDue(sub *store.Subscription, now time.Time) time.Time {
	if sub.Status != store.SubActive || sub.Paused {
		return time.Time{}
	}
	if _, due := Due(sub, now); due {
		return now
	}
	loc, err := time.LoadLocation(sub.Timezone)
	if err != nil {
		return time.Time{}
	}
	// The next slots, day by day, until one is due (at most a week and a day).
	l := now.In(loc)
	for d := 0; d <= 8; d++ {
		t := time.Date(l.Year(), l.Month(), l.Day()+d, sub.Hour, 0, 0, 0, loc)
		if !t.After(now) {
			continue
		}
		if _, due := Due(sub, t); due {
			return t
		}
	}
	return time.Time{}
}

// window is the first-seen range a new digest of sub at now covers: from
// the end of the last one (less the overlap), or for the first digest
// from confirmation or one period back, whichever is earlier.
func window(sub *store.Subscription, now time.Time) (time.Time, time.Time) {
	if sub.CoveredUntil != nil {
		return sub.CoveredUntil.Add(-overlap), now
	}
	from := now.AddDate(0, 0, -periodDays(sub.Frequency))
	if sub.ConfirmedAt != nil && sub.ConfirmedAt.Before(from) {
		from = *sub.ConfirmedAt
	}
	return from, now
}
