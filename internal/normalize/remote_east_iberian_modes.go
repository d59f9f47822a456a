package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode sentences of Spanish, Portuguese, Russian, Ukrainian, Czech,
// Romanian, Hungarian and Turkish descriptions (hh.ru, work.ua, jobs.cz,
// InfoJobs, Gupy and Kariyer.net style) that the earlier readers left
// unread or misread (table tests in remote_east_iberian_modes_test.go).
// Shapes, not strings:
//
//   - remote or home work denied with a verb ("удалённая работа не
//     рассматривается", "не віддалено", "não trabalhamos com home
//     office", "no ofrecemos la posibilidad de teletrabajar", "nu oferim
//     posibilitatea de lucru de acasă", "jobul nu este remote", "uzaktan
//     çalışma imkanı bulunmamaktadır"): on-site, over a remote reading of
//     the text or none;
//   - home or remote work limited to a count of days a week in the same
//     clause ("из дома 1-2 дня в неделю", "з дому два дні на тиждень",
//     "teletrabajar dos días por semana", "heti két nap home office"), or
//     by arrangement beside an office ("home office dle domluvy"): hybrid,
//     over a remote reading of the text or none;
//   - a mixed format ("смешанный формат работы", "змішаний графік",
//     "офис и дом", "modelo de trabajo mixto", "mixto (oficina y casa)"):
//     hybrid, over a text reading;
//   - work said to be done in the office or on the premises ("робота в
//     офісі", "práce v kanceláři", "pouze na místě", "activitatea se
//     desfășoară la sediul firmei", "exclusiv la birou", "çalışma ofisten
//     yapılacaktır"): on-site where nothing was read, unless the clause
//     counts office days.
//
// A field's reading is left alone; these decide only what the text gave.
var (
	eastDeniedRemote = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Russian, Ukrainian
		`(?:удал[её]нн\p{L}*|дистанционн\p{L}*|віддален\p{L}*|дистанційн\p{L}*|удал[её]нк\p{L}*)\s+(?:(?:работ\p{L}*|формат\p{L}*|робот\p{L}*)\s+)?(?:не\s+(?:рассматрива\p{L}*|предусмотрен\p{L}*|предусматрива\p{L}*|предполага\p{L}*|предоставля\p{L}*|розглядає\p{L}*|розглядаю\p{L}*|передбачен\p{L}*|передбача\p{L}*|надає\p{L}*)|невозможн\p{L}*|неможлив\p{L}*|исключен\p{L}*|виключен\p{L}*)`+
		`|не\s+(?:удал[её]нно|віддалено|дистанційно|дистанционно|з\s+дому|из\s+дома)`+
		// Portuguese
		`|n[ãa]o\s+(?:trabalhamos|atuamos|oferecemos|oferece|temos|h[áa]|possu[íi]mos|possui|permitimos|permite|aceitamos|[ée]\s+poss[íi]vel)\s+(?:com\s+)?(?:(?:a\s+)?(?:op[çc][ãa]o|possibilidade)\s+de\s+)?(?:o\s+)?(?:home\s*office|trabalho\s+remoto|teletrabalho|modelo\s+remoto|regime\s+remoto|trabalhar\s+(?:remotamente|de\s+casa|em\s+casa))`+
		// Spanish
		`|no\s+(?:ofrecemos|ofrece|se\s+ofrece|hay|existe|contemplamos|se\s+contempla|se\s+permite|permitimos|es\s+posible|admite|se\s+admite)\s+(?:(?:la\s+)?(?:opci[óo]n|posibilidad)\s+de\s+)?(?:el\s+)?(?:teletrabajo|teletrabajar|trabajo\s+(?:en\s+)?remoto|trabajo\s+a\s+distancia|trabajo\s+desde\s+casa|trabajar\s+(?:desde\s+casa|en\s+remoto|a\s+distancia)|home\s*office)`+
		// Romanian
		`|nu\s+(?:oferim|ofer[ăa]|este\s+posibil[ăa]?|exist[ăa]|se\s+poate|permitem|accept[ăa]m|se\s+accept[ăa])\s+(?:(?:posibilitatea|op[țţt]iunea)\s+de\s+(?:a\s+)?)?(?:lucru(?:l)?\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])|lucra\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])|telemunc[ăa]|munca\s+(?:de\s+acas[ăa]|remote)|remote)`+
		`|(?:jobul|postul|pozi[țţt]ia|rolul)\s+nu\s+este\s+(?:remote|la\s+distan[țţt][ăa])`+
		// Turkish
		`|(?:uzaktan|evden)\s+çalışma\s+(?:(?:imkan[ıi]|imkân[ıi]|olana[ğg][ıi]|seçene[ğg]i|opsiyonu)\s+)?(?:bulunmamaktadır|bulunmuyor|yoktur|yok|sunulmamaktadır|sunulmuyor|mevcut\s+değildir)`+
		`)(?:[^\p{L}]|$)`, 90, 60, "далённ", "даленн", "истанцион", "іддален", "истанційн", "дома", "дому", "home", "remot", "teletrab",
		"casa", "distan", "acas", "telemunc", "uzaktan", "evden")

	eastHomeDays = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Russian
		`(?:из\s+дома|удал[её]нн\p{L}*|удал[её]нк\p{L}*|дистанционн\p{L}*)[^.!?\n;]{0,40}?(?:[1-4](?:\s*[-–]\s*[1-4])?|один|одного|два|двух|три|трёх|трех)\s*(?:дн(?:я|ей|и)|день)\s+в\s+неделю`+
		`|(?:[1-4](?:\s*[-–]\s*[1-4])?|один|два|три)\s*(?:дн(?:я|ей|и)|день)\s+в\s+неделю\s+(?:работ\p{L}*\s+)?(?:из\s+дома|удал[её]нно|дистанционно|на\s+удал[её]нке)`+
		// Ukrainian
		`|(?:з\s+дому|віддален\p{L}*|дистанційн\p{L}*)[^.!?\n;]{0,40}?(?:[1-4](?:\s*[-–]\s*[1-4])?|один|одного|два|дві|двох|три|трьох)\s*(?:дн(?:і|я|ів)|день)\s+на\s+тиждень`+
		`|(?:[1-4](?:\s*[-–]\s*[1-4])?|один|два|дві|три)\s*(?:дн(?:і|я|ів)|день)\s+на\s+тиждень\s+(?:\p{L}+\s+)?(?:з\s+дому|віддалено|дистанційно)`+
		// Spanish
		`|(?:teletrabaj\p{L}*|trabaj\p{L}*\s+desde\s+casa|trabajo\s+(?:en\s+)?remoto|en\s+remoto|home\s*office)[^.!?\n;]{0,30}?(?:[1-4]|un|uno|dos|tres|cuatro)\s+d[íi]as?\s+(?:a\s+la|por|a|cada|en\s+la|de\s+la)\s+semana`+
		// Hungarian
		`|heti\s+(?:[1-4]|egy|két|kettő|három|négy)\s+nap(?:ot)?\s+(?:home\s*office|otthonról|távmunk\p{L}*|otthoni\s+munk\p{L}*)`+
		`|(?:home\s*office|távmunk\p{L}*|otthonról)\s+(?:\p{L}+\s+)?heti\s+(?:[1-4]|egy|két|kettő|három|négy)\s+nap`+
		// Czech: by arrangement, beside an office
		`|home\s*office\s+(?:dle|podle|po)\s+(?:předchozí\s+)?domluv\p{L}*[^.!?\n]{0,20}?(?:jinak|jinak\s+v|ostatní\s+dny)`+
		`|(?:částečn\p{L}*|občasn\p{L}*|příležitostn\p{L}*)\s+(?:home\s*office|práce\s+z\s+domova|práce\s+na\s+dálku)`+
		`)(?:[^\p{L}]|$)`, 60, 80, "дома", "далённ", "даленн", "далёнк", "даленк", "истанцион", "дому", "іддален", "истанційн", "неделю", "тиждень",
		"teletrab", "desde casa", "remoto", "home", "heti", "domluv", "ástečn", "bčasn", "říležitostn")

	eastMixedFormat = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		`(?:смешанн\p{L}*|змішан\p{L}*|комбинированн\p{L}*|комбінован\p{L}*)\s+(?:формат\p{L}*|режим\p{L}*|график\p{L}*|графік\p{L}*)`+
		`|оф[иі]с\s+(?:и|та|і|\+|/)\s+(?:дом|дім|удал[её]нк\p{L}*|удал[её]нно|віддалено|з\s+дому|из\s+дома)`+
		`|(?:mixt[oa]|mist[oa])\s*\((?:oficina|presencial|escrit[óo]rio)\s+(?:y|e|\+|/)\s+(?:casa|remoto|home\s*office)\)`+
		`|(?:modalidad|formato|modelo|esquema|r[ée]gimen|regime)\s+(?:de\s+(?:trabajo|trabalho)\s+)?(?:mixt[oa]|mist[oa])`+
		`)(?:[^\p{L}]|$)`, 40, 60, "мешанн", "мішан", "омбинированн", "омбінован", "фис", "фіс", "mixt", "mist")

	eastOnsiteDemand = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Ukrainian: work in the office (Russian has its own reader)
		`робот\p{L}*\s+(?:(?:лише|тільки|виключно)\s+)?(?:в|у)\s+офіс\p{L}*`+
		// Czech
		`|(?:práce|práci|pracuje\s+se|pracovat)\s+(?:(?:pouze|jen|výhradně|přímo)\s+)?(?:v\s+(?:naší\s+|našich\s+)?kancelář\p{L}*|na\s+(?:našem\s+)?pracovišti|na\s+(?:naší\s+)?pobočce|v\s+provozovně|na\s+místě)`+
		`|(?:pouze|jen|výhradně)\s+(?:na\s+místě|v\s+kanceláři|na\s+pracovišti|na\s+pobočce|prezenčně)`+
		// Romanian
		`|la\s+sediul\s+(?:firmei|companiei|nostru|societ[ăa][țţt]ii|angajatorului)`+
		`|(?:exclusiv|doar|numai|integral)\s+(?:la|[îi]n|din)\s+(?:birou|sediu\p{L}*)`+
		`|(?:activitatea|munca|lucrul)\s+se\s+desf[ăa][șşs]oar[ăa]\s+(?:\p{L}+\s+){0,2}?(?:la|[îi]n)\s+(?:birou\p{L}*|sediu\p{L}*|fabric\p{L}*|depozit\p{L}*)`+
		`|(?:program\s+de\s+lucru|lucru|munc[ăa])[^.!?\n;]{0,40}?\s(?:la|de\s+la)\s+birou`+
		// Turkish
		`|ofis(?:te|ten)\s+(?:yapılacaktır|yapılmaktadır|çalışılacaktır|çalışılmaktadır|yürütülecektir|gerçekleştirilecektir)`+
		`)(?:[^\p{L}]|$)`, 60, 60, "фіс", "kancelář", "pracovišt", "pobočc", "místě", "provozovn", "prezenčn", "sediu", "birou", "ofiste", "ofisten")
)

// reviseEastIberianModes applies the readings above to ri.
func reviseEastIberianModes(text string, ri RemoteInfo) RemoteInfo {
	if text == "" || !textGivenMode(ri) {
		return ri
	}
	if ri.Remote == model.RemoteRemote || ri.Remote == model.RemoteUnknown {
		if m := eastDeniedRemote.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
		if m := eastHomeDays.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
	}
	if ri.Remote != model.RemoteHybrid {
		if m := eastMixedFormat.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
	}
	if ri.Remote == model.RemoteUnknown {
		for _, m := range eastOnsiteDemand.FindAllStringIndex(text, 4) {
			if lo, hi := clauseAround(text, m[0], m[1]); modeOfficeDays.MatchString(text[lo:hi]) {
				continue // "3 zile la birou": office days of a split week
			}
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
	}
	return ri
}
