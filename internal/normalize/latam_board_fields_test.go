package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func latamListing(p model.Posting) *model.Listing {
	p.Source, p.ExternalID = "t", "latam"
	return Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
}

func latamPayString(l *model.Listing) string {
	return tablePay(l.Pay)
}

func TestMillionPesoBands(t *testing.T) {
	cases := []struct {
		name string
		locs []string
		pay  string
		want string
	}{
		{"band with decimal comma, Medellín", []string{"Medellín, Colombia"}, "$3 a $3,5 millones", "3000000 3500000 COP month"},
		{"single amount, Santiago", []string{"Santiago, Chile"}, "$2 millones", "2000000 2000000 CLP month"},
		{"code before the band names its own", nil, "CLP 1,2 - 1,8 millones", "1200000 1800000 CLP month"},
		{"hyphen join and millón", []string{"Cali, Colombia"}, "$1 - $1,5 millón", "1000000 1500000 COP month"},
		// No peso country and no code: the field names no currency we know,
		// so it is not read ("$1,5" alone would be 1.5 US dollars an hour).
		{"no place: not read", nil, "$1,5 a $2 millones", "-"},
		{"trap: a US place, plain dollars", []string{"Austin, TX"}, "$25 per hour", "25 25 USD hour"},
	}
	for _, c := range cases {
		got := latamPayString(latamListing(model.Posting{Title: "Coordinador de ventas", Locations: c.locs, PayText: c.pay}))
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	// No peso country: this reader leaves the field to the others.
	if p := millionPesoFieldPay("pay_text", "$2 a $3 millones", &model.Listing{Locations: []string{"Austin, TX"}}); p != nil {
		t.Errorf("no peso country: got %+v, want nil", p)
	}
	// In a description millions stay no pay (bigNumberAfter).
	l := latamListing(model.Posting{Title: "Analista", Locations: []string{"Bogotá, Colombia"}, DescriptionText: "La empresa factura $40 millones al año."})
	if got := latamPayString(l); got != "-" {
		t.Errorf("millions in a description: got %q, want no pay", got)
	}
}

func TestPesoSignSpace(t *testing.T) {
	cases := []struct {
		name string
		locs []string
		pay  string
		want string
	}{
		{"space after the sign, Bogotá", []string{"Bogotá, Colombia"}, "$ 3.200.000", "3200000 3200000 COP month"},
		{"space after the sign with cents and a period", []string{"Barranquilla, Colombia"}, "$ 2.150.000,00 (Mensual)", "2150000 2150000 COP month"},
		{"space after the sign, Valparaíso", []string{"Valparaíso, Chile"}, "$ 950.000", "950000 950000 CLP month"},
	}
	for _, c := range cases {
		l := latamListing(model.Posting{Title: "Desarrollador", Locations: c.locs, PayText: c.pay})
		if got := latamPayString(l); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
			continue
		}
		if ev := l.Pay.Evidence; ev == nil || ev.Text == "" || c.pay[ev.Start:ev.End] != ev.Text {
			t.Errorf("%s: evidence %+v does not point into %q", c.name, ev, c.pay)
		}
	}
}

func TestLatamFieldType(t *testing.T) {
	cases := []struct{ emp, want string }{
		{"vacancy_type_effective", "full_time"},
		{"vacancy_legal_entity", "contract"},
		{"Efetivo", "full_time"},
		{"Contrato a término fijo", "contract"},
		{"Plazo fijo", "contract"},
		{"Prazo determinado", "contract"},
		{"Contrato por tiempo indeterminado", "full_time"},
	}
	for _, c := range cases {
		l := latamListing(model.Posting{Title: "Auxiliar contable", EmploymentType: c.emp})
		if string(l.Type) != c.want {
			t.Errorf("%q: got %s, want %s", c.emp, l.Type, c.want)
		}
	}
}

func TestHomeOfficeSpanish(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ofrecemos oficina en el hogar con equipo de la empresa.", "remote"},
		{"Trabajo desde tu hogar, horario de lunes a viernes.", "remote"},
		{"Cargo sin trabajo desde el hogar; asistencia diaria a planta.", "unknown"},
		{"Vendemos artículos para el hogar en tienda.", "unknown"},
	}
	for _, c := range cases {
		l := latamListing(model.Posting{Title: "Agente de ventas", Locations: []string{"Cali, Colombia"}, DescriptionText: c.text})
		if string(l.Remote) != c.want {
			t.Errorf("%q: got %s, want %s", c.text, l.Remote, c.want)
		}
	}
}
