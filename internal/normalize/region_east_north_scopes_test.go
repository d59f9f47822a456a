package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Where a remote or hybrid worker may be, in the Nordic, Baltic, Central
// and Eastern European sentences of region_east_north_scopes.go. Every
// sentence is our own; the traps name a place the reading must leave.
func TestEastNorthScopes(t *testing.T) {
	cases := []regionSentenceCase{
		// one country, in the case the sentence puts it in
		{"swedish residence", "Testare", "", "Rollen sköts på distans. Den som söker ska vara folkbokförd i Sverige.", "SE"},
		{"swedish whole country genitive", "Redovisare", "", "Distansjobb för dig som bor någonstans inom Sveriges gränser.", "SE"},
		{"danish permit", "Tekniker", "", "Arbejdet foregår hjemmefra; du skal have opholdstilladelse i Danmark.", "DK"},
		{"norwegian within", "Regnskapsfører", "", "Stillingen er fjernarbeid innenfor Norge.", "NO"},
		{"finnish inessive", "Kirjanpitäjä", "", "Työ tehdään etänä, ja hakijan kotipaikka on Suomessa.", "FI"},
		{"finnish elative anywhere", "Testaaja", "", "Etätyö onnistuu missä tahansa päin, kunhan asut Suomessa.", "FI"},
		{"estonian residence", "Raamatupidaja", "", "Töö on kaugtöö; elukoht Eestis on nõutud.", "EE"},
		{"latvian genitive residents", "Grāmatvede", "", "Darbs attālināti, piemērots tikai Latvijas iedzīvotājiem.", "LV"},
		{"lithuanian locative", "Buhalteris", "", "Nuotolinis darbas, jei gyvenate Lietuvoje.", "LT"},
		{"czech abbreviation", "Účetní", "", "Práce na dálku, nabídka platí pouze v rámci ČR.", "CZ"},
		{"czech long name", "Tester", "", "Home office pro uchazeče s trvalým pobytem v České republice.", "CZ"},
		{"slovak locative", "Účtovník", "", "Práca na diaľku len pre ľudí, ktorí žijú na Slovensku.", "SK"},
		{"slovene genitive", "Računovodja", "", "Delo na daljavo za prijavljene s stalnim prebivališčem v Sloveniji.", "SI"},
		{"croatian locative", "Računovođa", "", "Rad na daljinu, kandidati trebaju živjeti u Hrvatskoj.", "HR"},
		{"serbian cyrillic", "Рачуновођа", "", "Рад на даљину, само кандидати из Србије.", "RS"},
		{"romanian genitive", "Contabil", "", "Lucru de acasă, exclusiv cu domiciliul pe teritoriul României.", "RO"},
		{"hungarian superessive", "Könyvelő", "", "Távmunkában végezhető, csak Magyarországon lakóknak.", "HU"},
		{"greek genitive", "Λογιστής", "", "Τηλεργασία εντός της Ελλάδας.", "GR"},
		{"russian abbreviation", "Бухгалтер", "", "Удалённая работа, принимаем только граждан РФ.", "RU"},
		{"russian anywhere in country", "Тестировщик", "", "Удаленно из любого города России.", "RU"},
		{"ukrainian genitive", "Бухгалтер", "", "Віддалена робота лише для тих, хто проживає на території України.", "UA"},
		{"bulgarian", "Счетоводител", "", "Работа от вкъщи, само за живущи в България.", "BG"},
		// several countries, the EU, the Nordics
		{"swedish list", "Analytiker", "", "Distansarbete för dig som är bosatt i Sverige, Danmark eller Finland.", "SE,DK,FI"},
		{"czech list", "Analytik", "", "Práce z domova, hledáme kolegy z Česka a Slovenska.", "CZ,SK"},
		{"russian list with prepositions", "Аналитик", "", "Удалённо, только для кандидатов из Казахстана или из Беларуси.", "KZ,BY"},
		{"danish eu country", "Analytiker", "", "Hjemmearbejde, og du skal bo i et EU-land.", "EU"},
		{"slovak eu", "Analytik", "", "Práca na diaľku, iba z krajín EÚ.", "EU"},
		{"russian any eu country is no world", "Аналитик", "", "Удалённая работа из любой страны ЕС.", "EU"},
		{"finnish nordics", "Analyytikko", "", "Etätyö, asuinpaikka jossakin Pohjoismaista.", "SE,NO,DK,FI,IS"},
		{"swedish nordics", "Analytiker", "", "Jobbet sker på distans från hela Norden.", "SE,NO,DK,FI,IS"},
		// worldwide
		{"swedish world", "Skribent", "", "Du jobbar på distans från var som helst i världen.", "worldwide"},
		{"hungarian world", "Szövegíró", "", "Távmunka, a világ bármely országából.", "worldwide"},
		{"greek world", "Συντάκτης", "", "Τηλεργασία, δουλεύεις από οπουδήποτε στον κόσμο.", "worldwide"},
		{"bulgarian world", "Редактор", "", "Дистанционно, от всяка точка на света.", "worldwide"},
		{"latvian any country", "Redaktors", "", "Attālināts darbs no jebkuras valsts.", "worldwide"},
		{"spanish any country", "Redactor", "", "Puesto en remoto, te puedes conectar desde cualquier país.", "worldwide"},
		{"french any country", "Rédacteur", "", "Télétravail complet depuis n'importe quel pays.", "worldwide"},
		{"german any country", "Redakteur (m/w/d)", "", "Komplett remote, aus jedem Land heraus.", "worldwide"},
		{"italian any country", "Redattore", "", "Da remoto, da qualsiasi paese.", "worldwide"},
		{"any country but one is no world", "Skribent", "", "Distans från valfritt land utom Ryssland.", ""},
		// traps
		{"swedish offices", "Utvecklare", "", "Distans möjligt. Kontor finns i Sverige och Norge.", ""},
		{"swedish office list in a remote clause", "Utvecklare", "", "Distans möjligt, vi har kontor i Sverige och Norge.", ""},
		{"finnish market", "Myyjä", "", "Etätyö. Vastaat Suomen markkinoista.", ""},
		{"estonian language", "Tugi", "", "Kaugtöö, eesti keel on vajalik.", ""},
		{"hungarian office adjective", "Mérnök", "", "Távmunka, időnként a magyarországi irodánkban.", ""},
		{"czech customers", "Konzultant", "", "Práce z domova, obsluhujete zákazníky v České republice.", ""},
		{"russian customers", "Менеджер", "", "Удалённо, работа с клиентами по всей России.", ""},
		{"finnish world leading", "Insinööri", "", "Etätyö. Olemme koko maailman johtava valmistaja.", ""},
		{"romanian leader", "Inginer", "", "Lucru de acasă. Suntem lider în toată România.", ""},
		{"greek country without scope word", "Μηχανικός", "", "Τηλεργασία. Η εταιρεία ιδρύθηκε στην Ελλάδα το 2010.", ""},
		{"german north is no nordics", "Entwickler", "", "Remote, unser Büro liegt im Norden.", ""},
		{"swedish on-site", "Lagerarbetare", "", "Arbetet sker på plats i Sverige, med hybridarbete ibland.", ""},
	}
	runRegionSentenceCases(t, cases)
}

// The work-mode words of remote_words_east_north.go.
func TestEastNorthModeWords(t *testing.T) {
	cases := []postingModeCase{
		{"latvian remote", model.Posting{Title: "Grāmatvedis", DescriptionText: "Attālināts darbs ar elastīgu grafiku."}, model.RemoteRemote},
		{"latvian hybrid", model.Posting{Title: "Grāmatvedis", DescriptionText: "Piedāvājam hibrīdo darbu: hibrīds darbs divas dienas birojā."}, model.RemoteHybrid},
		{"estonian hybrid", model.Posting{Title: "Raamatupidaja", DescriptionText: "Hübriidtöö, kaks päeva nädalas kontoris."}, model.RemoteHybrid},
		{"romanian english word", model.Posting{Title: "Contabil", DescriptionText: "Oferim lucru remote și program flexibil."}, model.RemoteRemote},
		{"hungarian english word", model.Posting{Title: "Könyvelő", DescriptionText: "Teljesen remote munka, rugalmas időbeosztás."}, model.RemoteRemote},
		{"norwegian english word", model.Posting{Title: "Regnskapsfører", DescriptionText: "Du kan jobbe remote store deler av uken."}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}
