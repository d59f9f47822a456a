package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// leftoverModeRegionCases pin the widened shapes of audit T: the word forms
// beside the shapes of remote_east_iberian_modes.go, remote_east_tech_perks.go,
// remote_romance_tech_words.go, remote_languages.go's hybrid products,
// remote_asian_mideast_phrases.go, the Dutch words of
// remote_modes_japanese_russian_dutch.go and region_foreign_scope_shapes.go.
// Every sentence is our own; traps sit beside each shape.
var leftoverModeRegionCases = []truthCase{
	// Spanish: full presence; Portuguese and Spanish: done on the premises
	{name: "es full presence", p: model.Posting{Title: "Técnica de laboratorio",
		DescriptionText: "El puesto exige presencialidad completa en la planta de Burgos."}, remote: "onsite"},
	{name: "pt done at the client's premises", p: model.Posting{Title: "Analista de Suporte",
		DescriptionText: "As atividades serão desenvolvidas nas instalações do cliente, em Campinas."}, remote: "onsite"},
	{name: "es done at our premises", p: model.Posting{Title: "Mozo de almacén",
		DescriptionText: "Las tareas serán desarrolladas en nuestras instalaciones de Getafe."}, remote: "onsite"},
	{name: "trap pt premises as a skill", p: model.Posting{Title: "Eletricista",
		DescriptionText: "Experiência com projetos de instalações elétricas industriais."}, remote: "unknown"},
	// Spanish and Portuguese: remote monitoring is a skill
	{name: "es remote supervision skill", p: model.Posting{Title: "Operador de red",
		DescriptionText: "Supervisión remota de turbinas y subestaciones."}, remote: "unknown"},
	{name: "pt remote monitoring skill", p: model.Posting{Title: "Técnico",
		DescriptionText: "Monitorização remota de bombas e reservatórios."}, remote: "unknown"},
	{name: "trap es remote work with supervision", p: model.Posting{Title: "Redactor",
		DescriptionText: "Trabajo remoto con supervisión semanal del editor."}, remote: "remote"},
	// Russian and Ukrainian: remote work not offered; part of the week each way
	{name: "ru remote not practised", p: model.Posting{Title: "Бухгалтер",
		DescriptionText: "Удалёнку не практикуем, команда работает вместе."}, remote: "onsite"},
	{name: "uk remote not offered", p: model.Posting{Title: "Оператор",
		DescriptionText: "Віддалену роботу не пропонуємо."}, remote: "onsite"},
	{name: "trap ru remote offered", p: model.Posting{Title: "Бухгалтер",
		DescriptionText: "Удалёнку предлагаем всем сотрудникам после испытательного срока."}, remote: "!onsite"},
	{name: "ru part of the week remote first", p: model.Posting{Title: "Аналитик",
		DescriptionText: "Часть недели удалённо, часть в офисе."}, remote: "hybrid"},
	{name: "uk part of the week in the office first", p: model.Posting{Title: "Аналітик",
		DescriptionText: "Частину тижня в офісі, частину віддалено."}, remote: "hybrid"},
	// Ukrainian: work only from the office; hybrid cars by their short name
	{name: "uk work only from the office", p: model.Posting{Title: "Бухгалтер",
		DescriptionText: "Робота тільки з офісу в центрі Львова."}, remote: "onsite"},
	{name: "trap uk papers from the office", p: model.Posting{Title: "Кур'єр",
		DescriptionText: "Доставка документів з офісу до клієнтів."}, remote: "unknown"},
	{name: "uk hybrid cars short word", p: model.Posting{Title: "Автомеханік",
		DescriptionText: "Сервіс гібридних авто на Подолі."}, remote: "unknown"},
	{name: "ru hybrid cars short word", p: model.Posting{Title: "Автомеханик",
		DescriptionText: "Ремонт гибридных авто и электрокаров."}, remote: "unknown"},
	// Czech: daily presence; home office up to a count of days
	{name: "cs daily presence in the office", p: model.Posting{Title: "Účetní",
		DescriptionText: "Vyžadujeme denní přítomnost v kanceláři."}, remote: "onsite"},
	{name: "cs home work at most days a week", p: model.Posting{Title: "Analytik",
		DescriptionText: "Práce z domova max. 2 dny v týdnu."}, remote: "hybrid"},
	{name: "trap cs full home office", p: model.Posting{Title: "Analytik",
		DescriptionText: "Home office 100 %, kancelář nemáme."}, remote: "!hybrid"},
	// Hungarian: not doable remotely; times a week
	{name: "hu cannot be done remotely", p: model.Posting{Title: "Raktáros",
		DescriptionText: "Ez a munkakör nem látható el távmunkában."}, remote: "onsite"},
	{name: "hu remote not doable verb after", p: model.Posting{Title: "Raktáros",
		DescriptionText: "Távmunkában nem végezhető a feladat."}, remote: "onsite"},
	{name: "hu once a week from home", p: model.Posting{Title: "Elemző",
		DescriptionText: "Heti egyszer otthonról dolgozhatsz."}, remote: "hybrid"},
	// Turkish: office-centred
	{name: "tr office centred", p: model.Posting{Title: "Muhasebe Uzmanı",
		DescriptionText: "Çalışma modelimiz ofis merkezlidir."}, remote: "onsite"},
	{name: "trap tr remote first", p: model.Posting{Title: "Yazılımcı",
		DescriptionText: "Tamamen uzaktan çalışma, haftalık online toplantılar."}, remote: "remote"},
	// Chinese, Malay, Indonesian, Hebrew
	{name: "zh remote diagnosis and stationed", p: model.Posting{Title: "设备工程师", Locations: []string{"苏州"},
		DescriptionText: "负责远程诊断设备故障，常驻客户现场。"}, remote: "onsite"},
	{name: "trap zh remote maintenance skill", p: model.Posting{Title: "运维工程师", Locations: []string{"成都"},
		DescriptionText: "熟悉服务器远程维护。"}, remote: "unknown"},
	{name: "zh office work not needed", p: model.Posting{Title: "插画师", Locations: []string{"全国"},
		DescriptionText: "完全远程，不需要坐班。"}, remote: "remote"},
	{name: "zh weekly weekday in the office", p: model.Posting{Title: "产品经理", Locations: []string{"上海"},
		DescriptionText: "可远程办公，每周五需回公司开会。"}, remote: "hybrid"},
	{name: "trap zh weekdays of the working week", p: model.Posting{Title: "客服", Locations: []string{"全国"},
		DescriptionText: "远程办公，每周一至周五在线。"}, remote: "remote"},
	{name: "id hybrid work in Latin letters", p: model.Posting{Title: "Data Analyst", Locations: []string{"Bandung"},
		DescriptionText: "Sistem kerja hybrid dengan jadwal fleksibel."}, remote: "hybrid"},
	{name: "ms remote monitoring skill", p: model.Posting{Title: "Juruteknik", Locations: []string{"Ipoh"},
		DescriptionText: "Mengurus sistem pemantauan jarak jauh di loji."}, remote: "unknown"},
	{name: "trap ms remote work", p: model.Posting{Title: "Penulis", Locations: []string{"Kuala Lumpur"},
		DescriptionText: "Kerja jarak jauh sepenuhnya."}, remote: "remote"},
	{name: "he without the possibility of remote work", p: model.Posting{Title: "מזכיר/ה", Locations: []string{"חולון"},
		DescriptionText: "משרה במשרדי החברה, ללא אפשרות לעבודה מרחוק."}, remote: "onsite"},
	// Dutch "remote" with a Dutch verb or "vanuit"
	{name: "nl remote work from a country", p: model.Posting{Title: "Backend developer",
		DescriptionText: "Je kunt remote werken vanuit Spanje."}, remote: "remote", regions: "ES"},
	{name: "nl remote from a country", p: model.Posting{Title: "Backend developer",
		DescriptionText: "Remote vanuit Oostenrijk."}, remote: "remote", regions: "AT"},
	{name: "trap nl remote team in a town", p: model.Posting{Title: "Backend developer",
		DescriptionText: "Remote werken met een team in Utrecht."}, remote: "remote", regions: "none"},
	// regions: anywhere, living in, any country of
	{name: "de from anywhere", p: model.Posting{Title: "Backend-Entwickler",
		DescriptionText: "Wir arbeiten vollständig remote, du kannst von überall aus arbeiten."}, remote: "remote", regions: "worldwide"},
	{name: "es wherever you prefer", p: model.Posting{Title: "Redactora",
		DescriptionText: "Empleo en remoto: trabaja donde prefieras."}, remote: "remote", regions: "worldwide"},
	{name: "nl established in a country", p: model.Posting{Title: "Copywriter",
		DescriptionText: "Helemaal remote, mits je woonachtig bent in België."}, remote: "remote", regions: "BE"},
	{name: "trap nl living in a town", p: model.Posting{Title: "Copywriter",
		DescriptionText: "Helemaal remote, mits je woonachtig bent in Utrecht."}, remote: "remote", regions: "none"},
	{name: "pl any state of the EU", p: model.Posting{Title: "Programista",
		DescriptionText: "Praca w pełni zdalna z dowolnego państwa UE."}, remote: "remote", regions: "EU"},
	{name: "ja title remote and residence", p: model.Posting{Title: "データ入力（在宅勤務）",
		DescriptionText: "日本在住の方が対象です。"}, remote: "remote", regions: "JP"},
}

func TestLeftoverModeRegionCases(t *testing.T) {
	runFieldCasesShortAndLong(t, leftoverModeRegionCases)
}
