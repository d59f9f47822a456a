package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLocationPartMode(t *testing.T) {
	cases := []struct {
		in   string
		want model.Remote
	}{
		{"Semipresencial - Arequipa", model.RemoteHybrid},
		{"Mixto, Cali", model.RemoteHybrid},
		{"Quito | Semipresencial", model.RemoteHybrid},
		{"Trabajo desde casa - Montevideo", model.RemoteRemote},
		{"Rosario - En oficina", model.RemoteOnsite},
		{"Cali, Valle del Cauca", model.RemoteUnknown},
		{"Semipresencial", model.RemoteUnknown}, // a whole value: modeFieldWord reads it
		{"Mixtec Studio, Oaxaca", model.RemoteUnknown},
	}
	for _, c := range cases {
		if got := locationPartMode(c.in); got != c.want {
			t.Errorf("locationPartMode(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestLocationPartModeListings(t *testing.T) {
	cases := []struct {
		loc, want string
	}{
		{"Semipresencial - Cusco", "hybrid"},
		{"Barranquilla, Mixto", "hybrid"},
		{"Montevideo", "!remote"},
	}
	for _, c := range cases {
		got, _ := agreementGot(agreementCase{Cat: "remote", Name: c.loc, Title: "Analista", Locs: []string{c.loc}})
		if c.want == "!remote" {
			if got == "remote" {
				t.Errorf("%q = remote, want anything else", c.loc)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q = %q, want %q", c.loc, got, c.want)
		}
	}
}
