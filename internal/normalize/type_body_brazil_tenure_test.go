package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestBrazilTenureBodyType(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.JobType
	}{
		{"temporary hire", "Edital de seleção para contratação temporária de agentes de saúde.", model.TypeContract},
		{"temporary contract", "Oferecemos contrato temporário de quatro meses no centro de distribuição.", model.TypeContract},
		{"fixed term", "Vaga por prazo determinado, com início imediato.", model.TypeContract},
		{"fixed term time", "Admissão por tempo determinado para cobrir férias.", model.TypeContract},
		{"permanent appointment", "Concurso para provimento efetivo de vagas de professor.", model.TypeFullTime},
		{"permanent post", "Seleção para cargo efetivo de auditor fiscal.", model.TypeFullTime},
		{"labour code hire", "Vínculo celetista com benefícios.", model.TypeFullTime},
		{"regime of the labour code", "Admissão sob o regime da CLT.", model.TypeFullTime},
		{"temporary beats permanent", "Concurso para cargo efetivo e contratação temporária de apoio.", model.TypeContract},
		// traps: the words name no post's terms
		{"suspension", "Houve suspensão temporária das inscrições.", model.TypeUnknown},
		{"some moment", "Em determinado momento você fará plantões.", model.TypeUnknown},
		{"current staff", "A comissão terá servidores efetivos do órgão.", model.TypeUnknown},
		{"nothing", "Informações sobre a prova objetiva.", model.TypeUnknown},
	} {
		if got := ParseType("", "Analista", c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
