package normalize

// Russian, Ukrainian, Czech, Romanian, Hungarian, Turkish and Spanish
// phrases in which a remote or hybrid word names technology, a perk or a
// product, not the place of work (table tests in
// remote_east_tech_perks_test.go). reviseRomanceTechModes blanks them with
// its own phrases before it reads the text again:
//
//   - remote access, support, administration or monitoring as a skill
//     ("удалённый доступ", "віддалене адміністрування", "vzdálená správa",
//     "acces la distanță", "suport de la distanță", "távoli hozzáférés",
//     "uzaktan erişim", "uzaktan destek");
//   - hybrid vehicles and clouds ("гибридные автомобили", "hybridní
//     vozidla", "mașini hibride", "hibrid járművek", "hibrit araç",
//     "vehículos híbridos" is in romanceTechMode);
//   - an allowance for the home office or telework ("příspěvek na home
//     office", "home office támogatás", "decontarea cheltuielilor de home
//     office", "ayuda para el teletrabajo", "компенсация … домашнего
//     офиса");
//   - a product made for remote work ("сервис для удалённой работы",
//     "platformă pentru munca de acasă").
//
// Work-mode nouns ("удалённая работа", "práce na dálku", "lucru de
// acasă", "uzaktan çalışma") are deliberately absent.
var eastTechMode = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
	// Russian and Ukrainian: remote + a technical noun, either order
	`(?:удал[её]нн\p{L}*|дистанционн\p{L}*|віддален\p{L}*|дистанційн\p{L}*)\s+(?:доступ\p{L}*|поддержк\p{L}*|підтримк\p{L}*|администрировани\p{L}*|адмініструванн\p{L}*|управлени\p{L}*|управлінн\p{L}*|мониторинг\p{L}*|моніторинг\p{L}*|рабоч\p{L}*\s+стол\p{L}*|робоч\p{L}*\s+стол\p{L}*|подключени\p{L}*|підключенн\p{L}*|сервер\p{L}*|диагностик\p{L}*|діагностик\p{L}*)`+
	`|(?:доступ\p{L}*|поддержк\p{L}*|підтримк\p{L}*|администрировани\p{L}*|адмініструванн\p{L}*|мониторинг\p{L}*|моніторинг\p{L}*|подключени\p{L}*|підключенн\p{L}*)\s+(?:к\s+\p{L}+\s+|до\s+\p{L}+\s+)?(?:удал[её]нн\p{L}*|віддален\p{L}*)\s+(?:доступ\p{L}*|сервер\p{L}*|рабоч\p{L}*|робоч\p{L}*|машин\p{L}*|систем\p{L}*|объект\p{L}*|об['’]єкт\p{L}*)`+
	`|(?:настройк\p{L}*|организаци\p{L}*|подключени\p{L}*|обслуживани\p{L}*|налаштуванн\p{L}*|організаці\p{L}*)\s+(?:удал[её]нн\p{L}*|віддален\p{L}*)\s+(?:рабоч\p{L}*|робоч\p{L}*)\s+(?:мест\p{L}*|місц\p{L}*)`+
	// Russian and Ukrainian: a product for remote work
	`|(?:сервис\p{L}*|сервіс\p{L}*|платформ\p{L}*|продукт\p{L}*|решени\p{L}*|рішенн\p{L}*|инструмент\p{L}*|інструмент\p{L}*|приложени\p{L}*|застосунк\p{L}*|софт\p{L}*)\s+(?:\p{L}+\s+){0,2}?для\s+(?:удал[её]нн\p{L}*|дистанционн\p{L}*|віддален\p{L}*|дистанційн\p{L}*)\s+(?:работ\p{L}*|робот\p{L}*|команд\p{L}*)`+
	// Russian and Ukrainian: hybrid vehicles and clouds; a home office paid for
	`|(?:гибридн\p{L}*|гібридн\p{L}*)\s+(?:авто|автомобил\p{L}*|автомобіл\p{L}*|транспорт\p{L}*|машин\p{L}*|двигател\p{L}*|двигун\p{L}*|облак\p{L}*|хмар\p{L}*|инфраструктур\p{L}*|інфраструктур\p{L}*)`+
	`|(?:компенсаци\p{L}*|компенсаці\p{L}*|оплат\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:домашн\p{L}*\s+офис\p{L}*|домашн\p{L}*\s+офіс\p{L}*|удал[её]нн\p{L}*\s+работ\p{L}*)`+
	// Czech: remote administration, access, support; hybrid vehicles; a home-office allowance
	`|(?:vzdálen\p{L}*)\s+(?:správ\p{L}*|přístup\p{L}*|podpor\p{L}*|spr[áa]v\p{L}*|připojen\p{L}*|ovládán\p{L}*|monitoring\p{L}*|dohled\p{L}*)`+
	`|hybridn\p{L}*\s+(?:vozid\p{L}*|vůz\p{L}*|voz\p{L}*|aut\p{L}*|pohon\p{L}*|cloud\p{L}*)`+
	`|(?:příspěvek|příspěvku|příspěvky|paušál\p{L}*)\s+(?:na|pro)\s+(?:vybavení\s+)?home\s*office`+
	// Romanian: access or support at a distance; hybrid cars; a home-office allowance
	`|(?:acces\p{L}*|suport\p{L}*|asisten[țţt]\p{L}*|administr\p{L}*|monitoriz\p{L}*|conect\p{L}*|control\p{L}*|mentenan[țţt]\p{L}*)\s+(?:tehnic[ăa]?\s+)?(?:de\s+)?la\s+distan[țţt][ăa]`+
	`|(?:ma[șşs]ini|autoturisme|vehicule|motoare|cloud)\s+hibrid\p{L}*`+
	`|(?:decont\p{L}*|indemniza[țţt]i\p{L}*|bonus\p{L}*|sum[ăa])\s+(?:\p{L}+\s+){0,2}?(?:de\s+|pentru\s+)?(?:home\s*office|telemunc[ăa])`+
	// Hungarian: remote access and supervision; hybrid vehicles; a home-office allowance
	`|táv(?:oli)?\s*(?:hozzáférés\p{L}*|felügyelet\p{L}*|elérés\p{L}*|támogatás\p{L}*)|távfelügyelet\p{L}*|távoli\s+(?:hozzáférés\p{L}*|elérés\p{L}*|támogatás\p{L}*|asztal\p{L}*)`+
	`|hibrid\s+(?:jármű\p{L}*|autó\p{L}*|hajtás\p{L}*|felhő\p{L}*)`+
	`|home\s*office\s+(?:támogatás\p{L}*|hozzájárulás\p{L}*|juttatás\p{L}*|keret\p{L}*|költségtérítés\p{L}*)`+
	// Turkish: remote access, support, connection; hybrid vehicles and clouds; an allowance
	`|uzaktan\s+(?:kumanda\p{L}*|erişim\p{L}*|destek\p{L}*|bağlantı\p{L}*|yönetim\p{L}*|izleme\p{L}*|kontrol\p{L}*|masaüstü\p{L}*)`+
	`|hibrit\s+(?:araç\p{L}*|araba\p{L}*|motor\p{L}*|bulut\p{L}*|altyapı\p{L}*)`+
	`|(?:ev\s+ofis|home\s*office|uzaktan\s+çalışma)\s+(?:desteği|yardımı|ödeneği)`+
	// Spanish: a telework allowance ("ayuda para el teletrabajo")
	`|(?:ayuda|bono|compensaci[óo]n|plus|subvenci[óo]n)\s+(?:(?:para|de|por)\s+(?:el\s+)?)?teletrabajo`+
	`)(?:[^\p{L}]|$)`, 80, 60, "далённ", "даленн", "истанцион", "іддален", "истанційн", "ибридн", "ібридн", "zdálen", "hybridn", "home",
	"distan", "hibrid", "táv", "uzaktan", "hibrit", "teletrabajo")

// eastTechEvidence reports an evidence word the phrases above hold.
func eastTechEvidence(ev string) bool {
	for _, w := range []string{"далённ", "даленн", "истанцион", "іддален", "истанційн", "ибрид", "ібрид", "zdálen", "istan", "uzaktan", "teletrabajo", "táv", "hibrit"} {
		if containsFold(ev, w) {
			return true
		}
	}
	return false
}
