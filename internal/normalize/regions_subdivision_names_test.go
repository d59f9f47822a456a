package normalize

import (
	"strings"
	"testing"
)

// TestSubdivisionNames pins states, regions and provinces named without
// their country (regions_subdivision_names.go), and the names left out.
func TestSubdivisionNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Brisbane area, Queensland", "AU"},
		{"Remote - Tasmania", "AU"},
		{"Belo Horizonte - Minas Gerais", "BR"},
		{"Remoto (Rio Grande do Sul)", "BR"},
		{"München, Bayern", "DE"},
		{"Homeoffice in Nordrhein-Westfalen", "DE"},
		{"Barcelona, Cataluña", "ES"},
		{"Guadalajara, Jalisco", "MX"},
		{"Milano, Lombardia", "IT"},
		{"Toulouse, Occitanie", "FR"},
		{"Kraków, małopolskie", "PL"},
		{"Rotterdam, Zuid-Holland", "NL"},
		{"Medellín, Antioquia", "CO"},
		{"Karachi, Sindh", "PK"},
		{"Shenzhen, Guangdong", "CN"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Traps: names of two places, or words, are not in the table.
	for _, name := range []string{"victoria", "paraná", "córdoba", "la rioja", "santa fe", "distrito federal", "amazonas", "acre", "limburg", "punjab"} {
		if strings.Contains(strings.ToLower(subdivisionNames), "\n"+name+",") || strings.Contains(strings.ToLower(subdivisionNames), " "+name+",") || strings.Contains(strings.ToLower(subdivisionNames), " "+name+"\n") {
			t.Errorf("subdivisionNames holds %q, a name of two places or a word", name)
		}
	}
	for _, in := range []string{"Acre", "Limburg", "Punjab"} {
		if got := Regions(in); len(got) != 0 {
			t.Errorf("Regions(%q) = %v, want none", in, got)
		}
	}
}
