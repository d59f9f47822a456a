package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestInstanceEndpoint(t *testing.T) {
	in := &Instance{ID: "abc123", DataDir: "/srv/gigscout/data", PID: 42, Command: "serve"}
	h := newTestServer(t, Options{Instance: in}).Handler()
	tests := []struct {
		remote, origin string
		status         int
	}{
		{"127.0.0.1:5000", "", http.StatusOK},
		{"[::1]:5000", "", http.StatusOK},
		{"192.0.2.7:5000", "", http.StatusForbidden},
		{"127.0.0.1:5000", "https://evil.example", http.StatusForbidden},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodGet, "/admin/instance", nil)
		r.RemoteAddr = tt.remote
		if tt.origin != "" {
			r.Header.Set("Origin", tt.origin)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tt.status {
			t.Errorf("%s origin %q: %d, want %d", tt.remote, tt.origin, w.Code, tt.status)
		}
		if w.Code == http.StatusOK {
			if got := decode[Instance](t, w); got != *in {
				t.Errorf("instance %+v", got)
			}
		}
	}
	if w := get(t, newTestServer(t, Options{}).Handler(), "/admin/instance"); w.Code != http.StatusNotFound {
		t.Errorf("without an instance: %d", w.Code)
	}
}
