package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRussianEngagementForms(t *testing.T) {
	runBodyTypeCases(t, "Менеджер проектов", []bodyTypeCase{
		{"Условия: оформление через ИП, выплаты два раза в месяц.", model.TypeContract},
		{"Оформление как ИП или самозанятый.", model.TypeContract},
		{"Сотрудничаем только с самозанятыми специалистами.", model.TypeContract},
		{"Готовы работать с самозанятыми.", model.TypeContract},
		{"Сотрудничество с индивидуальным предпринимателем, оплата по счёту.", model.TypeContract},
		{"Условия работы:\nГражданско-правовой договор на время проекта.", model.TypeContract},
		// traps
		{"Наш партнёр ИП Петров открывает новый магазин.", model.TypeUnknown},
		{"Оформление по ТК РФ, можно как самозанятый.", model.TypeUnknown},
		{"Официальное трудоустройство; работаем и с самозанятыми.", model.TypeUnknown},
		{"Обязанности: проверка гражданско-правовых договоров с поставщиками.", model.TypeUnknown},
		{"Помогаем самозанятым клиентам вести учёт.", model.TypeUnknown},
		{"Клиенты — индивидуальные предприниматели и малый бизнес.", model.TypeUnknown},
	})
}
