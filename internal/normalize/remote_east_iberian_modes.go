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
//     çalışma imkanı bulunmamaktadır", "home office zde není", "távmunkára
//     nincs lehetőség", "без удалёнки", "bez možnosti home office", "fără
//     telemuncă", "nu se lucrează de acasă"): on-site, over a remote reading of
//     the text or none;
//   - home or remote work limited to a count of days a week in the same
//     clause ("из дома 1-2 дня в неделю", "з дому два дні на тиждень",
//     "teletrabajar dos días por semana", "trabalhar de casa duas vezes por
//     semana", "dva dny home office týdně", "heti két nap home office"), or
//     by arrangement beside an office ("home office dle domluvy"): hybrid,
//     over a remote reading of the text or none;
//   - remote work in full in Ukrainian and Romanian ("цілком
//     дистанційна робота", "віддалений формат роботи", "lucrezi remote de
//     oriunde"): remote where nothing was read;
//   - a mixed format ("смешанный формат работы", "змішаний графік",
//     "офис и дом", "modelo de trabajo mixto", "mixto (oficina y casa)",
//     "kombinace práce v kanceláři a z domova", a "Гібрид:" heading):
//     hybrid, over a text reading;
//   - work said to be done in the office or on the premises ("робота в
//     офісі", "práce v kanceláři", "pouze na místě", "activitatea se
//     desfășoară la sediul firmei", "exclusiv la birou", "prezența zilnică
//     la birou", "az irodánkban történik", "çalışma ofisten yapılacaktır",
//     "mağazamızda çalışacak", "acudir a diario a la oficina"): on-site where nothing was read, unless the clause
//     counts office days; also full or daily presence ("presencialidad
//     completa", "denní přítomnost v kanceláři"), work done on the
//     premises ("desenvolvidas nas instalações do cliente"), "робота з
//     офісу" and an office-based model ("ofis merkezlidir").
//
// The word forms of audit T widen the shapes above: an offer verb in the
// denial ("удалёнку не практикуем"), a Hungarian "nem látható el
// távmunkában", "až" or "max." before a Czech count, Hungarian times a
// week ("heti egyszer otthonról") and the Russian and Ukrainian "part of
// the week in the office, part remote".
//
// A field's reading is left alone; these decide only what the text gave.
var (
	eastDeniedRemote = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Russian, Ukrainian
		`(?:удал[её]нн\p{L}*|дистанционн\p{L}*|віддален\p{L}*|дистанційн\p{L}*|удал[её]нк\p{L}*)\s+(?:(?:работ\p{L}*|формат\p{L}*|робот\p{L}*)\s+)?(?:не\s+(?:рассматрива\p{L}*|предлага\p{L}*|пропону\p{L}*|практику\p{L}*|предусмотрен\p{L}*|предусматрива\p{L}*|предполага\p{L}*|предоставля\p{L}*|розглядає\p{L}*|розглядаю\p{L}*|передбачен\p{L}*|передбача\p{L}*|надає\p{L}*)|невозможн\p{L}*|неможлив\p{L}*|исключен\p{L}*|виключен\p{L}*)`+
		`|не\s+(?:удал[её]нно|віддалено|дистанційно|дистанционно|з\s+дому|из\s+дома)`+
		`|без\s+(?:возможност\p{L}*\s+|можливост\p{L}*\s+)?(?:удал[её]нк\p{L}*|удал[её]нн\p{L}*\s+работ\p{L}*|віддален\p{L}*\s+робот\p{L}*|дистанційн\p{L}*\s+робот\p{L}*|дистанционн\p{L}*\s+работ\p{L}*)`+
		// Portuguese
		`|n[ãa]o\s+(?:trabalhamos|atuamos|oferecemos|oferece|temos|h[áa]|possu[íi]mos|possui|permitimos|permite|aceitamos|[ée]\s+poss[íi]vel)\s+(?:com\s+)?(?:(?:a\s+)?(?:op[çc][ãa]o|possibilidade)\s+de\s+)?(?:o\s+)?(?:home\s*office|trabalho\s+remoto|teletrabalho|modelo\s+remoto|regime\s+remoto|trabalhar\s+(?:remotamente|de\s+casa|em\s+casa))`+
		// Spanish
		`|no\s+(?:ofrecemos|ofrece|se\s+ofrece|hay|existe|contemplamos|se\s+contempla|se\s+permite|permitimos|es\s+posible|admite|se\s+admite)\s+(?:(?:la\s+)?(?:opci[óo]n|posibilidad)\s+de\s+)?(?:el\s+)?(?:teletrabajo|teletrabajar|trabajo\s+(?:en\s+)?remoto|trabajo\s+a\s+distancia|trabajo\s+desde\s+casa|trabajar\s+(?:desde\s+casa|en\s+remoto|a\s+distancia)|home\s*office)`+
		// Romanian
		`|nu\s+(?:oferim|ofer[ăa]|este\s+posibil[ăa]?|exist[ăa]|se\s+poate|permitem|accept[ăa]m|se\s+accept[ăa])\s+(?:(?:posibilitatea|op[țţt]iunea)\s+de\s+(?:a\s+)?)?(?:lucru(?:l)?\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])|lucra\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])|telemunc[ăa]|munca\s+(?:de\s+acas[ăa]|remote)|remote)`+
		`|nu\s+(?:se\s+lucreaz[ăa]|lucr[ăa]m|lucrezi)\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])`+
		`|f[ăa]r[ăa]\s+(?:(?:posibilitate(?:a)?|op[țţt]iune(?:a)?)\s+de\s+)?(?:lucru\s+(?:de\s+acas[ăa]|remote|la\s+distan[țţt][ăa])|telemunc[ăa]|home\s*office)`+
		`|(?:jobul|postul|pozi[țţt]ia|rolul)\s+nu\s+este\s+(?:remote|la\s+distan[țţt][ăa])`+
		// Turkish
		`|(?:uzaktan|evden)\s+çalışma\s+(?:(?:imkan\p{L}*|imkân\p{L}*|olana[ğg]\p{L}*|seçene[ğg]\p{L}*|opsiyon\p{L}*)\s+)?(?:bulunmamaktadır|bulunmuyor|yoktur|yok|sunulmamaktadır|sunulmuyor|mevcut\s+değildir)`+
		// Czech
		`|bez\s+(?:možnosti\s+)?(?:home\s*office|práce\s+z\s+domova|práce\s+na\s+dálku)`+
		`|(?:home\s*office|práce\s+z\s+domova|práce\s+na\s+dálku)\s+(?:u\s+nás\s+|zde\s+|bohužel\s+)?(?:není|nelze|neumožňujeme|nenabízíme)`+
		`|(?:neumožňujeme|nenabízíme|nelze)\s+(?:\p{L}+\s+)?(?:home\s*office|práci\s+z\s+domova|práci\s+na\s+dálku|pracovat\s+z\s+domova)`+
		// Hungarian
		`|(?:távmunk\p{L}*|home\s*office\p{L}*|otthoni\s+munk\p{L}*)\s+(?:\p{L}+\s+)?(?:nincs|nem\s+(?:lehetséges|biztosított|megoldható|engedélyezett|végezhető|végezhetõ|látható\s+el))`+
		`|nem\s+(?:végezhető|végezhetõ|látható\s+el|lehetséges|megoldható)\s+(?:\p{L}+\s+)?(?:távmunk\p{L}*|home\s*office\p{L}*|otthonról|otthoni\s+munk\p{L}*)`+
		`)(?:[^\p{L}]|$)`, 90, 60, "далённ", "даленн", "далёнк", "даленк", "истанцион", "іддален", "истанційн", "дома", "дому", "home", "remot", "teletrab",
		"casa", "distan", "acas", "telemunc", "uzaktan", "evden", "domova", "dálku", "távmunk", "otthoni")

	eastHomeDays = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Russian
		`(?:из\s+дома|удал[её]нн\p{L}*|удал[её]нк\p{L}*|дистанционн\p{L}*)[^.!?\n;]{0,40}?(?:[1-4](?:\s*[-–]\s*[1-4])?|один|одного|два|двух|три|трёх|трех)\s*(?:дн(?:я|ей|и)|день)\s+в\s+неделю`+
		`|(?:[1-4](?:\s*[-–]\s*[1-4])?|один|два|три)\s*(?:дн(?:я|ей|и)|день)\s+в\s+неделю\s+(?:работ\p{L}*\s+)?(?:из\s+дома|удал[её]нно|дистанционно|на\s+удал[её]нке)`+
		// Ukrainian
		`|(?:з\s+дому|віддален\p{L}*|дистанційн\p{L}*)[^.!?\n;]{0,40}?(?:[1-4](?:\s*[-–]\s*[1-4])?|один|одного|два|дві|двох|три|трьох)\s*(?:дн(?:і|я|ів)|день)\s+на\s+тиждень`+
		`|(?:[1-4](?:\s*[-–]\s*[1-4])?|один|два|дві|три)\s*(?:дн(?:і|я|ів)|день)\s+на\s+тиждень\s+(?:\p{L}+\s+)?(?:з\s+дому|віддалено|дистанційно)`+
		// Spanish
		`|(?:teletrabaj\p{L}*|trabaj\p{L}*\s+desde\s+casa|trabajo\s+(?:en\s+)?remoto|en\s+remoto|home\s*office)[^.!?\n;]{0,30}?(?:[1-4]|un|uno|dos|tres|cuatro)\s+d[íi]as?\s+(?:a\s+la|por|a|cada|en\s+la|de\s+la)\s+semana`+
		// Portuguese and Spanish: times or days a week
		`|(?:trabalh\p{L}*\s+(?:de|em)\s+casa|teletrabalh\p{L}*|trabalh\p{L}*\s+remot\p{L}*|teletrabaj\p{L}*|trabaj\p{L}*\s+desde\s+casa)[^.!?\n;]{0,30}?(?:[1-4]|um|uma|dois|duas|tr[êe]s|quatro|una|dos|tres|cuatro)\s*(?:x|vez(?:es)?|veces)\s+(?:por|na|à|a|em\s+cada|a\s+la)\s+semana`+
		// Czech: days a week of home office
		`|(?:[1-4]|jeden|dva|dvě|tři|čtyři)\s+(?:dny|dn[ií]|den)\s+(?:home\s*office|z\s+domova|na\s+dálku)\s+(?:týdně|v\s+týdnu)`+
		`|(?:týdně|v\s+týdnu)\s+(?:[1-4]|jeden|dva|dvě|tři|čtyři)\s+(?:dny|dn[ií]|den)\s+(?:home\s*office|z\s+domova|na\s+dálku)`+
		`|(?:home\s*office|práce\s+z\s+domova|práce\s+na\s+dálku)\s+(?:(?:až|max(?:imálně)?\.?|nejvýše|nanejvýš|do|zhruba|cca\.?)\s+)?(?:[1-4]|jeden|dva|dvě|tři|čtyři)(?:\s*[-–]\s*[1-4])?\s+(?:dny|dn[ií]|den)\s+(?:týdně|v\s+týdnu|za\s+týden|do\s+týdne)`+
		// Hungarian
		`|heti\s+(?:(?:[1-4]|egy|két|kettő|három|négy)\s*(?:nap(?:ot)?|alkalommal|x)|egyszer|kétszer|háromszor|négyszer)\s+(?:home\s*office|otthonról|távmunk\p{L}*|otthoni\s+munk\p{L}*)`+
		`|(?:home\s*office|távmunk\p{L}*|otthonról)\s+(?:\p{L}+\s+)?heti\s+(?:(?:[1-4]|egy|két|kettő|három|négy)\s*(?:nap|alkalommal|x)|egyszer|kétszer|háromszor|négyszer)`+
		// Czech: by arrangement, beside an office
		`|home\s*office\s+(?:dle|podle|po)\s+(?:předchozí\s+)?domluv\p{L}*[^.!?\n]{0,20}?(?:jinak|jinak\s+v|ostatní\s+dny)`+
		`|(?:částečn\p{L}*|občasn\p{L}*|příležitostn\p{L}*)\s+(?:home\s*office|práce\s+z\s+domova|práce\s+na\s+dálku)`+
		`)(?:[^\p{L}]|$)`, 60, 80, "дома", "далённ", "даленн", "далёнк", "даленк", "истанцион", "дому", "іддален", "истанційн", "неделю", "тиждень",
		"teletrab", "desde casa", "remoto", "home", "heti", "casa", "trabalh", "domova", "dálku", "domluv", "ástečn", "bčasn", "říležitostn")

	eastMixedFormat = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		`(?:смешанн\p{L}*|змішан\p{L}*|комбинированн\p{L}*|комбінован\p{L}*)\s+(?:формат\p{L}*|режим\p{L}*|график\p{L}*|графік\p{L}*)`+
		`|оф[иі]с\s+(?:и|та|і|\+|/)\s+(?:дом|дім|удал[её]нк\p{L}*|удал[её]нно|віддалено|з\s+дому|из\s+дома)`+
		`|(?:^|\n)[ \t]*(?:гібрид|гибрид)\s*:`+
		`|част\p{L}*\s+(?:недел\p{L}*|времени|тижня|часу)\s+(?:в|у|з|из)\s+офис\p{L}*\s*[,;]?\s*(?:а\s+)?част\p{L}*\s+(?:удал[её]нно|из\s+дома|дистанционно|на\s+удал[её]нке)`+
		`|част\p{L}*\s+(?:недел\p{L}*|времени|тижня|часу)\s+(?:в|у|з|из)\s+офіс\p{L}*\s*[,;]?\s*(?:а\s+)?част\p{L}*\s+(?:віддалено|з\s+дому|дистанційно)`+
		`|част\p{L}*\s+(?:недел\p{L}*|времени|тижня|часу)\s+(?:удал[её]нно|из\s+дома|дистанционно|віддалено|з\s+дому|дистанційно)\s*[,;]?\s*(?:а\s+)?част\p{L}*\s+(?:в|у)\s+оф[иі]с\p{L}*`+
		`|kombinac\p{L}*\s+(?:práce\s+)?(?:(?:z|v)\s+kancelář\p{L}*\s+a\s+(?:z\s+)?domova|z\s+domova\s+a\s+(?:z|v)\s+kancelář\p{L}*)`+
		`|combina(?:ci[óo]n|[çc][ãa]o)\s+(?:de\s+)?(?:trabajo\s+|trabalho\s+)?(?:presencial|en\s+oficina|no\s+escrit[óo]rio)\s+(?:y|e|com|con)\s+(?:\p{L}+\s+)?(?:remoto|teletrabajo|teletrabalho|home\s*office)`+
		`|(?:mixt[oa]|mist[oa])\s*\((?:oficina|presencial|escrit[óo]rio)\s+(?:y|e|\+|/)\s+(?:casa|remoto|home\s*office)\)`+
		`|(?:modalidad|formato|modelo|esquema|r[ée]gimen|regime)\s+(?:de\s+(?:trabajo|trabalho)\s+)?(?:mixt[oa]|mist[oa])`+
		`)(?:[^\p{L}]|$)`, 40, 60, "мешанн", "мішан", "омбинированн", "омбінован", "фис", "фіс", "част", "mixt", "mist", "ібрид", "ибрид", "kombinac", "combina")

	eastRemoteFull = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		`(?:повністю|цілком|повн\p{L}*|100\s?%)\s+(?:віддален\p{L}*|дистанційн\p{L}*)`+
		`|(?:lucra|lucrezi|lucra[țţt]i|lucreaz[ăa]|lucru)\s+(?:100\s?%\s+|integral\s+|complet\s+|full\s+)?remote\s+(?:de\s+oriunde|din\s+orice|de\s+acas[ăa]|din\s+toat[ăa])`+
		`|(?:віддален\p{L}*|дистанційн\p{L}*)\s+(?:формат\p{L}*|режим\p{L}*)\s+робот\p{L}*`+
		`)(?:[^\p{L}]|$)`, 40, 40, "іддален", "истанційн", "remote")

	eastOnsiteDemand = newKeyRegexp(`(?i)(?:^|[^\p{L}])(?:`+
		// Ukrainian: work in the office (Russian has its own reader)
		`робот\p{L}*\s+(?:(?:лише|тільки|виключно)\s+)?(?:(?:в|у)\s+офіс\p{L}*|з\s+офісу)`+
		// Czech
		`|(?:práce|práci|pracuje\s+se|pracovat)\s+(?:probíhá\s+|se\s+vykonává\s+|je\s+vykonávána\s+)?(?:(?:pouze|jen|výhradně|přímo)\s+)?(?:v\s+(?:naší\s+|našich\s+)?kancelář\p{L}*|na\s+(?:našem\s+)?pracovišti|na\s+(?:naší\s+)?pobočce|v\s+provozovně|na\s+místě)`+
		`|(?:pouze|jen|výhradně)\s+(?:na\s+místě|v\s+kanceláři|na\s+pracovišti|na\s+pobočce|prezenčně)`+
		`|(?:každodenní|denní|osobní|fyzick\p{L}*|pravideln\p{L}*)\s+přítomnost\p{L}*\s+(?:na\s+(?:našem\s+)?pracovišti|v\s+(?:naší\s+)?kancelář\p{L}*|na\s+pobočce|v\s+provozovně|na\s+místě)`+
		`|presencialidad\s+(?:total|completa|plena|diaria|absoluta|del\s+100\s?%)`+
		`|(?:realizad|executad|desempenhad|desenvolvid|exercid|prestad|desempe[ñn]ad|desarrollad)[oa]s?\s+(?:(?:presencialmente|exclusivamente|integralmente|sempre|siempre)\s+)?(?:nas\s+(?:nossas\s+)?instala[çc][õo]es\s+(?:da|do)\s+(?:empresa|companhia|cliente|f[áa]brica)|nas\s+nossas\s+instala[çc][õo]es|en\s+(?:las\s+)?(?:nuestras\s+)?instalaciones\s+(?:de\s+la\s+empresa|del\s+cliente|de\s+la\s+compa[ñn][íi]a)|en\s+nuestras\s+instalaciones)`+
		// Spanish: to come to the office every day
		`|(?:acudir|asistir|desplazarte|ir|venir)\s+(?:diariamente|a\s+diario|todos\s+los\s+d[íi]as)\s+a\s+(?:la|las|nuestra|nuestras)\s+(?:\p{L}+\s+)?oficinas?`+
		`|(?:acudir|asistir|desplazarte|ir|venir)\s+a\s+(?:la|las|nuestra|nuestras)\s+oficinas?\s+(?:\p{L}+\s+){0,3}?(?:diariamente|a\s+diario|todos\s+los\s+d[íi]as)`+
		// Romanian
		`|la\s+sediul\s+(?:firmei|companiei|nostru|societ[ăa][țţt]ii|angajatorului)`+
		`|(?:exclusiv|doar|numai|integral)\s+(?:la|[îi]n|din)\s+(?:birou|sediu\p{L}*|fabric\p{L}*|depozit\p{L}*|magazin\p{L}*)`+
		`|prezen[țţt]\p{L}*\s+(?:zilnic[ăa]\s+|fizic[ăa]\s+)?(?:la|[îi]n)\s+(?:birou|sediu\p{L}*)`+
		// Hungarian
		`|irod\p{L}*ban\s+(?:történik|zajlik|folyik|dolgozol|dolgozunk)|helyszínen\s+(?:történik|zajlik)`+
		`|(?:activitatea|munca|lucrul)\s+se\s+desf[ăa][șşs]oar[ăa]\s+(?:\p{L}+\s+){0,2}?(?:la|[îi]n)\s+(?:birou\p{L}*|sediu\p{L}*|fabric\p{L}*|depozit\p{L}*)`+
		`|(?:program\s+de\s+lucru|lucru|munc[ăa])[^.!?\n;]{0,40}?\s(?:la|de\s+la)\s+birou`+
		// Turkish
		`|(?:[iİ]ş\s*yerinde|ofisimizde|fabrikamızda|mağazamızda|şubemizde)\s+(?:\p{L}+\s+){0,2}?çalış\p{L}*`+
		`|ofis\s+(?:bazlı|tabanlı|merkezli)\p{L}*`+
		`|ofis(?:te|ten)\s+(?:yapılacaktır|yapılmaktadır|çalışılacaktır|çalışılmaktadır|yürütülecektir|gerçekleştirilecektir)`+
		`)(?:[^\p{L}]|$)`, 60, 60, "фіс", "kancelář", "pracovišt", "pobočc", "místě", "provozovn", "prezenčn", "sediu", "birou", "ofiste", "ofisten", "fabric", "depozit", "magazin", "prezen", "irod", "helyszínen", "yerinde", "ofisimizde", "fabrikamızda", "mağazamızda", "şubemizde", "probíhá", "vykonává", "diari", "todos los d", "přítomnost", "presencialidad", "instala", "bazl", "tabanl", "merkezli")
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
		if m := eastRemoteFull.FindStringIndex(text); m != nil {
			return setModeKeepRegions(ri, model.RemoteRemote, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
		for _, m := range eastOnsiteDemand.FindAllStringIndex(text, 4) {
			if lo, hi := clauseAround(text, m[0], m[1]); modeOfficeDays.MatchString(text[lo:hi]) {
				continue // "3 zile la birou": office days of a split week
			}
			return setModeKeepRegions(ri, model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]]))
		}
	}
	return ri
}
