package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay words in Estonian, Latvian and Lithuanian, Greek, Finnish and
// Serbian forms the world readers missed, and in Persian, Urdu, Nepali,
// Sinhala and Bengali (table tests in
// pay_words_baltic_south_asian_test.go). They extend the data of
// pay_labels_world.go and pay_periods_world.go, the readers of pay
// labels before an amount and of periods after one:
//
//   - labels: "Palk", "Töötasu", "Tunnitasu" (Estonian), "Alga",
//     "Atalgojums", "Mēnešalga" (Latvian), "Atlyginimas", "Darbo
//     užmokestis" (Lithuanian), "Ωρομίσθιο", "Palkkaa",
//     "Palkkahaarukka", "Plata", "Zarada", "Naknada" (Bosnian, Serbian), "حقوق", "دستمزد", "تنخواہ", "तलब", "වැටුප",
//     "বেতন"; the rate words "likme" and "įkainis" only beside a period
//     adjective ("Stundas likme", "Valandinis įkainis");
//   - period adjectives beside a label: "stundas", "dienas", "gada",
//     "mēneša" (Latvian), "valandinis", "mėnesinis", "metinis", "dienos"
//     (Lithuanian), "ماهانه", "ماہانہ", "মাসিক";
//   - periods after an amount: "kuus", "tunnis", "päevas", "aastas"
//     (Estonian), "mēnesī", "stundā", "dienā", "gadā" (Latvian),
//     "per mėnesį", "/mėn.", "per valandą", "/val." (Lithuanian),
//     "/sat" (Serbian), "در ماه", "ماهانه" (Persian), "ماہانہ" (Urdu),
//     "प्रति महिना" (Nepali), "মাসিক" (Bengali), "මසකට" (Sinhala);
//   - gross and net words between them: "neatskaičius mokesčių",
//     "atskaičius", "į rankas" (Lithuanian).
func init() {
	label := func(unit model.PayUnit, words string) {
		for _, w := range strings.Split(words, ",") {
			worldPayLabels[termKey(w)] = unit
		}
	}
	label("", "palk,palka,palga,töötasu,töötasuks,brutopalk,netopalk,palgavahemik,palganumber,"+
		"alga,algu,algas,atalgojums,atalgojumu,atalgojuma,atalgojumam,"+
		"atlyginimas,atlyginimą,atlyginimo,užmokestis,užmokesčio,"+
		"palkkaa,palkkahaarukka,palkkahaitari,plata,platu,zarada,zaradu,naknada,naknadu,"+
		"حقوق,دستمزد,تنخواہ,تنخواه,तलब,तलबः,වැටුප,වැටුප්,বেতন,বেতনঃ")
	label(model.UnitHour, "tunnitasu,tunnipalk,ωρομίσθιο,ωρομίσθιου,valandinis")
	label(model.UnitDay, "päevatasu,päevapalk")
	label(model.UnitMonth, "kuupalk,mēnešalga,mēnešalgu")
	label(model.UnitYear, "aastapalk")
	for _, w := range []string{"likme", "įkainis", "įkainį", "postavka", "postavko"} { // "Urna postavka"
		weakPayLabels[termKey(w)] = true
	}
	stems := func(byUnit map[model.PayUnit]string) {
		for unit, words := range byUnit {
			for _, w := range strings.Split(words, ",") {
				labelPeriodStems = append(labelPeriodStems, struct {
					stem string
					unit model.PayUnit
				}{termKey(w), unit})
			}
		}
	}
	stems(map[model.PayUnit]string{
		model.UnitMonth: "mēneša,mėnesin,ماهانه,ماهیانه,ماہانہ,মাসিক",
		model.UnitYear:  "gada,metin,سالانه",
		model.UnitHour:  "stundas,valandin,ساعتی",
		model.UnitDay:   "dienas,dienos,روزانه",
	})
	period := func(unit model.PayUnit, noun bool, words string) {
		for _, w := range strings.Split(words, ",") {
			worldPeriods[termKey(w)] = worldPeriod{unit, noun}
		}
	}
	period(model.UnitMonth, false, "kuus,kuutasu,mēnesī,ikmēneša,ماهانه,ماهیانه,ماہانہ,মাসিক,মাসে,මසකට,මාසිකව")
	period(model.UnitHour, false, "tunnis,stundā,ساعتی,ঘণ্টায়,පැයකට")
	period(model.UnitDay, false, "päevas,dienā,روزانه,দৈনিক,දිනකට")
	period(model.UnitYear, false, "aastas,gadā,سالانه,বার্ষিক")
	period(model.UnitWeek, false, "nädalas,nedēļā")
	period(model.UnitMonth, true, "kuu,mēn,mēnesis,mėn,mėnesio,ماه,مہینہ,महिना,মাস")
	period(model.UnitHour, true, "tund,val,valandą,valandos,sat,satu,ساعت,گھنٹہ")
	period(model.UnitDay, true, "päev,روز,دن")
	period(model.UnitYear, true, "aasta,gads,metus,metai,سال")
	period(model.UnitWeek, true, "nädal,nedēļa,savaitę")
	for _, w := range strings.Split("در,فی,প্রতি", ",") { // "প্রতি মাসে", Bengali "per month"
		worldPeriodPreps[termKey(w)] = true
	}
	for _, w := range strings.Split("kapital,kapitala,kapitalas,pamatkapitāls,osakapital,aktsiakapital,κεφάλαιο,капитал,"+
		"preemia,preemiat,prēmija,prēmiju,premija,premijos,dnevnica,dnevnice,dnevnicu", ",") {
		worldPerkWords[termKey(w)] = true // "Osnovni kapital 7.500 EUR", "Prēmija līdz 400 EUR", "Dnevnica 30 EUR"
	}
	stems(map[model.PayUnit]string{ // "Urna postavka", and "per hour" before an amount: "පැයකට රු. 900"
		model.UnitHour:  "urna,urno,පැයකට,ঘণ্টায়",
		model.UnitDay:   "දිනකට",
		model.UnitMonth: "මසකට",
	})
	period(model.UnitMonth, true, "mesec,mjesec,mesecu,mjesecu")
	period(model.UnitHour, true, "uro,uru,ura")
	period(model.UnitDay, true, "dan,danu")
	for _, w := range strings.Split("neatskaičius,atskaičius,mokesčių,mokesčius,rankas,į,ناخالص,خالص", ",") {
		worldGrossNet[termKey(w)] = true
	}
}

// The Latvian adverbs "mēnesī", "stundā" and "dienā" fold (termKey) to
// the keys of the Lithuanian nouns "mėnesį", "stunda" and "dieną": they
// are added once, as adverbs, which also read after "per".
