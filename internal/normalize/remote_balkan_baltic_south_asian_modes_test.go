package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// balkanBalticSouthAsianModeCases pin remote_balkan_baltic_south_asian_modes.go:
// on-site, hybrid and remote phrases of Bulgarian, Greek, Slovene,
// Croatian/Serbian/Bosnian, Estonian, Latvian, Lithuanian, Finnish, Hindi,
// Urdu, Persian and Bengali postings; remote denied; a remote and an office
// phrase in one sentence; days a week; a choice; partly remote. Traps:
// remote control or monitoring, remote support as the task, a home-office
// allowance, hybrid cars and clouds, an office address, an English text.
var balkanBalticSouthAsianModeCases = []truthCase{
	// Bulgarian.
	{name: "bg office no home", p: model.Posting{Title: "Оператор", Locations: []string{"Варна"}, DescriptionText: "Ще работите в нашия офис във Варна; няма опция за работа от дома."}, remote: "onsite"},
	{name: "bg remote refused", p: model.Posting{Title: "Касиер", Locations: []string{"Бургас"}, DescriptionText: "Дистанционна работа не се предлага за тази позиция."}, remote: "onsite"},
	{name: "bg home two days", p: model.Posting{Title: "Анализатор", Locations: []string{"София"}, DescriptionText: "Работа от вкъщи три дни седмично."}, remote: "hybrid"},
	{name: "trap: bg remote control", p: model.Posting{Title: "Техник", Locations: []string{"Стара Загора"}, DescriptionText: "Поддръжка на системи за дистанционно управление на помпи."}, remote: "unknown"},
	{name: "trap: bg hybrid cloud", p: model.Posting{Title: "DevOps", Locations: []string{"София"}, DescriptionText: "Опит с хибриден облак (AWS и локални сървъри)."}, remote: "unknown"},
	// Greek.
	{name: "el offices of the firm", p: model.Posting{Title: "Υπάλληλος", Locations: []string{"Πάτρα"}, DescriptionText: "Η απασχόληση είναι στα γραφεία της εταιρείας στην Πάτρα."}, remote: "onsite"},
	{name: "el home working", p: model.Posting{Title: "Μεταφραστής", DescriptionText: "Απασχόληση από το σπίτι με ευέλικτο ωράριο."}, remote: "remote"},
	{name: "el telework two days", p: model.Posting{Title: "Αναλυτής", Locations: []string{"Αθήνα"}, DescriptionText: "Τηλεργασία δύο ημέρες την εβδομάδα."}, remote: "hybrid"},
	{name: "el no telework", p: model.Posting{Title: "Ταμίας", Locations: []string{"Λάρισα"}, DescriptionText: "Χωρίς δυνατότητα τηλεργασίας."}, remote: "onsite"},
	{name: "trap: el remote monitoring", p: model.Posting{Title: "Μηχανικός", Locations: []string{"Βόλος"}, DescriptionText: "Παρακολούθηση εξ αποστάσεως αντλιοστασίων."}, remote: "unknown"},
	// Slovene.
	{name: "sl work happens in office", p: model.Posting{Title: "Referent", Locations: []string{"Celje"}, DescriptionText: "Delo poteka v poslovnih prostorih v Celju."}, remote: "onsite"},
	{name: "sl remote not possible", p: model.Posting{Title: "Prodajalec", Locations: []string{"Kranj"}, DescriptionText: "Delo od doma ni možno."}, remote: "onsite"},
	{name: "sl partly remote", p: model.Posting{Title: "Analitik", Locations: []string{"Ljubljana"}, DescriptionText: "Delno delo na daljavo."}, remote: "hybrid"},
	// Croatian, Serbian, Bosnian.
	{name: "hr fully distant", p: model.Posting{Title: "Prevoditelj", DescriptionText: "Radi se potpuno na daljinu."}, remote: "remote"},
	{name: "sr office no home", p: model.Posting{Title: "Knjigovođa", Locations: []string{"Novi Sad"}, DescriptionText: "Rad u kancelariji u Novom Sadu, rad od kuće nije moguć."}, remote: "onsite"},
	{name: "bs choose", p: model.Posting{Title: "Dizajner", Locations: []string{"Mostar"}, DescriptionText: "Sami birate: rad od kuće ili iz ureda."}, remote: "hybrid"},
	{name: "trap: hr remote reading", p: model.Posting{Title: "Tehničar", Locations: []string{"Osijek"}, DescriptionText: "Ugradnja sustava za daljinsko očitanje brojila."}, remote: "unknown"},
	// Estonian.
	{name: "et office in town", p: model.Posting{Title: "Klienditeenindaja", Locations: []string{"Narva"}, DescriptionText: "Töö toimub Narva kontoris."}, remote: "onsite"},
	{name: "et partly remote", p: model.Posting{Title: "Analüütik", Locations: []string{"Tallinn"}, DescriptionText: "Osaliselt kaugtöö."}, remote: "hybrid"},
	{name: "trap: et home office grant", p: model.Posting{Title: "Arendaja", Locations: []string{"Tartu"}, DescriptionText: "Soodustused: kodukontori toetus 300 eurot."}, remote: "unknown"},
	// Latvian.
	{name: "lv from home", p: model.Posting{Title: "Tulks", DescriptionText: "Strādāsiet no mājām."}, remote: "remote"},
	{name: "lv in person", p: model.Posting{Title: "Kasieris", Locations: []string{"Daugavpils"}, DescriptionText: "Darbs tikai klātienē."}, remote: "onsite"},
	{name: "lv remote none", p: model.Posting{Title: "Pārdevējs", Locations: []string{"Jelgava"}, DescriptionText: "Darbs birojā; attālinātais darbs nav iespējams."}, remote: "onsite"},
	// Lithuanian.
	{name: "lt office in town", p: model.Posting{Title: "Vadybininkas", Locations: []string{"Klaipėda"}, DescriptionText: "Darbas vyksta Klaipėdos biure."}, remote: "onsite"},
	{name: "lt remote twice", p: model.Posting{Title: "Analitikas", Locations: []string{"Vilnius"}, DescriptionText: "Dirbti nuotoliu galima 2 dienas per savaitę."}, remote: "hybrid"},
	{name: "trap: lt remote control", p: model.Posting{Title: "Inžinierius", Locations: []string{"Kaunas"}, DescriptionText: "Nuotolinio valdymo įrenginių priežiūra."}, remote: "unknown"},
	// Finnish.
	{name: "fi office mostly", p: model.Posting{Title: "Suunnittelija", Locations: []string{"Espoo"}, DescriptionText: "Voit tehdä etätöitä, vaikka työ on enimmäkseen toimistolla."}, remote: "hybrid"},
	{name: "fi on site", p: model.Posting{Title: "Varastotyöntekijä", Locations: []string{"Vantaa"}, DescriptionText: "Työ tehdään paikan päällä Vantaalla."}, remote: "onsite"},
	{name: "trap: fi hybrid car", p: model.Posting{Title: "Mekaanikko", Locations: []string{"Turku"}, DescriptionText: "Huollamme hybridiautoja ja sähköautoja."}, remote: "unknown"},
	// Hindi.
	{name: "hi office compulsory", p: model.Posting{Title: "सहायक", Locations: []string{"जयपुर"}, DescriptionText: "कार्यालय में आकर काम करना होगा।"}, remote: "onsite"},
	{name: "hi remote distance", p: model.Posting{Title: "अनुवादक", DescriptionText: "यह दूरस्थ पद है।"}, remote: "remote"},
	{name: "trap: hi remote control toys", p: model.Posting{Title: "सेल्समैन", Locations: []string{"पटना"}, DescriptionText: "रिमोट कंट्रोल खिलौनों की बिक्री।"}, remote: "unknown"},
	// Urdu.
	{name: "ur office attendance", p: model.Posting{Title: "کلرک", Locations: []string{"ملتان"}, DescriptionText: "ملتان دفتر میں روزانہ آنا ہوگا۔"}, remote: "onsite"},
	{name: "ur home work", p: model.Posting{Title: "مترجم", DescriptionText: "مکمل گھر سے کام کی نوکری۔"}, remote: "remote"},
	{name: "ur hybrid title", p: model.Posting{Title: "سیلز مینیجر - ہائبرڈ", Locations: []string{"اسلام آباد"}}, remote: "hybrid"},
	// Persian.
	{name: "fa remote job", p: model.Posting{Title: "مترجم", DescriptionText: "همکاری به صورت دورکاری."}, remote: "remote"},
	{name: "fa in person", p: model.Posting{Title: "منشی", Locations: []string{"شیراز"}, DescriptionText: "همکاری به صورت حضوری."}, remote: "onsite"},
	{name: "fa remote none", p: model.Posting{Title: "صندوقدار", Locations: []string{"مشهد"}, DescriptionText: "شرایط دورکاری نداریم؛ کار حضوری است."}, remote: "onsite"},
	{name: "trap: fa remote control", p: model.Posting{Title: "تکنسین", Locations: []string{"تبریز"}, DescriptionText: "تعمیر درب های کنترل از راه دور."}, remote: "unknown"},
	// Bengali.
	{name: "bn office", p: model.Posting{Title: "হিসাব সহকারী", Locations: []string{"খুলনা"}, DescriptionText: "খুলনা অফিসে বসে কাজ।"}, remote: "onsite"},
	{name: "bn home", p: model.Posting{Title: "অনুবাদক", DescriptionText: "বাড়ি থেকে কাজ করার চাকরি।"}, remote: "remote"},
	{name: "bn home two days", p: model.Posting{Title: "বিশ্লেষক", Locations: []string{"ঢাকা"}, DescriptionText: "প্রতি সপ্তাহে ২ দিন বাসা থেকে কাজ।"}, remote: "hybrid"},
	// English stays with the English readers.
	{name: "trap: en remote control", p: model.Posting{Title: "Technician", Locations: []string{"Leeds"}, DescriptionText: "Repair remote control units in our workshop."}, remote: "!remote"},
}

func TestBalkanBalticSouthAsianModeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range balkanBalticSouthAsianModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// TestBalkanBalticSouthAsianModeCasesLong runs the cases past
// minGuardedText, where hasFold asks the folded-text cache.
func TestBalkanBalticSouthAsianModeCasesLong(t *testing.T) {
	filler := strings.Repeat("The bakery opens early and closes at noon. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCase, balkanBalticSouthAsianModeCases)
}

// TestBalkanBalticSouthAsianGate: the gate lets the scripts and the Latin
// stems in and keeps English text out.
func TestBalkanBalticSouthAsianGate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"дистанционно", true}, {"τηλεργασία", true}, {"na daljavo", true}, {"Kaugtöö", true}, {"घर से", true},
		{"دورکاری", true}, {"অফিসে", true}, {"ETÄTYÖ", true}, {"Work from home twice a week", false}, {"Café in Zürich", false},
	} {
		if got := bbsaGate(c.s); got != c.want {
			t.Errorf("bbsaGate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestBBSAWideLeads: the lead-byte look before the wide stems' scan
// changes no answer of bbsaGate: each stem is found in either case, and
// the gate agrees with the scan alone over the stems, English text and
// text with other accented letters.
func TestBBSAWideLeads(t *testing.T) {
	texts := append(keyTexts(t), "Plain English: hybrid work, two office days.", "Café au lait, naïve résumé.", "Ærøskøbing Åre Œuvre")
	for _, w := range bbsaLatinWide {
		texts = append(texts, "Töö: "+w+" tiimis", strings.ToUpper(w)+" mode", "x "+w)
	}
	for _, s := range texts {
		want := bbsaScript(s) || hasKeyHit(bbsaLatinKeys, s) || containsAnyFold(s, bbsaLatinWide)
		if got := s != "" && bbsaGate(s); got != want {
			t.Errorf("bbsaGate(%.60q) = %v, want %v", s, got, want)
		}
	}
	for _, w := range bbsaLatinWide {
		if !hasLeadByte(strings.ToUpper(w), bbsaWideLeads) || !hasLeadByte(w, bbsaWideLeads) {
			t.Errorf("no lead byte of %q marked", w)
		}
	}
	if hasLeadByte("Plain English with a dash – and quotes “like this”.", bbsaWideLeads) {
		t.Error("English punctuation marked as a stem's lead byte")
	}
}
