package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay in German, French, Spanish, Italian, Dutch, Portuguese, Polish and
// Swedish description sentences (audit P): rate labels that name their
// period (Dutch "uurtarief", Swedish "timarvode", Portuguese "diária",
// Italian "RAL", "hora" right before the amount, Polish "stawka
// dzienna"), allowance words that name no pay ("Zuschuss", "dietas",
// "subsídio", "cheque", "lunchvergoeding", "VR") and a legal minimum wage
// quoted beside the pay (pay_minimum_wage_law.go). In this project's own
// words, with traps.
var europeanSentenceCases = []truthCase{
	{name: "dutch hourly fee label", p: model.Posting{Title: "Freelance tester", DescriptionText: "Ons uurtarief: € 62 - € 70 excl. btw, opdracht van drie maanden."}, pay: "62 70 EUR hour"},
	{name: "dutch day fee label", p: model.Posting{Title: "Interim controller", DescriptionText: "Dagtarief € 720 exclusief btw."}, pay: "720 720 EUR day"},
	{name: "swedish hourly fee label and its krona", p: model.Posting{Title: "Frilansande redovisare", DescriptionText: "Timarvode 640 kr exklusive moms."}, pay: "640 640 SEK hour"},
	{name: "swedish day fee label", p: model.Posting{Title: "Konsult", DescriptionText: "Dagsarvode: 6 200 kr."}, pay: "6200 6200 SEK day"},
	{name: "portuguese day rate noun", p: model.Posting{Title: "Ajudante de obra", DescriptionText: "Pagamos diária de R$ 140 mais almoço."}, pay: "140 140 BRL day"},
	{name: "italian RAL with tra and e", p: model.Posting{Title: "Analista", DescriptionText: "La RAL sarà tra 36.000 e 44.000 euro."}, pay: "36000 44000 EUR year"},
	{name: "french day rate label with entre et", p: model.Posting{Title: "Consultant data", DescriptionText: "Tarif journalier : entre 520 et 610 € HT."}, pay: "520 610 EUR day"},
	{name: "spanish rate per hour label", p: model.Posting{Title: "Monitor de tiempo libre", DescriptionText: "Tarifa por hora: 13 € brutos."}, pay: "13 13 EUR hour"},
	{name: "portuguese value per hour label", p: model.Posting{Title: "Desenvolvedor PJ", DescriptionText: "Valor hora: R$ 95,00 (PJ)"}, pay: "95 95 BRL hour"},
	{name: "portuguese class hour label", p: model.Posting{Title: "Professor de matemática", DescriptionText: "Hora-aula: R$ 38,00"}, pay: "38 38 BRL hour"},
	{name: "polish daily rate adjective", p: model.Posting{Title: "Konsultant", DescriptionText: "Stawka dzienna: 1 050 zł netto (B2B)"}, pay: "1050 1050 PLN day"},
	{name: "dutch salary indication compound label", p: model.Posting{Title: "Planner", DescriptionText: "Salarisschaal € 3.150 – € 4.050 bij 38 uur per week."}, pay: "3150 4050 EUR month"},
	{name: "trap: german allowance after a yearly salary", p: model.Posting{Title: "Entwickler", DescriptionText: "Jahresgehalt ab 61.000 € brutto und ein Zuschuss von 40 € zum Fitnessstudio."}, pay: "61000 61000 EUR year"},
	{name: "trap: german allowance alone", p: model.Posting{Title: "Kaufmann", DescriptionText: "Wir geben einen Zuschuss von 60 € monatlich zur Altersvorsorge."}, pay: "-"},
	{name: "trap: spanish meal cheque alone", p: model.Posting{Title: "Administrativo", DescriptionText: "Cheque comida de 9 € por día trabajado."}, pay: "-"},
	{name: "trap: spanish travel allowance alone", p: model.Posting{Title: "Técnico", DescriptionText: "Dietas de 35 € por desplazamiento."}, pay: "-"},
	{name: "trap: portuguese meal allowance after the salary", p: model.Posting{Title: "Rececionista", DescriptionText: "Vencimento de 1.050 € brutos mensais e subsídio de alimentação de 8 €/dia."}, pay: "1050 1050 EUR month"},
	{name: "trap: brazilian meal voucher after the salary", p: model.Posting{Title: "Assistente", DescriptionText: "Salário de R$ 2.900,00 + VR de R$ 28/dia e plano de saúde."}, pay: "2900 2900 BRL month"},
	{name: "trap: a VR developer is no voucher", p: model.Posting{Title: "Engineer", DescriptionText: "We hire a VR developer at $80/hr."}, pay: "80 80 USD hour"},
	{name: "trap: dutch lunch allowance alone", p: model.Posting{Title: "Medewerker", DescriptionText: "Lunchvergoeding van € 4 per dag."}, pay: "-"},
	{name: "trap: dutch intern allowance is pay", p: model.Posting{Title: "Stagiair", DescriptionText: "Stagevergoeding van € 450 per maand."}, pay: "450 450 EUR month"},
	{name: "trap: polish lunch card alone", p: model.Posting{Title: "Specjalista", DescriptionText: "Karta lunchowa 250 zł miesięcznie."}, pay: "-"},
	{name: "trap: a spanish flat rate is a price", p: model.Posting{Title: "Comercial", DescriptionText: "Tarifa plana de 12 € en el móvil de empresa."}, pay: "-"},
	{name: "trap: a dutch gym rate is a price", p: model.Posting{Title: "Medewerker", DescriptionText: "Tarief van € 19 voor de sportschool."}, pay: "-"},
	{name: "trap: a swedish fee for travel is no label alone", p: model.Posting{Title: "Samordnare", DescriptionText: "Arvode för resor 400 kr"}, pay: "-"},
	{name: "german gross pay with its net in brackets before the period", p: model.Posting{Title: "Monteur", DescriptionText: "Verdienst 3.900 € brutto (etwa 2.650 € netto) pro Monat."}, pay: "3900 3900 EUR month"},
	{name: "spanish net pay with its gross in brackets", p: model.Posting{Title: "Conductor", DescriptionText: "Sueldo neto: 1.350 € (1.720 € brutos) al mes."}, pay: "1350 1350 EUR month"},
	{name: "french gross pay with its net in brackets", p: model.Posting{Title: "Technicien", DescriptionText: "Salaire : 2 450 € bruts (environ 1 900 € nets) par mois."}, pay: "2450 2450 EUR month"},
	{name: "polish gross pay with its net in brackets", p: model.Posting{Title: "Magazynier", DescriptionText: "Wynagrodzenie 6 200 zł brutto (ok. 4 500 zł netto) miesięcznie."}, pay: "6200 6200 PLN month"},
	{name: "trap: a bracket counting salaries stays", p: model.Posting{Title: "Referent", DescriptionText: "Jahresgehalt 58.000 € (13 Gehälter)."}, pay: "58000 58000 EUR year"},
	{name: "trap: a bracket with no amount before it stays", p: model.Posting{Title: "Referent", DescriptionText: "Vergütung (3.400 € brutto) im Monat."}, pay: "3400 3400 EUR month"},
	{name: "german pay above the legal minimum", p: model.Posting{Title: "Helfer", DescriptionText: "Bezahlung deutlich über dem gesetzlichen Mindestlohn von 12,82 € pro Stunde."}, pay: "-"},
	{name: "dutch legal minimum quoted as law", p: model.Posting{Title: "Schoonmaker", DescriptionText: "Het minimumloon (€ 14,06 per uur) is wettelijk vastgesteld."}, pay: "-"},
	{name: "spanish legal minimum quoted as law", p: model.Posting{Title: "Ayudante", DescriptionText: "Salario según convenio; el SMI de 1.184 € está fijado por ley."}, pay: "-"},
	{name: "polish legal minimum quoted as law", p: model.Posting{Title: "Pomocnik", DescriptionText: "Minimalne wynagrodzenie 4 666 zł brutto wynika z ustawy."}, pay: "-"},
	{name: "portuguese legal minimum quoted as law", p: model.Posting{Title: "Operador", DescriptionText: "O salário mínimo de 920 € é definido por lei."}, pay: "-"},
	{name: "trap: the minimum wage named as the pay", p: model.Posting{Title: "Helfer", DescriptionText: "Wir zahlen den Mindestlohn von 12,82 € pro Stunde."}, pay: "12.82 12.82 EUR hour"},
	{name: "trap: brazilian minimum wage as the pay", p: model.Posting{Title: "Auxiliar", DescriptionText: "Salário de R$ 1.518,00 (salário mínimo)."}, pay: "1518 1518 BRL month"},
	{name: "trap: pay stated above the minimum", p: model.Posting{Title: "Helfer", DescriptionText: "Stundenlohn 15 €, über dem Mindestlohn."}, pay: "15 15 EUR hour"},
}

func TestEuropeanSentenceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range europeanSentenceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
