package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay labels before an amount in the words of about 25 languages (table
// tests in pay_words_world_test.go): "Gehalt:", "Stundenlohn:",
// "Jahresbruttogehalt", "Rémunération", "Plat:", "Mzda", "Μισθός:",
// "Palkka:", "Заробітна плата:", "שכר:", "راتب شهري", "वेतन:", "Gaji:",
// "Yıllık …". In a description an amount with a currency and no period
// is pay only with a pay word before it; these say it is, and a label
// that names its period ("Stundenlohn", "månadslön", "tuntipalkka",
// "órabér") or a period adjective beside it ("monatliches Gehalt",
// "راتب شهري", "yıllık") gives the unit.
//
// The words are data, keyed by termKey (lower case, accents folded):
// worldPayLabels maps a label to its unit ("" for pay alone);
// labelCompounds are the last parts of German and Nordic compounds
// ("…gehalt", "…lohn", "…lön", "…palkka") whose first part may name the
// period; labelPeriodStems are period adjectives. Only the last eight
// words of the sentence before the amount (at most 60 bytes) are read.

var worldPayLabels = map[string]model.PayUnit{}

func init() {
	add := func(unit model.PayUnit, words string) {
		for _, w := range strings.Split(words, ",") {
			worldPayLabels[termKey(w)] = unit
		}
	}
	add("", "gehalt,lohn,vergütung,entgelt,verdienst,bezahlung,honorar,einkommen,gehaltsspanne,gehaltsband,"+
		"salaire,rémunération,gratification,rétribution,paie,"+
		"salario,sueldo,remuneración,retribución,renta,honorarios,"+
		"sou,salari,retribució,remuneració,"+
		"salário,remuneração,bolsa,vencimento,ordenado,"+
		"retribuzione,stipendio,compenso,paga,"+
		"salaris,loon,vergoeding,salarisindicatie,salarisschaal,salarisrange,gehaltsrahmen,"+
		"wynagrodzenie,pensja,stawka,widełki,zarobki,płaca,"+
		"mzda,mzdu,mzdy,plat,platu,odměna,odmena,mzdové,platové,"+
		"fizetés,bérezés,bér,alapbér,kereset,bérsáv,"+
		"salariu,salariul,salarizare,salarizarea,remunerație,remunerare,venit,"+
		"заплата,заплатата,възнаграждение,"+
		"μισθός,μισθό,αποδοχές,αμοιβή,"+
		"maaş,maaşı,ücret,ücreti,"+
		"lön,lönen,grundlön,ersättning,lönespann,lønn,lønnen,grunnlønn,løn,lønnen,grundløn,"+
		"palkka,palkkaus,peruspalkka,palkkio,"+
		"зарплата,зарплату,зп,оклад,плата,ставка,заработная,доход,вознаграждение,заробітна,винагорода,дохід,"+
		"שכר,משכורת,"+
		"الراتب,راتب,الأجر,أجر,المرتب,مرتب,"+
		"वेतन,सैलरी,तनख्वाह,मानदेय,स्टाइपेंड,पारिश्रमिक,"+
		"gaji,upah,imbalan,"+
		"lương,"+
		"ค่าจ้าง,ค่าตอบแทน,รายได้")
	add(model.UnitHour, "stundenlohn,stundensatz,uurloon,órabér,timlön,timelønn,timeløn,tuntipalkka,satnica,satnicu,"+
		"uurtarief,timarvode,timersättning,timpenning")
	add(model.UnitDay, "tagessatz,tagesgage,tjm,dagloon,dagtarief,dagarvode,dagsarvode,diária")
	add(model.UnitYear, "ral") // Italian "retribuzione annua lorda"
	add(model.UnitMonth, "monatsgehalt,maandloon,maandsalaris,månadslön,månedslønn,månedsløn,kuukausipalkka,เงินเดือน")
	add(model.UnitYear, "jahresgehalt,jaarsalaris,årslön,årslønn,årsløn,vuosipalkka")
}

// labelCompounds are the last parts of compound pay labels; a compound's
// first part names its period when it holds one of labelCompoundPeriods
// ("Jahresbruttogehalt", "Brutto-Monatsgehalt", "Mindeststundenlohn").
var (
	labelCompounds       = []string{"gehalt", "lohn", "vergutung", "entgelt", "honorar", "einkommen", "verdienst", "salaris", "lon", "lonn", "palkka"}
	labelCompoundPeriods = []struct {
		part string
		unit model.PayUnit
	}{{"stunde", model.UnitHour}, {"monat", model.UnitMonth}, {"jahre", model.UnitYear}, {"tages", model.UnitDay}, {"woche", model.UnitWeek},
		{"maand", model.UnitMonth}, {"jaar", model.UnitYear}, {"manad", model.UnitMonth}, {"maned", model.UnitMonth}, {"ars", model.UnitYear},
		{"tim", model.UnitHour}, {"tunti", model.UnitHour}, {"kuukausi", model.UnitMonth}, {"vuosi", model.UnitYear}}
	// labelCompoundFirst are the first parts a compound may have with no
	// period: "Bruttogehalt", "Grundlön", "Mindestlohn", "peruspalkka".
	labelCompoundFirst = []string{"brutto", "netto", "mindest", "grund", "grunn", "basis", "fix", "ziel", "einstiegs", "perus", "start"}
)

// labelPeriodStems are period adjectives beside a pay label ("monatliches
// Bruttogehalt", "salaire annuel", "měsíční mzda", "راتب شهري"), as
// termKey writes their stems.
var labelPeriodStems = func() []struct {
	stem string
	unit model.PayUnit
} {
	var out []struct {
		stem string
		unit model.PayUnit
	}
	for unit, words := range map[model.PayUnit]string{
		model.UnitMonth: "monatlich,mensuel,mensual,mensal,mensil,maandelijks,miesięczn,měsíčn,mesačn,havi,lunar,месечн,μηνιαι,aylık,kuukausi,месячн,ежемесячн,місячн,חודשי,شهري,الشهري,मासिक,bulanan",
		model.UnitYear:  "jährlich,annuel,anual,annuo,annua,jaarlijks,roczn,roční,ročné,ročná,ročný,éves,anual,годишн,ετήσι,yıllık,годов,річн,שנתי,سنوي,السنوي,वार्षिक,tahunan",
		model.UnitHour:  "stündlich,horaire,horário,orari,godzinow,hodinov,orar,orară,saatlik,погодинн,שעתי,hora",
		model.UnitDay:   "täglich,journalier,diari,giornalier,günlük,дневн,денн,יומי,يومي,dzienn,harian",
		model.UnitWeek:  "semanal,semanais,mingguan", // "sueldo semanal", "gaji mingguan" (pay_labels_period_latam_asia.go)
	} {
		for _, w := range strings.Split(words, ",") {
			out = append(out, struct {
				stem string
				unit model.PayUnit
			}{termKey(w), unit})
		}
	}
	return out
}()

// worldPayLabel reads the words before an amount (before ends right
// before it): ok when one of the last eight words of its sentence is a
// pay label; unit is the label's period, or that of a period adjective
// among those words, or "" when none names one. A period adjective
// alone right before the amount ("Yıllık 1.200.000 TL") counts as a
// label too.
func worldPayLabel(before string) (unit model.PayUnit, ok bool) {
	unit, ok, _ = worldWordsBefore(before, 8)
	return unit, ok
}

// worldWordsBefore is worldPayLabel reading at most maxWords words; perk
// reports a perk, bonus or budget word (worldPerkWords) nearer the amount
// than any label ("Budget für Weiterbildung: 1.500 €", "Bonus bis zu
// 500 €", "بدل سكن 2000 ريال"): such an amount is no pay.
func worldWordsBefore(before string, maxWords int) (unit model.PayUnit, ok, perk bool) {
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	var adj model.PayUnit
	weak := false // a rate word read before: a label only beside a period adjective
	end, pos := len(before), 0
	prev := ""       // the word read before k, nearer the amount
	crossed := false // past another figure, a bar or a full stop: a perk word there names that figure, not this amount
	for n := 0; n < maxWords && end > 0; n++ {
		// Pass back over what is no letter, stopping at a sentence's end.
		for end > 0 {
			if c := before[end-1]; c < 0x80 && c != '\n' && c != '!' && c != '?' && c != ';' && c != '.' && (c|0x20)-'a' >= 26 {
				crossed = crossed || isDigit(c) || c == '|'
				end-- // an ASCII byte that is no letter and ends no sentence
				continue
			}
			if before[end-1] == '.' && end < len(before) && before[end] == ' ' {
				crossed = true // "$500 referral bonus. $18/hr"
			}
			r, size := utf8.DecodeLastRuneInString(before[:end])
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				break
			}
			if r == '\n' || r == '!' || r == '?' || r == ';' || r == '.' && end < len(before) && before[end] == ' ' && n > 0 {
				unit, ok = labelUnit(adj, ok || weak && adj != "", unit)
				return unit, ok, perk
			}
			end -= size
		}
		start := end
		for start > 0 {
			if c := before[start-1]; c < 0x80 {
				if (c|0x20)-'a' >= 26 {
					break
				}
				start-- // an ASCII letter
				continue
			}
			r, size := utf8.DecodeLastRuneInString(before[:start])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			start -= size
		}
		if start == end {
			break
		}
		if start == 0 && len(before) == 60 {
			break // a word cut by the window
		}
		k := termKey(before[start:end])
		switch u, found := labelWord(k); {
		case found:
			if !ok || unit == "" {
				unit, ok = u, true
			}
		case weakPayLabels[k]:
			weak = true
		case !ok && n < 5 && !crossed && (perkWord(k) || mealVoucherVR(k, prev) || companyCapital(k, prev)) && !premiumPayNoun(k, prev):
			perk = true
		case worldGrossNet[k]:
			pos-- // "Aylık net 40.000 TL": gross and net words stand between
		default:
			u := porPeriodNoun(k, prev)
			if u == "" {
				u = shiftNounAdj(k) // "Valor turno:" (pay_labels_period_latam_asia.go)
			}
			if u != "" {
				if adj == "" {
					adj = u // "Pago por día:", "per hari" (pay_labels_period_latam_asia.go)
				}
				break
			}
			if u := labelPeriodStem(k); u != "" {
				if adj == "" {
					adj = u
				}
				if pos == 0 || pos == 1 && k == "hora" && prev == "aula" {
					ok = true // "Yıllık 1.200.000 TL", "saatlik 250 TL", "Hora-aula: R$ 45"
				}
			}
		}
		pos++
		end, prev = start, k
	}
	unit, ok = labelUnit(adj, ok || weak && adj != "", unit)
	return unit, ok, perk
}

// weakPayLabels are rate and fee words that are pay labels only beside a
// period adjective ("Tarif journalier", "tarifa diaria", "arvode per
// timme"): alone they name prices as often ("Tarifa plana de 15 €").
var weakPayLabels = map[string]bool{"tarif": true, "tarifs": true, "tarifa": true, "tariffa": true, "tarief": true, "arvode": true,
	// "pago por día", "valor hora", "bayaran harian" (pay_labels_period_latam_asia.go)
	"pago": true, "pagamento": true, "valor": true, "ingreso": true, "ingresos": true, "bayaran": true}

// premiumPayNoun reports the English adjective "premium" before a pay noun
// ("Premium pay rate of $27/hr", "premium hourly rate: $35"): a higher rate
// that is the pay itself, where the perk word "premium" (the Hungarian
// "prémium", a bonus) alone is none. prev is the word after k, nearer the
// amount.
func premiumPayNoun(k, prev string) bool {
	switch prev {
	case "pay", "rate", "rates", "hourly", "wage", "wages", "salary":
		return k == "premium"
	}
	return false
}

// mealVoucherVR reports the Brazilian "VR" (vale-refeição, a meal voucher)
// right before its amount ("VR de R$ 30/dia", "VR: R$ 600"); prev is the
// word after k, nearer the amount ("r" of "R$"). "VR developer at $80/hr"
// is no voucher.
func mealVoucherVR(k, prev string) bool {
	return k == "vr" && (prev == "" || prev == "de" || prev == "r")
}

// labelUnit is worldPayLabel's answer: the label's period, else the
// adjective's.
func labelUnit(adj model.PayUnit, ok bool, unit model.PayUnit) (model.PayUnit, bool) {
	if !ok {
		return "", false
	}
	if unit == "" {
		unit = adj
	}
	return unit, true
}

// labelWord reports whether k (a termKey) is a pay label, and its period.
func labelWord(k string) (model.PayUnit, bool) {
	if u, ok := worldPayLabels[k]; ok {
		return u, true
	}
	if len(k) < 6 || k[0] >= 0x80 {
		return "", false
	}
	for _, c := range labelCompounds {
		if !strings.HasSuffix(k, c) || len(k) == len(c) {
			continue
		}
		first := k[:len(k)-len(c)]
		for _, p := range labelCompoundPeriods {
			if strings.Contains(first, p.part) {
				return p.unit, true
			}
		}
		for _, f := range labelCompoundFirst {
			if strings.HasPrefix(first, f) {
				return "", true
			}
		}
	}
	return "", false
}

// labelPeriodStem is the period a period adjective's stem names, or "".
func labelPeriodStem(k string) model.PayUnit {
	for _, p := range labelPeriodStems {
		if k == p.stem || len(p.stem) >= 5 && strings.HasPrefix(k, p.stem) {
			return p.unit // a stem of four bytes or fewer only as a whole word: "havi", not "having"
		}
	}
	return ""
}

// worldPeriodLabel is worldPayLabel's period as the English word
// periodPayBeforeIn answers with ("hourly", "monthly"), or "" when the
// label names none.
func worldPeriodLabel(before string) string {
	u, ok := worldPayLabel(before)
	if !ok {
		return ""
	}
	return map[model.PayUnit]string{model.UnitHour: "hourly", model.UnitDay: "daily", model.UnitWeek: "weekly",
		model.UnitMonth: "monthly", model.UnitYear: "yearly"}[u]
}

// worldLabelIn reports a pay label among the last words before an
// amount (worldPayLabel).
func worldLabelIn(before string) bool {
	_, ok := worldPayLabel(before)
	return ok
}

// worldPerkWords are perk, bonus, allowance and budget words in about 25
// languages (termKey): an amount they name is no pay. perkSuffixes are
// the last parts of compounds that name one ("Weiterbildungsbudget",
// "Essenszuschuss", "friskvårdsbidrag", "lounasetu").
var (
	worldPerkWords = map[string]bool{}
	perkSuffixes   = []string{"budget", "zuschuss", "pramie", "gutschein", "bidrag", "tilskud", "etu", "budjetti"}
)

func init() {
	for _, w := range strings.Split("bonusy,zuschuss,zuschüsse,dieta,dietas,subsidio,subsídio,cheque,lunchowa,lunchowej,lunchvergoeding,reiskostenvergoeding,thuiswerkvergoeding,internetvergoeding,weiterbildung,weiterbildungen,fortbildung,fortbildungen,sachbezug,prämie,gutschein,jobrad,"+
		"prime,primes,formation,mutuelle,intéressement,presupuesto,bono,bonos,prima,primas,formación,cheques,"+
		"orçamento,bônus,prêmio,premiação,vale,plr,premio,premi,buoni,formazione,"+
		"budżet,premia,premie,dofinansowanie,szkolenia,dopłata,rozpočet,příspěvek,příspěvky,stravenky,prémie,prémia,príspevok,stravné,"+
		"ceu,ceus,cme,childcare,hsa,fsa,scrubs,keret,cafeteria,bónusz,prémium,buget,bonuri,tichete,бюджет,бонус,бонуси,ваучери,μπόνους,προϋπολογισμός,κουπόνια,"+
		"bütçe,prim,ikramiye,förmån,budsjett,tilskud,budjetti,бонусы,премия,премии,компенсация,премія,компенсація,"+
		"תקציב,בונוס,מענק,ميزانية,مكافأة,بدل,علاوة,बोनस,भत्ता,anggaran,tunjangan,insentif,thưởng,โบนัส,เบี้ยเลี้ยง,สวัสดิการ", ",") {
		worldPerkWords[termKey(w)] = true
	}
}

// perkWord reports whether k (a termKey) is a perk, bonus or budget word.
func perkWord(k string) bool {
	if worldPerkWords[k] {
		return true
	}
	for _, s := range perkSuffixes {
		if len(k) > len(s)+3 && strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

// worldPerkBefore reports a perk, bonus or budget word among the five
// words before an amount, nearer it than any pay label (judge turns such
// an amount away).
func worldPerkBefore(before string) bool {
	_, _, perk := worldWordsBefore(before, 5)
	return perk
}

// worldLabelNear reports a pay label among the two words right before an
// amount ("الراتب: 7000 ريال"): a four-digit figure so labelled is pay,
// not a year.
func worldLabelNear(before string) bool {
	_, ok, _ := worldWordsBefore(before, 2)
	return ok
}
