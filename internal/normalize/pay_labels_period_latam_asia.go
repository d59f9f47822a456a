package normalize

import "github.com/gigscout/gigscout/internal/model"

// Pay labels of Latin American and South-East Asian boards that name
// their period before the amount (table tests in
// pay_labels_period_latam_asia_test.go): "Sueldo semanal de $2,300",
// "Pago por día: $60.000", "Valor hora: $4.500", "Ingreso mensual:
// $15,000", "Gaji harian Rp 150.000", "Upah mingguan: Rp 900.000";
// a shift is paid as a day ("Valor turno: $40.000", "Bayaran per shift
// Rp 90.000").
// worldWordsBefore reads them with this data: the week and day
// adjectives of Spanish, Portuguese and Indonesian/Malay join
// labelPeriodStems (pay_labels_world.go); "pago", "pagamento", "valor" and "ingreso" join
// weakPayLabels with "bayaran" (a label only beside a period: "Pago de inscripción:
// $500" stays a fee); and "por"/"per" before a period noun ("por día",
// "por hora", "per hari") is a period adjective (porPeriodNoun).
//
// A company's capital ("capital social de R$ 1.000.000", "capital
// suscrito", "share capital of") names no pay: companyCapital marks it as
// worldWordsBefore marks a perk.

// porPeriodNouns are the period nouns a "por" or "per" makes a period
// label of, as termKey writes them.
var porPeriodNouns = map[string]model.PayUnit{
	"hora": model.UnitHour, "jam": model.UnitHour,
	"dia": model.UnitDay, "jornada": model.UnitDay, "hari": model.UnitDay, "turno": model.UnitDay, "shift": model.UnitDay,
	"semana": model.UnitWeek, "minggu": model.UnitWeek,
	"mes": model.UnitMonth, "bulan": model.UnitMonth,
}

// shiftNounAdj is a day for "turno" (a shift) before an amount: a weak
// label beside it names a shift's pay ("Valor turno: $40.000"). It is no
// stem of labelPeriodStems, which would take "turnover" too, and alone
// it labels nothing.
func shiftNounAdj(k string) model.PayUnit {
	if k == "turno" || k == "turnos" {
		return model.UnitDay
	}
	return ""
}

// porPeriodNoun is the period of "por día", "por hora", "per hari" read
// backwards: k is "por" or "per" and prev, the word after it (nearer the
// amount), a period noun. It answers "" otherwise.
func porPeriodNoun(k, prev string) model.PayUnit {
	if k != "por" && k != "per" {
		return ""
	}
	return porPeriodNouns[prev]
}

// companyCapital reports a company's capital read backwards (k the word,
// prev the word after it): "capital social", "capital suscrito", "capital
// de", "capital of", "modal dasar".
func companyCapital(k, prev string) bool {
	switch k {
	case "capital":
		switch prev {
		case "social", "suscrito", "subscrito", "pagado", "integralizado", "de", "of":
			return true
		}
	case "modal":
		return prev == "dasar" || prev == "disetor" || prev == "usaha"
	}
	return false
}

// rupiahLabelUnit is the period a pay label before a rupiah amount names
// ("Gaji harian", "Upah mingguan", "Gaji per hari:"), or "": the rupiah
// reader reads periods after the amount only.
func rupiahLabelUnit(before string) model.PayUnit {
	if u, ok := worldPayLabel(before); ok {
		return u
	}
	return ""
}

// markLabelHour is an hour when the pay label before a small marked
// amount names one ("Pago por hora: S/ 15", "Valor hora: S/ 18"), else
// "": such an amount with no period is a count or a name.
func markLabelHour(text string, start int) model.PayUnit {
	if u, ok := worldPayLabel(text[max(0, start-60):start]); ok && u == model.UnitHour {
		return u
	}
	return ""
}
