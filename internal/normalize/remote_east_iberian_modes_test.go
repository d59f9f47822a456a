package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// eastIberianModeCases pin remote_east_iberian_modes.go, the tech and perk
// phrases of remote_east_tech_perks.go and the remote-first contrasts of
// remote_european_descriptions.go in Spanish, Portuguese, Russian,
// Ukrainian, Czech, Romanian, Hungarian and Turkish. Traps sit beside each
// shape.
var eastIberianModeCases = []truthCase{
	// remote or home work denied with a verb
	{name: "ru remote format not provided", p: model.Posting{Title: "Аналитик данных",
		DescriptionText: "Дистанционный формат не предусматривается, коллектив сидит в одном здании."}, remote: "onsite"},
	{name: "uk not from home", p: model.Posting{Title: "Касир",
		DescriptionText: "Графік змінний, робота не з дому, а в магазині біля метро."}, remote: "onsite"},
	{name: "pt we do not offer home office", p: model.Posting{Title: "Assistente Fiscal",
		DescriptionText: "Não oferecemos a possibilidade de home office nesta função."}, remote: "onsite"},
	{name: "es no telework allowed", p: model.Posting{Title: "Recepcionista",
		DescriptionText: "No se permite trabajar desde casa en este puesto de atención al público."}, remote: "onsite"},
	{name: "ro remote work not possible", p: model.Posting{Title: "Operator date",
		DescriptionText: "Nu este posibilă munca de acasă pentru acest post."}, remote: "onsite"},
	{name: "ro the post is not remote", p: model.Posting{Title: "Casier",
		DescriptionText: "Postul nu este remote, programul este în ture."}, remote: "onsite"},
	{name: "tr no home working option", p: model.Posting{Title: "Muhasebe Uzmanı",
		DescriptionText: "Bu pozisyon için evden çalışma seçeneği yoktur."}, remote: "onsite"},
	{name: "trap ru remote allowed", p: model.Posting{Title: "Аналитик данных",
		DescriptionText: "Дистанционный формат возможен по согласованию с руководителем."}, remote: "!onsite"},
	{name: "trap es telework offered", p: model.Posting{Title: "Analista",
		DescriptionText: "Ofrecemos teletrabajo total y horario flexible."}, remote: "remote"},

	// home or remote work limited to days a week
	{name: "ru remote three days a week", p: model.Posting{Title: "Тестировщик",
		DescriptionText: "Удалённо можно работать до трёх дней в неделю, остальное время в офисе."}, remote: "hybrid"},
	{name: "uk from home one day a week", p: model.Posting{Title: "Маркетолог",
		DescriptionText: "Дозволяємо працювати з дому один день на тиждень."}, remote: "hybrid"},
	{name: "es home office days a week", p: model.Posting{Title: "Contable",
		DescriptionText: "Tendrás teletrabajo un día a la semana, los viernes."}, remote: "hybrid"},
	{name: "hu weekly home office days", p: model.Posting{Title: "Bérszámfejtő",
		DescriptionText: "Biztosítunk heti egy nap otthoni munkavégzést a próbaidő után."}, remote: "hybrid"},
	{name: "cs occasional home office", p: model.Posting{Title: "Asistentka",
		DescriptionText: "Nabízíme občasný home office a stravenky."}, remote: "hybrid"},
	{name: "trap ru full week remote", p: model.Posting{Title: "Тестировщик",
		DescriptionText: "Полностью удалённая работа, пять дней в неделю по 8 часов."}, remote: "remote"},

	// a mixed format
	{name: "ru mixed work schedule", p: model.Posting{Title: "Юрист",
		DescriptionText: "Комбинированный график: часть недели в офисе на Таганке."}, remote: "hybrid"},
	{name: "uk office plus home", p: model.Posting{Title: "HR-менеджер",
		DescriptionText: "Формат: офіс + дім, за домовленістю з командою."}, remote: "hybrid"},
	{name: "pt mixed work model", p: model.Posting{Title: "Designer",
		DescriptionText: "Trabalhamos em regime misto na nossa sede em Braga."}, remote: "hybrid"},
	{name: "trap pt mixed salad", p: model.Posting{Title: "Cozinheiro",
		DescriptionText: "Preparação de saladas mistas e pratos do dia."}, remote: "unknown"},

	// work in the office or on the premises
	{name: "uk only in the office", p: model.Posting{Title: "Офіс-менеджер",
		DescriptionText: "Робота тільки в офісі на Подолі, з понеділка по п'ятницю."}, remote: "onsite"},
	{name: "cs work at our branch", p: model.Posting{Title: "Pokladní",
		DescriptionText: "Práce přímo na pobočce v Plzni, směnný provoz."}, remote: "onsite"},
	{name: "cs only on site", p: model.Posting{Title: "Technik",
		DescriptionText: "Výkon práce je možný výhradně na pracovišti zaměstnavatele."}, remote: "onsite"},
	{name: "ro at the company premises", p: model.Posting{Title: "Secretară",
		DescriptionText: "Munca se desfășoară la sediul companiei, în centrul Iașiului."}, remote: "onsite"},
	{name: "ro only at the office", p: model.Posting{Title: "Referent",
		DescriptionText: "Lucrezi doar la birou, fără deplasări."}, remote: "onsite"},
	{name: "tr work carried out at the office", p: model.Posting{Title: "Satış Temsilcisi",
		DescriptionText: "Görev yeri Bursa olup çalışmalar ofiste yürütülecektir."}, remote: "onsite"},
	{name: "trap ro office days of a split week", p: model.Posting{Title: "Referent",
		DescriptionText: "Lucru de acasă, cu 2 zile pe săptămână la birou."}, remote: "hybrid"},
	{name: "trap cs office chairs", p: model.Posting{Title: "Prodejce",
		DescriptionText: "Prodáváme vybavení do kanceláří po celé republice."}, remote: "unknown"},

	// remote-first and an on-site role
	{name: "es remote-first but on site", p: model.Posting{Title: "Técnico de laboratorio",
		DescriptionText: "Aunque la empresa es remote-first, sin embargo este rol exige estar en la oficina de Sevilla."}, remote: "onsite"},
	{name: "pt remote-first but office", p: model.Posting{Title: "Recepcionista",
		DescriptionText: "Somos remote-first; porém, esta função é presencial na recepção."}, remote: "onsite"},
	{name: "trap remote-first and remote", p: model.Posting{Title: "Desarrollador",
		DescriptionText: "Somos remote-first y este puesto es 100% remoto."}, remote: "remote"},

	// tech, perk and product traps
	{name: "ru remote support as a skill", p: model.Posting{Title: "Инженер техподдержки",
		DescriptionText: "Оказание удалённой поддержки пользователей через AnyDesk."}, remote: "unknown"},
	{name: "uk remote administration", p: model.Posting{Title: "Адміністратор",
		DescriptionText: "Віддалене адміністрування серверів Linux."}, remote: "unknown"},
	{name: "cs remote access as a skill", p: model.Posting{Title: "Technik IT",
		DescriptionText: "Nastavení vzdáleného přístupu pro zaměstnance."}, remote: "unknown"},
	{name: "ro remote support", p: model.Posting{Title: "Tehnician",
		DescriptionText: "Oferi asistență tehnică la distanță clienților."}, remote: "unknown"},
	{name: "hu remote supervision", p: model.Posting{Title: "Villanyszerelő",
		DescriptionText: "Riasztók és távfelügyelet telepítése."}, remote: "unknown"},
	{name: "tr remote connection", p: model.Posting{Title: "Teknisyen",
		DescriptionText: "Müşterilere uzaktan bağlantı ile yardım."}, remote: "unknown"},
	{name: "cs home office allowance", p: model.Posting{Title: "Účetní",
		DescriptionText: "Benefity: stravenky, příspěvek na vybavení home office."}, remote: "unknown"},
	{name: "hu home office allowance", p: model.Posting{Title: "Recepciós",
		DescriptionText: "Cafeteria és home office keret minden munkatársnak."}, remote: "unknown"},
	{name: "es telework allowance", p: model.Posting{Title: "Administrativo",
		DescriptionText: "Plus de teletrabajo y seguro médico privado."}, remote: "unknown"},
	{name: "es hybrid vehicles", p: model.Posting{Title: "Vendedor",
		DescriptionText: "Asesorarás sobre vehículos híbridos en el concesionario."}, remote: "unknown"},
	{name: "ru product for remote teams and office work", p: model.Posting{Title: "Дизайнер",
		DescriptionText: "Мы делаем платформу для удалённой работы. Работа в офисе в Самаре."}, remote: "onsite"},
	{name: "trap tr remote work beside remote support", p: model.Posting{Title: "Destek Uzmanı",
		DescriptionText: "Uzaktan destek veriyoruz; tamamen uzaktan çalışma imkanı."}, remote: "remote"},
	{name: "trap cs allowance and real home work", p: model.Posting{Title: "Účetní",
		DescriptionText: "Práce z domova, příspěvek na home office."}, remote: "remote"},

	// labelled lines
	{name: "es work format mixed label", p: model.Posting{Title: "Diseñador",
		DescriptionText: "Formato de trabajo: híbrido\nHorario: intensivo en verano"}, remote: "hybrid"},
	{name: "cs form of work on site", p: model.Posting{Title: "Skladník",
		DescriptionText: "Forma práce: na pracovišti\nÚvazek: plný"}, remote: "onsite"},
	{name: "hu work label remote", p: model.Posting{Title: "Fordító",
		DescriptionText: "Munkavégzés: távmunka\nBér: megegyezés szerint"}, remote: "remote"},
	{name: "trap cs form of work as a contract", p: model.Posting{Title: "Skladník",
		DescriptionText: "Forma práce: hlavní pracovní poměr"}, remote: "unknown"},

	// second round: times a week, Czech day counts and denials, Hungarian
	// denials and office sentences, Romanian presence, Turkish workplaces,
	// Ukrainian remote in full, Russian remote workstations
	{name: "pt from home once a week", p: model.Posting{Title: "Redator",
		DescriptionText: "Você pode trabalhar em casa uma vez por semana."}, remote: "hybrid"},
	{name: "es telework twice a week", p: model.Posting{Title: "Gestor de cobros",
		DescriptionText: "Se puede teletrabajar dos veces por semana tras el periodo de prueba."}, remote: "hybrid"},
	{name: "cs one home office day a week", p: model.Posting{Title: "Mzdová účetní",
		DescriptionText: "Nabízíme 1 den home office v týdnu a 25 dní dovolené."}, remote: "hybrid"},
	{name: "cs home office is not here", p: model.Posting{Title: "Skladník",
		DescriptionText: "Home office zde není, pracuje se ve směnách."}, remote: "onsite"},
	{name: "cs we do not offer work from home", p: model.Posting{Title: "Recepční",
		DescriptionText: "Nenabízíme práci z domova."}, remote: "onsite"},
	{name: "hu no home work", p: model.Posting{Title: "Raktáros",
		DescriptionText: "Otthoni munkavégzésre nincs mód ebben a munkakörben."}, remote: "onsite"},
	{name: "trap hu home office not mandatory", p: model.Posting{Title: "Grafikus",
		DescriptionText: "A home office nem kötelező, bejárhatsz az irodába is."}, remote: "!onsite"},
	{name: "ro physical presence at the seat", p: model.Posting{Title: "Arhivar",
		DescriptionText: "Este necesară prezența fizică la sediu."}, remote: "onsite"},
	{name: "ro only in the warehouse", p: model.Posting{Title: "Manipulant marfă",
		DescriptionText: "Lucrul se face numai în depozitul din Ploiești."}, remote: "onsite"},
	{name: "trap ro presence on office days", p: model.Posting{Title: "Arhivar",
		DescriptionText: "Prezența la birou 2 zile pe săptămână, restul de acasă."}, remote: "hybrid"},
	{name: "hu work happens in our office", p: model.Posting{Title: "Ügyfélszolgálatos",
		DescriptionText: "A munka a szegedi irodánkban zajlik."}, remote: "onsite"},
	{name: "tr work in our store", p: model.Posting{Title: "Kasiyer",
		DescriptionText: "Mağazamızda vardiyalı olarak çalışacak arkadaşlar arıyoruz."}, remote: "onsite"},
	{name: "tr work at the workplace", p: model.Posting{Title: "Depo Elemanı",
		DescriptionText: "İş yerinde çalışacak, forklift ehliyetli."}, remote: "onsite"},
	{name: "uk wholly remote work", p: model.Posting{Title: "Копірайтер",
		DescriptionText: "Пропонуємо цілком дистанційну роботу та гнучкий графік."}, remote: "remote"},
	{name: "uk remote format of work", p: model.Posting{Title: "Перекладач",
		DescriptionText: "Віддалений режим роботи, оплата щотижня."}, remote: "remote"},
	{name: "trap uk remote access to servers", p: model.Posting{Title: "DevOps",
		DescriptionText: "Віддалений доступ до серверів клієнта через VPN."}, remote: "unknown"},
	{name: "ru setting up remote workstations", p: model.Posting{Title: "Эникейщик",
		DescriptionText: "Подключение удалённых рабочих мест филиалов к домену."}, remote: "unknown"},

	// third round: "without" denials, Romanian "nu se lucrează", a hybrid
	// heading, combinations of office and home, Romanian remote from
	// anywhere, Spanish daily office attendance, remote control
	{name: "ru strictly office without remote", p: model.Posting{Title: "Кассир",
		DescriptionText: "Только офис, без удалённой работы и фриланса."}, remote: "onsite"},
	{name: "cs without home office", p: model.Posting{Title: "Prodavač",
		DescriptionText: "Směnný provoz bez možnosti práce z domova."}, remote: "onsite"},
	{name: "ro without telework", p: model.Posting{Title: "Operator",
		DescriptionText: "Program fix, fără opțiunea de telemuncă."}, remote: "onsite"},
	{name: "ro we do not work from home", p: model.Posting{Title: "Operator",
		DescriptionText: "La noi nu se lucrează remote."}, remote: "onsite"},
	{name: "uk hybrid heading", p: model.Posting{Title: "Аналітик",
		DescriptionText: "Умови:\nГібрид: частина тижня вдома, частина в офісі на Лівому березі."}, remote: "hybrid"},
	{name: "cs combined office and home", p: model.Posting{Title: "Projektant",
		DescriptionText: "Nabízíme kombinaci práce v kanceláři a z domova."}, remote: "hybrid"},
	{name: "pt combined office and home office", p: model.Posting{Title: "Contador",
		DescriptionText: "Combinação de trabalho presencial e home office."}, remote: "hybrid"},
	{name: "ro remote from anywhere", p: model.Posting{Title: "Designer",
		DescriptionText: "Poți lucra integral remote de oriunde vrei."}, remote: "remote"},
	{name: "es to the office every day", p: model.Posting{Title: "Administrativo",
		DescriptionText: "Es necesario acudir a diario a la oficina de Alcobendas."}, remote: "onsite"},
	{name: "trap es office once a month", p: model.Posting{Title: "Administrativo",
		DescriptionText: "Trabajo remoto; solo hay que acudir a la oficina una vez al mes."}, remote: "remote"},
	{name: "tr remote control", p: model.Posting{Title: "Teknisyen",
		DescriptionText: "Uzaktan kumandalı kapı sistemlerinin montajı."}, remote: "unknown"},
	{name: "ro access to remote servers", p: model.Posting{Title: "Administrator",
		DescriptionText: "Configurarea conectărilor la distanță pentru angajați."}, remote: "unknown"},
}

func TestEastIberianModeCases(t *testing.T) {
	runFieldCasesShortAndLong(t, eastIberianModeCases)
}
