package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSpanishServiceContractBody(t *testing.T) {
	cases := []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		{"civil contract for services", "", "Diseñador gráfico", "Ofrecemos contrato civil por prestación de servicios durante seis meses.", model.TypeContract},
		{"contract of professional services", "", "Abogada", "Vinculación mediante contrato de prestación de servicios profesionales.", model.TypeContract},
		{"hiring under the services modality", "", "Ingeniero de datos", "Contratación bajo la modalidad de prestación de servicios, pago mensual.", model.TypeContract},
		{"without accent", "", "Analista", "Tipo de vinculacion: contrato por prestacion de servicios.", model.TypeContract},
		{"contract label then the services", "", "Diseñadora", "Contrato: Prestación de servicios (freelance).", model.TypeContract},
		// traps: a company's line of business names no contract
		{"company line of business", "", "Auxiliar de enfermería", "Somos una empresa de prestación de servicios de salud en Medellín.", model.TypeUnknown},
		{"services company after an open-ended contract", "", "Recepcionista", "Contrato a término indefinido en una empresa de prestación de servicios.", ParseType("", "Recepcionista", "Contrato a término indefinido.")},
		{"field keeps its reading", "Tiempo completo", "Contador", "Contrato de prestación de servicios.", ParseType("Tiempo completo", "Contador", "")},
		{"benefits word is not services", "", "Vendedor", "Salario más prestaciones de ley.", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %v, want %v", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}
