package normalize

import "testing"

func TestSantiagoCommuneLoc(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Vitacura, Santiago", "Vitacura, Chile"},
		{"Maipú, Región Metropolitana", "Maipú, Chile"},
		{"Remoto - Macul, Santiago", "Remoto - Macul, Chile"},
		{"La Florida, RM", "La Florida, Chile"},
		{"Huechuraba", "Huechuraba, Chile"},
		{"Nunoa", "Nunoa, Chile"},
		{"La Florida", "La Florida"},               // a town of several countries alone
		{"San Miguel, CA", "San Miguel, CA"},       // not a Santiago tail
		{"Oakland, Santiago", "Oakland, Santiago"}, // not a commune
		{"Macul, Santiago, Chile", "Macul, Santiago, Chile"},
		{"Santiago", "Santiago"},
	}
	for _, c := range cases {
		if got := santiagoCommuneLoc(c.in); got != c.want {
			t.Errorf("santiagoCommuneLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSantiagoCommuneRegions(t *testing.T) {
	cases := []struct {
		name, loc, hint, want string
	}{
		{"commune and city, remote", "Peñalolén, Santiago", "remote", "CL"},
		{"commune and metropolitan region, hybrid", "Quilicura, Región Metropolitana", "hybrid", "CL"},
		{"a commune no other country names, alone", "Lo Barnechea", "remote", "CL"},
		{"santiago alone stays unread", "Santiago", "remote", "none"},
		{"on-site commune is no region", "Ñuñoa, Santiago", "on-site", "none"},
	}
	for _, c := range cases {
		got, _ := agreementGot(agreementCase{Cat: "region", Name: c.name, Title: "Analyst", Locs: []string{c.loc}, Hint: c.hint})
		if regionSet(got) != regionSet(c.want) {
			t.Errorf("%s: %q (%s) = %q, want %q", c.name, c.loc, c.hint, got, c.want)
		}
	}
}
