package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// worldModeCases: work modes in the languages remote_words_world.go reads,
// written for this project, with denials, partial words, office weeks and
// words that name something else.
var worldModeCases = []truthCase{
	// Remote in running text.
	{name: "dutch fully at a distance", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Je doet dit werk helemaal op afstand, vanaf je eigen plek."}, remote: "remote"},
	{name: "swedish at a distance", p: model.Posting{Title: "Utvecklare", DescriptionText: "Tjänsten utförs på distans och du väljer själv var du bor."}, remote: "remote"},
	{name: "norwegian home office", p: model.Posting{Title: "Utvikler", DescriptionText: "Du jobber fra hjemmekontor med kolleger over hele landet."}, remote: "remote"},
	{name: "danish from home", p: model.Posting{Title: "Udvikler", DescriptionText: "Stillingen er fjernarbejde, og du arbejder hjemmefra."}, remote: "remote"},
	{name: "finnish remote work", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Teet työtä etänä mistä päin Suomea tahansa."}, remote: "remote"},
	{name: "czech from home", p: model.Posting{Title: "Vývojář", DescriptionText: "Nabízíme plnou práci z domova."}, remote: "remote"},
	{name: "slovak at a distance", p: model.Posting{Title: "Vývojár", DescriptionText: "Pracovať budete na diaľku."}, remote: "remote"},
	{name: "turkish remote", p: model.Posting{Title: "Geliştirici", DescriptionText: "Bu rol tamamen uzaktan çalışma şeklindedir."}, remote: "remote"},
	{name: "hungarian telework", p: model.Posting{Title: "Fejlesztő", DescriptionText: "A pozíció teljes távmunkában végezhető."}, remote: "remote"},
	{name: "romanian from home", p: model.Posting{Title: "Programator", DescriptionText: "Poți lucra de acasă, oriunde în țară."}, remote: "remote"},
	{name: "greek at a distance", p: model.Posting{Title: "Προγραμματιστής", DescriptionText: "Η θέση είναι εξ αποστάσεως."}, remote: "remote"},
	{name: "greek capital opens the sentence", p: model.Posting{Title: "Προγραμματιστής", DescriptionText: "Τηλεργασία από οπουδήποτε στην Ελλάδα."}, remote: "remote"},
	{name: "ukrainian capital opens the sentence", p: model.Posting{Title: "Розробник", DescriptionText: "Віддалена робота з будь-якого міста."}, remote: "remote"},
	{name: "vietnamese at home", p: model.Posting{Title: "Lập trình viên", DescriptionText: "Bạn sẽ làm việc tại nhà."}, remote: "remote"},
	{name: "thai from home", p: model.Posting{Title: "นักพัฒนา", DescriptionText: "ตำแหน่งนี้ทำงานจากที่บ้านได้ทั้งหมด"}, remote: "remote"},
	{name: "indonesian at a distance", p: model.Posting{Title: "Pengembang", DescriptionText: "Posisi ini kerja jarak jauh dari seluruh Indonesia."}, remote: "remote"},
	{name: "hindi work from home", p: model.Posting{Title: "Data Entry", DescriptionText: "यह घर से काम करने वाली नौकरी है।"}, remote: "remote"},

	// Hybrid: a hybrid word, a partial word, office days in digits or words.
	{name: "swedish office days in words", p: model.Posting{Title: "Utvecklare", DescriptionText: "Rollen är hybrid med två dagar på kontoret varje vecka."}, remote: "hybrid"},
	{name: "norwegian partly from home", p: model.Posting{Title: "Utvikler", DescriptionText: "Du kan jobbe delvis hjemmefra."}, remote: "hybrid"},
	{name: "finnish partly remote", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Työ tehdään osittain etänä."}, remote: "hybrid"},
	{name: "czech hybrid regime", p: model.Posting{Title: "Vývojář", DescriptionText: "Hybridní režim, dva dny v kanceláři."}, remote: "hybrid"},
	{name: "azerbaijani hybrid regime", p: model.Posting{Title: "Analitik", Locations: []string{"Bakı"}, DescriptionText: "Hibrid iş rejimi, həftədə iki gün ofisdə."}, remote: "hybrid"},
	{name: "turkish hybrid spelled with d", p: model.Posting{Title: "Geliştirici", DescriptionText: "Hibrid çalışma modeli sunuyoruz."}, remote: "hybrid"},
	{name: "azerbaijani remote work", p: model.Posting{Title: "Analitik", DescriptionText: "Uzaqdan iş imkanı var."}, remote: "remote"},
	{name: "turkish hybrid model", p: model.Posting{Title: "Geliştirici", DescriptionText: "Hibrit çalışma düzeni uygulanmaktadır."}, remote: "hybrid"},
	{name: "greek hybrid model", p: model.Posting{Title: "Προγραμματιστής", DescriptionText: "Υβριδικό μοντέλο εργασίας."}, remote: "hybrid"},
	{name: "romanian hybrid schedule", p: model.Posting{Title: "Programator", DescriptionText: "Program hibrid, trei zile la birou."}, remote: "hybrid"},
	{name: "hungarian hybrid", p: model.Posting{Title: "Fejlesztő", DescriptionText: "Hibrid munkarend, heti 3 nap az irodában."}, remote: "hybrid"},
	{name: "remote and on-site words together", p: model.Posting{Title: "Utvecklare", DescriptionText: "Arbetet sker på plats i Göteborg, med möjlighet till distansarbete."}, remote: "hybrid"},
	{name: "on-site word beside a hybrid week", p: model.Posting{Title: "Lập trình viên", DescriptionText: "Hình thức: hybrid, 2 ngày tại văn phòng."}, remote: "hybrid"},

	// Denials and on-site words.
	{name: "dutch denied", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Thuiswerken is bij deze functie niet mogelijk."}, remote: "onsite"},
	{name: "swedish denied", p: model.Posting{Title: "Utvecklare", DescriptionText: "Distansarbete är tyvärr inte möjligt."}, remote: "onsite"},
	{name: "norwegian no home office", p: model.Posting{Title: "Utvikler", DescriptionText: "Stillingen har ingen hjemmekontor-ordning."}, remote: "onsite"},
	{name: "finnish not possible", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Etätyö ei ole mahdollista."}, remote: "onsite"},
	{name: "turkish is not", p: model.Posting{Title: "Geliştirici", DescriptionText: "Bu ilan uzaktan değildir."}, remote: "onsite"},
	{name: "hungarian not possible", p: model.Posting{Title: "Fejlesztő", DescriptionText: "Távmunka nem lehetséges."}, remote: "onsite"},
	{name: "german home office not possible", p: model.Posting{Title: "Entwickler", DescriptionText: "Wir arbeiten vor Ort; Homeoffice ist leider nicht möglich."}, remote: "onsite"},
	{name: "russian remote impossible", p: model.Posting{Title: "Разработчик", DescriptionText: "Работа в офисе, удалёнка невозможна."}, remote: "onsite"},
	{name: "english remote not possible", p: model.Posting{Title: "Developer", DescriptionText: "Remote work is not possible in this role."}, remote: "onsite"},
	{name: "italian office work", p: model.Posting{Title: "Sviluppatore", DescriptionText: "Lavoro in sede a Torino, dal lunedì al venerdì."}, remote: "onsite"},

	// Short fields.
	{name: "swedish location field", p: model.Posting{Title: "Utvecklare", Locations: []string{"Distans"}}, remote: "remote"},
	{name: "finnish location field", p: model.Posting{Title: "Kehittäjä", Locations: []string{"Etätyö"}}, remote: "remote"},
	{name: "korean location field", p: model.Posting{Title: "개발자", Locations: []string{"재택"}}, remote: "remote"},
	{name: "romanian location field", p: model.Posting{Title: "Programator", Locations: []string{"De la distanță"}}, remote: "remote"},

	// Traps: words naming something else.
	{name: "trap: a hybrid cloud is no work mode", p: model.Posting{Title: "Mühendis", DescriptionText: "Hibrit bulut altyapımızı birlikte büyüteceğiz."}, remote: "unknown"},
	{name: "trap: from the hospital is not from home", p: model.Posting{Title: "Perawat", DescriptionText: "Pasien pulang dari rumah sakit setiap hari."}, remote: "unknown"},
	{name: "trap: a compound holding the word", p: model.Posting{Title: "Lärare", DescriptionText: "Vi erbjuder distansutbildning för vuxna."}, remote: "unknown"},
	{name: "trap: an in-person interview is no on-site role", p: model.Posting{Title: "Sviluppatore", DescriptionText: "Il colloquio si terrà in presenza."}, remote: "unknown"},
	{name: "trap: remote and no commute stays remote", p: model.Posting{Title: "Developer", DescriptionText: "Fully remote role, no commute ever."}, remote: "remote"},
	{name: "trap: a sponsorship denied is no remote denied", p: model.Posting{Title: "Developer", DescriptionText: "Fully remote within Germany, visa sponsorship is not possible."}, remote: "remote"},
	{name: "trap: relocation denied is no remote denied", p: model.Posting{Title: "Entwickler", DescriptionText: "Homeoffice in ganz Deutschland, Umzug nicht möglich."}, remote: "remote"},
	{name: "trap: a thirty-day trial is no office week", p: model.Posting{Title: "Utvecklare", DescriptionText: "Du arbetar på distans; vi erbjuder 30 dagar semester."}, remote: "remote"},
}

func TestWorldModes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range worldModeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzWorldTextMode(f *testing.F) {
	for _, c := range worldModeCases {
		f.Add(c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ev := worldTextMode(s)
		switch r {
		case model.RemoteUnknown:
			if ev != "" {
				t.Errorf("worldTextMode(%q) = unknown with evidence %q", s, ev)
			}
		case model.RemoteRemote, model.RemoteHybrid, model.RemoteOnsite:
			if ev == "" || !strings.Contains(s, ev) {
				t.Errorf("worldTextMode(%q) = %s with evidence %q not in the text", s, r, ev)
			}
		default:
			t.Errorf("worldTextMode(%q) = %q", s, r)
		}
	})
}
