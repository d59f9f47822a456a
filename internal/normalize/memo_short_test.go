package normalize

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"
)

// TestShortMemoConcurrent checks the memo's answers against the function it keeps
// on random sequences of more strings than it holds, in several
// goroutines at once.
func TestShortMemoConcurrent(t *testing.T) {
	pool := sync.Pool{New: func() any { return new(shortMemo[string]) }}
	calls := 0
	var mu sync.Mutex
	f := func(s string) string {
		mu.Lock()
		calls++
		mu.Unlock()
		return "<" + s + ">"
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewSource(int64(g)))
			for range 20000 {
				s := fmt.Sprint(r.Intn(24))
				if got := memoized(&pool, s, f); got != "<"+s+">" {
					t.Errorf("memoized(%q) = %q", s, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	if calls == 0 || calls >= 80000 {
		t.Errorf("f ran %d times for 80,000 lookups", calls)
	}
	var m shortMemo[int]
	for i := range 40 {
		m.put(fmt.Sprint(i), i)
	}
	for i := range 40 {
		v, ok := m.get(fmt.Sprint(i))
		if want := i >= 24; ok != want || ok && v != i {
			t.Errorf("after 40 puts get(%d) = %d, %v", i, v, ok)
		}
	}
}

// TestShortFieldModeMemo compares the remembered shortFieldMode with its
// reader on the locations and work-mode fields of the package's tests,
// asked in a shuffled order with repeats.
func TestShortFieldModeMemo(t *testing.T) {
	fields := []string{"Remote", "Remote - US", "Hybrid - London", "Thuiswerken", "niet thuiswerken", "Praca zdalna",
		"Vor Ort", "リモート", "عن بعد", "On-site", "Berlin", "op afstand", "volledig remote", "uzaktan", "wfh", "no wfh", "",
		"Kaugtöö", "Etätyö", "Hjemmefra", "distansarbete", "Nuotolinis", "Attālināti", "Evden çalışma", "Kerja dari rumah"}
	r := rand.New(rand.NewSource(3))
	for range 5000 {
		s := fields[r.Intn(len(fields))]
		gr, ge := shortFieldMode(s)
		wr, we := shortFieldModeRead(s)
		if gr != wr || ge != we {
			t.Fatalf("shortFieldMode(%q) = %s %q, read %s %q", s, gr, ge, wr, we)
		}
	}
}
