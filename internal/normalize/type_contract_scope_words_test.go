package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Contract and scope words of Japanese, Korean, Brazilian and Russian
// postings: a quasi-mandate (準委任) contract, a contract with or without
// a fixed period written out in Korean, a fixed-scope (escopo fechado)
// project, Russian work "по контракту", a "контракт на 6 месяцев" and a
// fixed-term labour agreement (срочный трудовой договор).
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
		{"", "Тестировщик", "Работа по контракту, удалённо.", model.TypeContract},
		{"", "Аналитик", "Контракт на 9 месяцев с возможностью продления.", model.TypeContract},
		{"", "Бухгалтер", "Оформление: срочный трудовой договор на год.", model.TypeContract},
		{"Контракт на 3 месяца", "Дизайнер", "", model.TypeContract},
		// traps
		{"", "Менеджер по закупкам", "Вы будете готовить контракт на поставку оборудования.", model.TypeUnknown},
		{"", "Юрист", "Проверка контрактов и договоров с клиентами.", model.TypeUnknown},
		{"正社員", "インフラエンジニア", "", model.TypeFullTime},
		{"", "Analista de dados", "Escopo do cargo: relatórios semanais.", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %s, want %s", c.field, c.title, c.text, got, c.want)
		}
	}
}
