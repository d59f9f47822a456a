package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay periods written after an amount in the words of about 25 languages
// (table tests in pay_words_world_test.go), read where the shared
// patterns (unitAfter, romancePeriodAfter, localPeriodAfter) found none:
// "1 800 € brutto mesačne", "1.100 € μικτά μηνιαίως", "3 000 €
// kuukaudessa", "€ / kk", "1500 $ на місяць", "₹300 प्रति दिन", "900 €
// καθαρά το μήνα", "2.800,- brutto/Monat", "CHF 6'500.- brut par mois".
//
// The words are data: worldPeriods maps a period word (termKey: lower
// case, accents folded) to its unit; worldPeriodPreps are the words and
// signs that say "per" before it ("pro", "par", "на", "το", "ανά",
// "प्रति", "/"), worldGrossNet the gross and net words that may stand
// between ("brutto", "v hrubom", "μικτά", "на руки" is not one: it ends a
// range, not a period). A noun ("Monat", "mois", "dag", "kk") is a period
// only after a "per" word or a slash ("500 € Monat" is no rate; "500 €
// an Zuschuss" is no year); an adverb or adjective ("monatlich",
// "mesačne", "havonta", "kuukaudessa") and a word with its "per" glued on
// (Hebrew "לחודש", Thai "ต่อเดือน") stand alone.

// worldPeriod is one period word: its unit and whether it needs a "per".
type worldPeriod struct {
	unit model.PayUnit
	noun bool
}

var (
	worldPeriods     = map[string]worldPeriod{}
	worldPeriodPreps = map[string]bool{}
	worldGrossNet    = map[string]bool{}
)

func init() {
	add := func(unit model.PayUnit, noun bool, words string) {
		for _, w := range strings.Split(words, ",") {
			worldPeriods[termKey(w)] = worldPeriod{unit, noun}
		}
	}
	// Adverbs and adjectives, and words with their "per" glued on.
	add(model.UnitMonth, false, "monatlich,mensuel,mensuelle,mensuels,mensuelles,mensual,mensuales,mensuals,mensal,mensais,mensalmente,mensile,mensili,"+
		"maandelijks,miesięcznie,měsíčně,mesačne,havonta,havi,lunar,lunară,месечно,μηνιαίως,μηνιαία,μηνιαίο,μηνιαίος,aylık,ayda,"+
		"månadsvis,månedlig,kuukaudessa,kuussa,месячно,ежемесячно,щомісяця,щомісячно,לחודש,شهريا,شهرياً,شهري,بالشهر,मासिक,"+
		"sebulan,perbulan,bulanan,ต่อเดือน,เดือนละ,hàngtháng")
	add(model.UnitYear, false, "jährlich,annuel,annuelle,annuels,anual,anuales,anuals,anuais,annuo,annua,annui,annuali,jaarlijks,rocznie,ročně,ročne,"+
		"évente,éves,anual,годишно,ετησίως,yıllık,yılda,årlig,årligen,vuodessa,ежегодно,щорічно,לשנה,سنويا,سنوياً,سنوي,वार्षिक,"+
		"setahun,pertahun,tahunan,ต่อปี,hàngnăm")
	add(model.UnitHour, false, "stündlich,horaire,saatlik,saatte,tunnilta,tunnissa,לשעה,بالساعة,ต่อชั่วโมง,ต่อชม,perjam,sejam")
	add(model.UnitDay, false, "täglich,journalier,diario,diária,giornaliero,dagelijks,dziennie,denně,denne,naponta,zilnic,дневно,ημερησίως,günlük,"+
		"päivässä,щодня,ליום,يوميا,يومياً,प्रतिदिन,sehari,perhari,harian,ต่อวัน,วันละ,hàngngày")
	add(model.UnitWeek, false, "wöchentlich,hebdomadaire,semanal,semanais,setmanal,setmanals,settimanale,wekelijks,tygodniowo,týdně,týždenne,hetente,săptămânal,"+
		"седмично,εβδομαδιαίως,haftalık,viikossa,еженедельно,щотижня,לשבוע,أسبوعيا,साप्ताहिक,seminggu,perminggu,mingguan,ต่อสัปดาห์,hàngtuần")
	// Salary nouns that carry their period, after the amount ("1.200 €
	// Bruttomonatsgehalt", "15 € Stundenlohn", "3 000 kr månadslön").
	add(model.UnitMonth, false, "monatsgehalt,bruttomonatsgehalt,nettomonatsgehalt,monatslohn,bruttomonatslohn,monatsvergütung,bruttomonatsvergütung,"+
		"monatsbrutto,maandsalaris,maandloon,månadslön,månedsløn,månedslønn")
	add(model.UnitYear, false, "jahresgehalt,bruttojahresgehalt,nettojahresgehalt,jahresbruttogehalt,jahreslohn,bruttojahreslohn,jahresbrutto,"+
		"jaarsalaris,årslön,årsløn,årslønn")
	add(model.UnitHour, false, "stundenlohn,bruttostundenlohn,stundensatz,stundenvergütung,uurloon,timlön,timeløn,timelønn")
	add(model.UnitDay, false, "tagessatz,dagtarief")
	// Nouns: after a "per" word or a slash.
	add(model.UnitMonth, true, "monat,mois,mes,mês,mese,maand,miesiąc,mies,mc,měsíc,mesiac,hó,hónap,lună,luna,месец,μήνα,μήνας,ay,"+
		"månad,månaden,mån,måned,måneden,mnd,md,kk,kuukausi,месяц,мес,місяць,міс,חודש,الشهر,شهر,माह,महीना,महीने,bulan,tháng,เดือน")
	add(model.UnitYear, true, "jahr,an,année,año,ano,anno,jaar,rok,év,an,година,χρόνο,έτος,yıl,år,året,vuosi,v,рік,שנה,السنة,سنة,वर्ष,साल,tahun,năm,ปี")
	add(model.UnitHour, true, "stunde,std,heure,hora,ora,uur,godz,godzinę,godzina,hod,hodinu,hodina,óra,oră,час,ώρα,saat,tim,timme,timmen,"+
		"time,timen,timer,tunti,t,h,годину,שעה,ساعة,الساعة,घंटा,घंटे,jam,giờ,ชั่วโมง,ชม")
	add(model.UnitDay, true, "tag,jour,día,dia,giorno,dag,dagen,dzień,den,deň,nap,zi,ден,ημέρα,μέρα,gün,päivä,pv,день,יום,يوم,اليوم,दिन,hari,ngày,วัน")
	add(model.UnitWeek, true, "woche,semaine,semana,settimana,week,tydzień,týden,týždeň,hét,săptămână,седмица,εβδομάδα,hafta,vecka,veckan,uke,uge,viikko,неделю,тиждень,שבוע,أسبوع,सप्ताह,minggu,tuần,สัปดาห์")
	for _, w := range strings.Split("per,pro,par,pr,pe,a,à,al,all,au,por,im,je,na,za,v,w,в,на,за,το,τον,την,ανά,i,om,på,de,l,la,le,el,"+
		"في,ل,प्रति,mỗi,một,trên,hàng,ต่อ,po,по,kwa", ",") {
		worldPeriodPreps[termKey(w)] = true
	}
	for _, w := range strings.Split("brutto,netto,brut,brute,bruts,net,nets,nette,bruto,brutos,bruta,brutas,neto,netos,neta,netas,lordo,lordi,lorda,lorde,"+
		"netti,netta,líquido,líquidos,gross,hrubého,hrubom,hrubá,hrubé,hrubý,čistého,čistá,brüt,бруто,нето,брутто,нетто,ברוטו,נטו,إجمالي,اجمالي,صافي,"+
		"ilíquido,ilíquidos,kotor,bersih,μικτά,μεικτά,καθαρά,μικτές,μεικτές,καθαρές,αποδοχές,ακαθάριστα,vat,b2b,uop,plus", ",") {
		worldGrossNet[termKey(w)] = true
	}
}

// worldPeriodAfter reads a period written after an amount (after is the
// text right after it): past a Swiss ",-" or ".–", gross and net words and
// one "per" word or slash, the period word; n is how much of after it
// took. It reads at most five words.
func worldPeriodAfter(after string) (unit model.PayUnit, n int, ok bool) {
	i, per := 0, false
	for range 5 {
		j := worldSkip(after, i, &per)
		k := j
		for k < len(after) {
			r, size := utf8.DecodeRuneInString(after[k:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			k += size
		}
		if k == j || k-j > 40 {
			return "", 0, false
		}
		w := termKey(after[j:k])
		if p, found := worldPeriods[w]; found && (per || !p.noun) {
			if k < len(after) && after[k] == '.' {
				k++ // "mies.", "ชม."
			}
			return p.unit, k, true
		}
		switch {
		case worldGrossNet[w]:
		case worldPeriodPreps[w]:
			per = true
		default:
			return "", 0, false
		}
		i = k
	}
	return "", 0, false
}

// worldSkip passes over the spaces and signs between an amount and its
// words: spaces, "/" (which says "per"), "+", brackets, apostrophes
// ("l'ora"), a Swiss ",-" or ".–" and a full stop after an abbreviation.
func worldSkip(s string, i int, per *bool) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '+' || c == '(' || c == ')' || c == '\'':
			i++
		case c == '/':
			*per = true
			i++
		case (c == ',' || c == '.') && i+1 < len(s) && s[i+1] == '-':
			i += 2
		case (c == ',' || c == '.') && strings.HasPrefix(s[i+1:], "–"):
			i += 1 + len("–")
		case c == '.' && i > 0 && s[i-1] != ' ' && !isDigit(s[i-1]):
			i++ // "bruttó." before the period
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2 // no-break space
		case strings.HasPrefix(s[i:], "’"):
			i += len("’")
		default:
			return i
		}
	}
	return i
}

// worldGrossNetAfter reports a gross or net word right after an amount
// ("нето", "μικτά", "brüt"): a figure of a month's size so written is a
// month's pay (laterPeriod).
func worldGrossNetAfter(after string) bool {
	per := false
	j := worldSkip(after, 0, &per)
	k := j
	for k < len(after) {
		r, size := utf8.DecodeRuneInString(after[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	return k > j && k-j <= 40 && worldGrossNet[termKey(after[j:k])]
}

// hryvniaHour reads "/год" after a hryvnia amount as the Ukrainian hour
// (година), not the Russian year (год): "200 грн/год".
func hryvniaHour(text string, c *payCandidate) *payCandidate {
	if c == nil || c.currency != "UAH" || c.max >= 2000 || c.unit == model.UnitHour {
		return c
	}
	ev := strings.TrimRight(text[c.start:c.end], ". ")
	if strings.HasSuffix(ev, "/год") || strings.HasSuffix(ev, "/ год") || strings.HasSuffix(ev, "на годину") {
		c.unit = model.UnitHour
		return c
	}
	after := strings.TrimLeft(text[c.end:min(len(text), c.end+24)], " ")
	for _, w := range []string{"/годину", "/ годину", "на годину", "за годину", "/година"} {
		if strings.HasPrefix(after, w) {
			c.unit, c.end = model.UnitHour, c.end+(len(text[c.end:min(len(text), c.end+24)])-len(after))+len(w)
			return c
		}
	}
	return c
}

// worldPeriodFollows reports a period worldPeriodAfter reads after an
// amount: a lone four-digit figure so followed ("1500 $ на місяць") is
// pay, not a year.
func worldPeriodFollows(after string) bool {
	_, _, ok := worldPeriodAfter(after)
	return ok
}
