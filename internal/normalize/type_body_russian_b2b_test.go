package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Descriptions in this project's own wording for type_body_russian_b2b.go.
func TestRussianFormB2B(t *testing.T) {
	runBodyTypeCases(t, "Разработчик", []bodyTypeCase{
		{"Оформление: B2B, оплата в долларах.", model.TypeContract},
		{"Условия: оформление B2B / ИП, удалённо.", model.TypeContract},
		{"Форма оформления — ИП / B2B.", model.TypeContract},
		{"Оформление через B2B-контракт.", model.TypeContract},
		// traps: B2B as a market, and labour-code employment offered too
		{"Опыт B2B продаж от трёх лет.", model.TypeUnknown},
		{"Мы делаем SaaS для B2B клиентов.", model.TypeUnknown},
		{"Оформление: B2B или по ТК РФ, на выбор.", model.TypeUnknown},
		{"Оформление официальное, опыт в B2B обязателен.", model.TypeUnknown},
	})
}
