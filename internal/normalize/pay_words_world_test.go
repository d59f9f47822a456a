package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// worldWordCases: the words around a pay amount in about 25 languages
// (pay_labels_world.go, pay_periods_world.go, pay_range_words_world.go),
// written for this project, with the traps each must leave alone.
var worldWordCases = []truthCase{
	// German, Austrian, Swiss.
	{name: "de hourly wage label", p: model.Posting{Title: "Aushilfe", DescriptionText: "Stundenlohn: 14 EUR, Einsatz an Wochenenden."}, pay: "14 14 EUR hour"},
	{name: "de yearly compound label", p: model.Posting{Title: "Entwickler", DescriptionText: "Das Jahresbruttogehalt liegt zwischen 58.000 und 66.000 Euro."}, pay: "58000 66000 EUR year"},
	{name: "de austrian dash figure", p: model.Posting{Title: "Techniker", DescriptionText: "Das kollektivvertragliche Mindestgehalt beträgt € 3.100,- brutto/Monat."}, pay: "3100 3100 EUR month"},
	{name: "de monthly adjective", p: model.Posting{Title: "Assistenz", DescriptionText: "Monatliches Bruttogehalt: 2.950 €"}, pay: "2950 2950 EUR month"},
	{name: "de monthly salary noun after the amount", p: model.Posting{Title: "Praktikant Marketing", DescriptionText: "Wir zahlen €1.300 Bruttomonatsgehalt für sechs Monate."}, pay: "1300 1300 EUR month"},
	{name: "de hourly wage noun after the amount", p: model.Posting{Title: "Werkstudent", DescriptionText: "16,50 € Stundenlohn, 20 Stunden pro Woche."}, pay: "16.5 16.5 EUR hour"},
	{name: "sv monthly salary noun after the amount", p: model.Posting{Title: "Praktikant", DescriptionText: "Lön: 28 000 kr månadslön."}, pay: "28000 28000 SEK month"},
	{name: "trap: de experience and home office days", p: model.Posting{Title: "Entwickler", DescriptionText: "Gehalt nach Vereinbarung. 5 Jahre Erfahrung, bis zu 3 Tage Homeoffice pro Woche."}, pay: "-"},
	{name: "trap: de holidays a year", p: model.Posting{Title: "Entwickler", DescriptionText: "Wir bieten 30 Tage Urlaub pro Jahr und ein Jobticket."}, pay: "-"},
	// French.
	{name: "fr range with a from word", p: model.Posting{Title: "Chargé de projet", DescriptionText: "Rémunération : de 2 400 € à 2 900 € brut par mois selon profil."}, pay: "2400 2900 EUR month"},
	{name: "fr range with no from word", p: model.Posting{Title: "Analyste", PayText: "48 000 € à 56 000 € par an"}, pay: "48000 56000 EUR year"},
	{name: "fr swiss dash figure", p: model.Posting{Title: "Comptable", PayText: "CHF 7'200.- brut par mois"}, pay: "7200 7200 CHF month"},
	{name: "trap: fr subscribers", p: model.Posting{Title: "Community manager", DescriptionText: "Salaire selon profil. Notre page compte 10 000 abonnés depuis 2024."}, pay: "-"},
	{name: "trap: fr days a week are no range", p: model.Posting{Title: "Stagiaire", DescriptionText: "Entre 2 et 3 jours par semaine au bureau. Gratification : 650 € par mois."}, pay: "650 650 EUR month"},
	// Spanish and Portuguese.
	{name: "pt plural monthly", p: model.Posting{Title: "Analista", DescriptionText: "Remuneração: entre 1.900 € e 2.300 € brutos mensais."}, pay: "1900 2300 EUR month"},
	{name: "pt brazil range with até", p: model.Posting{Title: "Desenvolvedor", PayText: "de R$ 6.000 até R$ 8.500 mensais"}, pay: "6000 8500 BRL month"},
	{name: "es yearly range", p: model.Posting{Title: "Ingeniero", PayText: "Entre 31.000 y 37.000 € brutos al año"}, pay: "31000 37000 EUR year"},
	{name: "trap: es years of experience", p: model.Posting{Title: "Ingeniero", DescriptionText: "Salario a convenir. Buscamos de 2 a 3 años de experiencia."}, pay: "-"},
	// Central and Eastern Europe.
	{name: "sk monthly adverb", p: model.Posting{Title: "Účtovník", DescriptionText: "Plat: od 1 650 € brutto mesačne"}, pay: "1650 1650 EUR month"},
	{name: "cs salary label", p: model.Posting{Title: "Programátor", DescriptionText: "Nabízíme plat 52 000 Kč a stravenky."}, pay: "52000 52000 CZK month"},
	{name: "ro salary label", p: model.Posting{Title: "Contabil", DescriptionText: "Oferim un salariu de 6.200 RON brut."}, pay: "6200 6200 RON month"},
	{name: "ro range with și", p: model.Posting{Title: "Programator", PayText: "între 1.800 și 2.400 EUR net/lună"}, pay: "1800 2400 EUR month"},
	{name: "ro hourly lei", p: model.Posting{Title: "Ospătar", PayText: "de la 30 lei/oră"}, pay: "30 30 RON hour"},
	{name: "bg net word makes a month", p: model.Posting{Title: "Програмист", PayText: "до 3500 EUR нето"}, pay: "3500 3500 EUR month"},
	{name: "el gross monthly", p: model.Posting{Title: "Λογιστής", DescriptionText: "Μισθός: 1.250 - 1.500 € μικτά μηνιαίως"}, pay: "1250 1500 EUR month"},
	{name: "el per the month", p: model.Posting{Title: "Πωλητής", PayText: "από 950 € καθαρά το μήνα"}, pay: "950 950 EUR month"},
	{name: "trap: el years of experience", p: model.Posting{Title: "Λογιστής", DescriptionText: "Απαιτείται εμπειρία 5 χρόνια. Μισθός συζητήσιμος."}, pay: "-"},
	{name: "tr yearly adjective", p: model.Posting{Title: "Mühendis", DescriptionText: "Yıllık 1.450.000 TL brüt maaş"}, pay: "1.45e+06 1.45e+06 TRY year"},
	{name: "tr range with ile", p: model.Posting{Title: "Geliştirici", PayText: "55.000 TL ile 70.000 TL arası"}, pay: "55000 70000 TRY month"},
	{name: "trap: tr years between", p: model.Posting{Title: "Geliştirici", DescriptionText: "2 ile 3 yıl deneyim. Maaş pazarlığa açık."}, pay: "-"},
	// Nordic and Finnish.
	{name: "fi label and slash kk", p: model.Posting{Title: "Kehittäjä", DescriptionText: "Palkka: 3 800 - 4 500 € / kk"}, pay: "3800 4500 EUR month"},
	{name: "fi in a month", p: model.Posting{Title: "Myyjä", PayText: "2 900 € kuukaudessa"}, pay: "2900 2900 EUR month"},
	{name: "fi hourly compound", p: model.Posting{Title: "Myyjä", DescriptionText: "Tuntipalkka 13,80 € ja iltalisät."}, pay: "13.8 13.8 EUR hour"},
	// Cyrillic.
	{name: "uk salary label range", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Заробітна плата: від 28 000 до 36 000 грн"}, pay: "28000 36000 UAH month"},
	{name: "uk dollars a month", p: model.Posting{Title: "Розробник", PayText: "від 2500 $ на місяць"}, pay: "2500 2500 USD month"},
	{name: "uk hryvnia an hour", p: model.Posting{Title: "Репетитор", PayText: "250 грн/год"}, pay: "250 250 UAH hour"},
	{name: "uk hryvnia per hour written out", p: model.Posting{Title: "Репетитор", DescriptionText: "Ставка 280 грн/годину"}, pay: "280 280 UAH hour"},
	{name: "uk hryvnia on a month", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Оплата 32 000 грн на місяць"}, pay: "32000 32000 UAH month"},
	{name: "ru roubles a year stay a year", p: model.Posting{Title: "Аналитик", PayText: "1 800 000 руб/год"}, pay: "1.8e+06 1.8e+06 RUB year"},
	// Hebrew, Arabic, Hindi.
	{name: "he hourly shekels", p: model.Posting{Title: "מלצר", PayText: "45 ש\"ח לשעה"}, pay: "45 45 ILS hour"},
	{name: "he label and month", p: model.Posting{Title: "מפתח", DescriptionText: "שכר: 16,000 - 19,000 ₪ לחודש"}, pay: "16000 19000 ILS month"},
	{name: "ar range in words", p: model.Posting{Title: "محاسب", PayText: "من 6000 إلى 8000 جنيه"}, pay: "6000 8000 EGP month"},
	{name: "ar monthly salary label", p: model.Posting{Title: "محاسب", DescriptionText: "راتب شهري 9,500 AED"}, pay: "9500 9500 AED month"},
	{name: "hi per day", p: model.Posting{Title: "Helper", PayText: "₹450 प्रति दिन"}, pay: "450 450 INR day"},
	// South-East Asia.
	{name: "vi range with từ đến", p: model.Posting{Title: "Kế toán", PayText: "từ 14.000.000 đến 20.000.000 VNĐ"}, pay: "1.4e+07 2e+07 VND month"},
	{name: "th glued per month", p: model.Posting{Title: "Developer", DescriptionText: "เงินเดือน: 42,000 บาทต่อเดือน"}, pay: "42000 42000 THB month"},
	{name: "id salary label", p: model.Posting{Title: "Staf", DescriptionText: "Gaji: Rp 5.500.000 - Rp 7.000.000 per bulan"}, pay: "5.5e+06 7e+06 IDR month"},
	{name: "ar four-digit figure after a label", p: model.Posting{Title: "محاسب", DescriptionText: "الراتب: 6500 ريال"}, pay: "6500 6500 SAR month"},
	{name: "ms ringgit with a label and a period", p: model.Posting{Title: "Eksekutif", DescriptionText: "Gaji: RM 3,200 sebulan"}, pay: "3200 3200 MYR month"},
	{name: "tr monthly adjective past net", p: model.Posting{Title: "Muhasebeci", DescriptionText: "Aylık net 42.000 TL"}, pay: "42000 42000 TRY month"},
	{name: "pt portuguese gross word", p: model.Posting{Title: "Técnico", DescriptionText: "Vencimento: 1 250 € ilíquidos por mês"}, pay: "1250 1250 EUR month"},
	{name: "bg label with от до", p: model.Posting{Title: "Счетоводител", DescriptionText: "Заплата: от 2 900 до 3 700 лв."}, pay: "2900 3700 BGN month"},
	{name: "sk profesia style", p: model.Posting{Title: "Skladník", DescriptionText: "Základná zložka mzdy (brutto): od 1 350 EUR/mesiac"}, pay: "1350 1350 EUR month"},
	{name: "pl hourly adjective", p: model.Posting{Title: "Kelner", DescriptionText: "Stawka godzinowa: 32 zł brutto"}, pay: "32 32 PLN hour"},
	{name: "pl pay band label", p: model.Posting{Title: "Tester", DescriptionText: "Widełki: 9 000 – 12 000 zł netto + VAT (B2B)"}, pay: "9000 12000 PLN month"},
	{name: "cs hourly adjective", p: model.Posting{Title: "Brigádník", DescriptionText: "Hodinová mzda 165 Kč"}, pay: "165 165 CZK hour"},
	{name: "hu hourly label", p: model.Posting{Title: "Pultos", DescriptionText: "Órabér: 2 400 Ft"}, pay: "2400 2400 HUF hour"},
	{name: "el fee an hour", p: model.Posting{Title: "Καθηγητής", DescriptionText: "Αμοιβή: 14 € την ώρα"}, pay: "14 14 EUR hour"},
	{name: "he salary word", p: model.Posting{Title: "מפתח", DescriptionText: "משכורת: 17,500 ₪"}, pay: "17500 17500 ILS month"},
	{name: "th income range", p: model.Posting{Title: "Developer", DescriptionText: "รายได้ 22,000 - 28,000 บาท"}, pay: "22000 28000 THB month"},
	{name: "de day rate label", p: model.Posting{Title: "Berater", DescriptionText: "Tagessatz: 720 €"}, pay: "720 720 EUR day"},
	{name: "it monthly net adjective", p: model.Posting{Title: "Impiegato", DescriptionText: "Stipendio netto mensile: 1.450 €"}, pay: "1450 1450 EUR month"},
	// Perks, bonuses and budgets named in other languages are no pay.
	{name: "trap: de training budget", p: model.Posting{Title: "Entwickler", DescriptionText: "Ihr Budget für Weiterbildung: 1.500 € pro Jahr. Gehalt nach Vereinbarung."}, pay: "-"},
	{name: "trap: ar housing allowance", p: model.Posting{Title: "محاسب", DescriptionText: "بدل سكن 2500 ريال شهريا"}, pay: "-"},
	{name: "trap: id transport allowance", p: model.Posting{Title: "Staf", DescriptionText: "Tunjangan transportasi Rp 600.000 per bulan."}, pay: "-"},
	{name: "trap: pl bonus beside a salary", p: model.Posting{Title: "Programista", DescriptionText: "Wynagrodzenie: 11 000 zł brutto. Premia do 1 500 zł kwartalnie."}, pay: "11000 11000 PLN month"},
	// Traps across languages.
	{name: "trap: pl company since and staff", p: model.Posting{Title: "Programista", DescriptionText: "Działamy od 2012 roku i zatrudniamy 150 osób. Wynagrodzenie do negocjacji."}, pay: "-"},
	{name: "trap: a phone number after a label", p: model.Posting{Title: "Kelner", DescriptionText: "Wynagrodzenie: zadzwoń 601 222 333."}, pay: "-"},
	{name: "trap: negotiable words give nothing", p: model.Posting{Title: "Job", PayText: "Lön enligt överenskommelse"}, pay: "-"},
	{name: "trap: negotiable with an amount elsewhere", p: model.Posting{Title: "Analyste", DescriptionText: "Salaire à négocier, à partir de 41 000 € brut par an."}, pay: "41000 41000 EUR year"},
	{name: "trap: salon is no label", p: model.Posting{Title: "Frisör", DescriptionText: "Vår salon har 12 stolar och 2024 öppnade vi i Lund."}, pay: "-"},
}

func TestWorldPayWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range worldWordCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestWorldPeriodAfter pins the period reader's words and its refusals.
func TestWorldPeriodAfter(t *testing.T) {
	for _, c := range []struct {
		after string
		unit  model.PayUnit
	}{
		{" brutto mesačne", model.UnitMonth}, {" μικτά μηνιαίως", model.UnitMonth}, {" καθαρά το μήνα", model.UnitMonth},
		{" / kk", model.UnitMonth}, {" kuukaudessa", model.UnitMonth}, {" на місяць", model.UnitMonth}, {",- brutto/Monat", model.UnitMonth},
		{".- brut par mois", model.UnitMonth}, {" प्रति दिन", model.UnitDay}, {" لשעה", ""}, {" לשעה", model.UnitHour},
		{" de l'heure", model.UnitHour}, {" v hrubom mesačne", model.UnitMonth}, {" في الشهر", model.UnitMonth},
		// Refusals: a noun with no "per", a word that is no period, a number.
		{" Monat", ""}, {" an Zuschuss", ""}, {" dag", ""}, {" Tage Urlaub", ""}, {" 2024", ""}, {"", ""}, {" bonus per month", ""},
	} {
		u, n, ok := worldPeriodAfter(c.after)
		if u != c.unit || ok != (c.unit != "") || n > len(c.after) {
			t.Errorf("worldPeriodAfter(%q) = %q, %d, %v; want %q", c.after, u, n, ok, c.unit)
		}
	}
}

// TestWorldPayLabel pins the label reader.
func TestWorldPayLabel(t *testing.T) {
	for _, c := range []struct {
		before string
		ok     bool
		unit   model.PayUnit
	}{
		{"Gehalt: ", true, ""}, {"Stundenlohn: ", true, model.UnitHour}, {"Das Jahresbruttogehalt liegt zwischen ", true, model.UnitYear},
		{"Monatliches Bruttogehalt: ", true, model.UnitMonth}, {"Plat: od ", true, ""}, {"Μισθός: ", true, ""}, {"Palkka: ", true, ""},
		{"راتب شهري ", true, model.UnitMonth}, {"Yıllık ", true, model.UnitYear}, {"månadslön ", true, model.UnitMonth},
		{"Gehalt: VB. Wir wachsen seit ", false, ""}, {"Unsere Plattform verarbeitet ", false, ""}, {"Vår salon har ", false, ""},
		{"", false, ""}, {"Annuncio di lavoro ", false, ""}, {"after having ", false, ""}, {"Bruttó havi ", true, model.UnitMonth},
	} {
		u, ok := worldPayLabel(c.before)
		if ok != c.ok || u != c.unit {
			t.Errorf("worldPayLabel(%q) = %q, %v; want %q, %v", c.before, u, ok, c.unit, c.ok)
		}
	}
}

func FuzzWorldPeriodAfter(f *testing.F) {
	for _, s := range []string{" brutto mesačne", ",- brutto/Monat", " на місяць", " לשעה", " de l'heure", " प्रति दिन"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, n, ok := worldPeriodAfter(s)
		if ok != (u != "") || n < 0 || n > len(s) || (!ok && n != 0) {
			t.Errorf("worldPeriodAfter(%q) = %q, %d, %v", s, u, n, ok)
		}
		_ = worldGrossNetAfter(s)
	})
}

func FuzzWorldPayLabel(f *testing.F) {
	for _, s := range []string{"Gehalt: ", "Das Jahresbruttogehalt liegt zwischen ", "راتب شهري ", "Yıllık ", "a\nPalkka: "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := worldPayLabel(s)
		if !ok && u != "" {
			t.Errorf("worldPayLabel(%q) = %q, false", s, u)
		}
	})
}

func FuzzWorldRangeStart(f *testing.F) {
	for _, c := range worldWordCases {
		f.Add(c.p.PayText + c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			c := bestPay(s, lenient)
			if c == nil {
				continue
			}
			if c.min > c.max || c.min < 0 || c.start < 0 || c.end > len(s) || c.start >= c.end {
				t.Errorf("bestPay(%q, %v) = %+v", s, lenient, *c)
			}
		}
		d := &payCandidate{money: money{start: len(s) / 2, end: len(s), min: 5000, max: 5000, currency: "EUR"}}
		if d.start < d.end {
			d = worldRangeStart(s, d)
			if d.min > d.max || d.start < 0 || d.start > d.end {
				t.Errorf("worldRangeStart(%q) = %+v", s, *d)
			}
		}
	})
}
