package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestCapsConnectorLoc(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Teletrabajo - COMUNIDAD DE CANTABRIA", "Teletrabajo - COMUNIDAD de CANTABRIA"},
		{"Remoto - CASTILLA - LA MANCHA", "Remoto - CASTILLA - La MANCHA"},
		{"VILA NOVA DE GAIA, PORTO, PORTUGAL", "VILA NOVA de GAIA, PORTO, PORTUGAL"},
		{"ALCALA DE LA SIERRA", "ALCALA de la SIERRA"},
		{"LAS ROZAS DE MADRID", "Las ROZAS de MADRID"},
		{"REMOTO - SANTO DOMINGO DO SUL", "REMOTO - SANTO DOMINGO do SUL"},
		// codes of their own stay codes
		{"REMOTE, DE", ""},
		{"Remote - Dover, DE", ""},
		{"REMOTE - WILMINGTON, DE", ""},
		{"REMOTE DE", ""},
		{"LA - PASADENA", ""},
		{"Baton Rouge, LA", ""},
		{"BATON ROUGE, LA", ""},
		// mixed case is left to the other readers
		{"Principado de Asturias", ""},
		{"Santa Cruz De Tenerife", ""},
	}
	for _, c := range cases {
		if got := capsConnectorLoc(c.in); got != c.want {
			t.Errorf("capsConnectorLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCapsConnectorRegions(t *testing.T) {
	cases := []struct {
		loc  string
		want string
	}{
		{"Remoto - COMUNIDAD DE CANTABRIA", "ES"},
		{"Remoto - CASTILLA - LA MANCHA", "ES"},
		{"Teletrabajo - CASTELLON DE LA PLANA", ""}, // no longer Delaware or Louisiana; the town itself is unknown
		{"Remote, DE", "US"},
		{"REMOTE, DE", "US"},
		{"Remote - Baton Rouge, LA", "US"},
	}
	for _, c := range cases {
		l := Normalize(&model.Posting{Title: "Analyst", Locations: []string{c.loc}}, Options{})
		if r := strings.Join(l.RemoteRegions, ","); r != c.want {
			t.Errorf("%q: regions %q, want %q", c.loc, r, c.want)
		}
	}
}

func TestDoubleDashCodeLoc(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Remote - Eugene -- OR", "Remote - Eugene, OR"},
		{"Buffalo -- NY", "Buffalo, NY"},
		{"Remote -- US", "Remote, US"},
		{"Buffalo - NY", ""},
		{"Buffalo -- New York", ""},
		{" -- NY", ""},
	}
	for _, c := range cases {
		if got := doubleDashCodeLoc(c.in); got != c.want {
			t.Errorf("doubleDashCodeLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ loc, want string }{
		{"Remote - Eugene -- OR", "US"},
		{"Remote - Buffalo -- NY", "US"},
	} {
		l := Normalize(&model.Posting{Title: "Analyst", Locations: []string{c.loc}}, Options{})
		if r := strings.Join(l.RemoteRegions, ","); r != c.want {
			t.Errorf("%q: regions %q, want %q", c.loc, r, c.want)
		}
	}
}
