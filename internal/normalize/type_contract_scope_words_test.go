package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Contract and scope words of Japanese, Korean and Brazilian postings:
// a quasi-mandate (準委任) contract, a contract with or without a fixed
// period written out in Korean, a fixed-scope (escopo fechado) project.
func TestContractScopeWords(t *testing.T) {
	for _, c := range []struct {
		field, title, text string
		want               model.JobType
	}{
		{"準委任", "インフラエンジニア", "", model.TypeContract},
		{"準委任契約（SES）", "Javaエンジニア", "", model.TypeContract},
		{"기간의 정함이 없는 근로계약", "백엔드 개발자", "", model.TypeFullTime},
		{"기간의 정함이 있는 근로계약", "콘텐츠 에디터", "", model.TypeContract},
		{"Escopo fechado", "Landing page em Vue", "", model.TypeProject},
		{"", "Loja virtual em Shopify", "Trabalho de escopo fechado: entregar o tema e três páginas.", model.TypeProject},
		// traps
		{"正社員", "インフラエンジニア", "", model.TypeFullTime},
		{"", "Analista de dados", "Escopo do cargo: relatórios semanais.", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %s, want %s", c.field, c.title, c.text, got, c.want)
		}
	}
}
