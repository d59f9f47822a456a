package web

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Past the searches in flight and the queue, a search is shed at once
// with 503 and Retry-After; a queued one is shed after the queue wait;
// cheap requests pass while every slot is taken.
func TestAdmissionShedsAndSparesCheapRequests(t *testing.T) {
	s := newTestServer(t, Options{Admission: Admission{MaxInFlight: 1, MaxQueue: 1, QueueWait: 30 * time.Millisecond}})
	hold := make(chan struct{})
	entered := make(chan struct{}, 4)
	h := s.admit(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := r.Context().Deadline(); !ok && expensive(r) {
			t.Error("an admitted search has no deadline")
		}
		if r.URL.Query().Get("hold") != "" {
			entered <- struct{}{}
			<-hold
		}
		w.WriteHeader(http.StatusOK)
	}))
	var wg sync.WaitGroup
	wg.Add(1)
	first := httptest.NewRecorder()
	go func() {
		defer wg.Done()
		h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/api/v1/search?hold=1", nil))
	}()
	<-entered // the one slot is taken

	// The queue holds one: two at once means one waits then is shed, the
	// other is shed straight away.
	codes := make([]*httptest.ResponseRecorder, 2)
	var shed sync.WaitGroup
	for i := range codes {
		codes[i] = httptest.NewRecorder()
		shed.Add(1)
		go func() {
			defer shed.Done()
			h.ServeHTTP(codes[i], httptest.NewRequest(http.MethodGet, "/api/v1/search?q=data", nil))
		}()
	}
	// Cheap requests are not admitted: they pass with every slot taken.
	for _, target := range []string{"/healthz", "/api/v1/listings/l01", "/static/style.css", "/api/v1/suggest?q=da"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
		if w.Code != http.StatusOK {
			t.Errorf("%s with search slots full: %d", target, w.Code)
		}
	}
	shed.Wait() // both end while the first still holds the slot
	close(hold)
	wg.Wait()
	for i, w := range codes {
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "1" {
			t.Errorf("search %d while full: %d, Retry-After %q", i, w.Code, w.Header().Get("Retry-After"))
		}
		if e := decode[errorBody](t, w); e.Error.Code != "overloaded" {
			t.Errorf("search %d: code %q", i, e.Error.Code)
		}
	}
	if first.Code != http.StatusOK {
		t.Errorf("the admitted search: %d", first.Code)
	}
	// The slot is free again.
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/v1/search", nil))
	if w.Code != http.StatusOK {
		t.Errorf("after the load: %d", w.Code)
	}
}
