package normalize

import "testing"

func TestTownProvinceZipLoc(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Fremont, CA 94536", "Fremont, CA, USA"},
		{"Akron, Ohio 44308-1234", "Akron, Ohio, USA"},
		{"Fremont, CA", "Fremont, CA"},
		{"Berlin, 10115", "Berlin, 10115"},
		{"Lyon, ZZ 69001", "Lyon, ZZ 69001"},
		{"Lucban, Quezon", "Lucban, Quezon"},
		{"Biñan, Laguna", "Laguna, philippines"},
		{"Remote - Angeles, Pampanga", "Remote - Pampanga, philippines"},
		{"Rafaela, Santa Fe", "Santa Fe, argentina"},
		{"Maracay, Aragua", "Aragua, venezuela"},
		{"Envigado, Antioquia", "Antioquia, colombia"},
		{"Remote, Rest of the World", "Remote, Worldwide"},
		{"Leeds, West Yorkshire", "Leeds, West Yorkshire"},
		{"Austin, tx 78701", "Austin, tx 78701"},
	}
	for _, c := range cases {
		if got := townProvinceZipLoc(c.in); got != c.want {
			t.Errorf("townProvinceZipLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestUnglueRemoteLocs(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Remote_Mexico", "Remote Mexico"},
		{"RemoteCA", "Remote CA"},
		{"Remote", "Remote"},
		{"Remotely", "Remotely"},
		{"RemoteFirst", "RemoteFirst"},
		{"_Remote", "_Remote"},
	}
	for _, c := range cases {
		in := []string{c.in}
		got := earlyLocs(in)
		if got[0] != c.want {
			t.Errorf("earlyLocs(%q) = %q, want %q", c.in, got[0], c.want)
		}
		if in[0] != c.in {
			t.Errorf("earlyLocs changed its input %q", c.in)
		}
	}
}

func TestTownProvinceZipRegions(t *testing.T) {
	cases := []struct {
		name, loc, hint, want string
	}{
		{"pair decides over a town named for a country", "Mexico, Pampanga", "remote", "PH"},
		{"venezuelan state over a spanish town", "Valencia, Carabobo", "remote", "VE"},
		{"argentine province over a salvadoran capital's name", "San Salvador de Jujuy, Jujuy", "remote", "AR"},
		{"zip keeps an irish-named town in the us", "Dublin, OH 43017", "remote", "US"},
		{"street address before a zip stays with the postcode readers", "4410 Harbor Lane, Suite 3, Kingston, NY 12401", "remote", "US"},
		{"street, town, state code and zip", "9 Elm Rd, Peoria, IL 61602", "remote", "US"},
		{"underscored remote field", "Remote_Canada", "", "CA"},
		{"glued remote field", "RemoteUSA", "", "US"},
		{"on-site pair is no region", "Cabuyao, Laguna", "on-site", "none"},
	}
	for _, c := range cases {
		got, _ := agreementGot(agreementCase{Cat: "region", Name: c.name, Title: "Analyst", Locs: []string{c.loc}, Hint: c.hint})
		if regionSet(got) != regionSet(c.want) {
			t.Errorf("%s: %q (%s) = %q, want %q", c.name, c.loc, c.hint, got, c.want)
		}
	}
}
