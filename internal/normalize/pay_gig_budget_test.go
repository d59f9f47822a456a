package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay stated for the whole piece of work on freelance and gig boards
// (pay_gig_budget.go): budget labels opening a line of running text, lone
// four-digit amounts named pay by their label, a piece named before the
// amount, a prize pool, price labels in a pay field, and a gig listing's
// bare range read as its budget. Traps keep company budgets, perk budgets,
// product prices, years and salaried ranges as they were.
var gigBudgetCases = []truthCase{
	// budget labels opening a line of running text
	{name: "Spanish budget line", p: model.Posting{Title: "Traducción de manual", DescriptionText: "Necesitamos traducir un manual técnico.\nPresupuesto: 250 - 400 USD"}, pay: "250 400 USD project"},
	{name: "Russian budget line with a bound", p: model.Posting{Title: "Верстка лендинга", DescriptionText: "Сверстать одну страницу по макету.\nБюджет: до 25 000 руб."}, pay: "25000 25000 RUB project"},
	{name: "Portuguese budget line", p: model.Posting{Title: "Edição de vídeo", DescriptionText: "Editar três vídeos curtos.\nOrçamento: R$ 900"}, pay: "900 900 BRL project"},
	{name: "estimated budget line in pounds", p: model.Posting{Title: "Podcast editing", DescriptionText: "Edit six episodes.\nEstimated budget: £320"}, pay: "320 320 GBP project"},
	{name: "budget after a sentence", p: model.Posting{Title: "Corrección de estilo", DescriptionText: "Texto de 40 páginas. Presupuesto: 180 EUR"}, pay: "180 180 EUR project"},
	{name: "bulleted budget line", p: model.Posting{Title: "Pitch deck design", DescriptionText: "Scope:\n- Budget: €750"}, pay: "750 750 EUR project"},
	{name: "desired budget in a pay field", p: model.Posting{Title: "Парсер сайта", PayText: "Желаемый бюджет: до 8 000 ₽"}, pay: "8000 8000 RUB project"},
	{name: "Turkish budget line with lira after", p: model.Posting{Title: "Logo tasarımı", DescriptionText: "Kurumsal logo.\nBütçe: 5.000 - 8.000 TL"}, pay: "5000 8000 TRY project"},
	{name: "trap: Turkish lira alone keeps the month", p: model.Posting{Title: "Muhasebe uzmanı", PayText: "25.000 TL"}, pay: "25000 25000 TRY month"},
	{name: "trap: a Turkish salary label keeps the month", p: model.Posting{Title: "Muhasebe uzmanı", DescriptionText: "Maaş: 30.000 TL"}, pay: "30000 30000 TRY month"},
	// lone four-digit amounts named pay by their label or a fee phrase
	{name: "budget colon before a written currency", p: model.Posting{Title: "Brand refresh", DescriptionText: "budget: 1800 euros"}, pay: "1800 1800 EUR project"},
	{name: "payment on completion", p: model.Posting{Title: "Data cleanup", DescriptionText: "Payment: 1500 USD upon completion."}, pay: "1500 1500 USD project"},
	{name: "a fee of a four-digit sum", p: model.Posting{Title: "Illustration set", DescriptionText: "A flat fee of 2200 EUR for all twelve drawings."}, pay: "2200 2200 EUR project"},
	// a piece of work named before the amount
	{name: "pay per task", p: model.Posting{Title: "Search evaluator", DescriptionText: "Pay per task: $4"}, pay: "4 4 USD project"},
	{name: "rate per article", p: model.Posting{Title: "Travel writer", DescriptionText: "Rate per article: €60"}, pay: "60 60 EUR project"},
	{name: "per approved video", p: model.Posting{Title: "UGC creator", DescriptionText: "We pay per approved video: $90."}, pay: "90 90 USD project"},
	// prize pools
	{name: "a prize pool", p: model.Posting{Title: "Design challenge", DescriptionText: "Prize pool: 15k USD"}, pay: "15000 15000 USD project"},
	{name: "a total prize pool", p: model.Posting{Title: "Hackathon", DescriptionText: "Total prize pool: $40,000 across three tracks."}, pay: "40000 40000 USD project"},
	// placed prizes and what the winner receives
	{name: "first place prize", p: model.Posting{Title: "Data science challenge", DescriptionText: "Prizes\n1st place: $3,000\n2nd place: $1,000"}, pay: "3000 3000 USD project"},
	{name: "what the winner receives", p: model.Posting{Title: "Poster contest", DescriptionText: "The winner receives €500 and a feature on our blog."}, pay: "500 500 EUR project"},
	// fixed-price labels in other languages
	{name: "German flat price label", p: model.Posting{Title: "Webseite Relaunch", DescriptionText: "Festpreis: 1.200 €"}, pay: "1200 1200 EUR project"},
	{name: "French flat fee label", p: model.Posting{Title: "Rédaction de fiches produit", DescriptionText: "Mission courte.\nForfait : 650 €"}, pay: "650 650 EUR project"},
	{name: "Spanish fixed price label", p: model.Posting{Title: "Edición de podcast", DescriptionText: "Precio fijo: 300 USD"}, pay: "300 300 USD project"},
	// a fee for a named piece of work after the amount
	{name: "a fee for the full build", p: model.Posting{Title: "No-code MVP", DescriptionText: "We can pay up to $2,400 for the full build."}, pay: "2400 2400 USD project"},
	{name: "a fee for the website", p: model.Posting{Title: "Bakery site", DescriptionText: "Offering $900 for the website, hosting not included."}, pay: "900 900 USD project"},
	// a piece paid each, a count or more words before it
	{name: "per thousand words", p: model.Posting{Title: "Blog writer", DescriptionText: "Rate: €45 per 1,000 words, two posts a week."}, pay: "45 45 EUR project"},
	{name: "for each approved tutorial", p: model.Posting{Title: "Technical writer", DescriptionText: "We pay $120 for each approved tutorial."}, pay: "120 120 USD project"},
	{name: "per valid bug", p: model.Posting{Title: "QA tester", DescriptionText: "Earn $30 per valid bug you report."}, pay: "30 30 USD project"},
	// price labels in a pay field
	{name: "Russian price bound in a pay field", p: model.Posting{Title: "Монтаж ролика", PayText: "Цена до: 3 500 ₽"}, pay: "3500 3500 RUB project"},
	{name: "price in a pay field", p: model.Posting{Title: "Landing page copy", PayText: "Price: $450"}, pay: "450 450 USD project"},
	// a gig listing's bare range is its budget
	{name: "freelance title, bare range", p: model.Posting{Title: "Freelance motion designer", PayText: "$1,500 - $3,000"}, pay: "1500 3000 USD project"},
	{name: "freelance field, bare range", p: model.Posting{Title: "Motion designer", EmploymentType: "Freelance", PayText: "$2,500 - $5,000"}, pay: "2500 5000 USD project"},
	{name: "fixed-price text, bare range in the pay field", p: model.Posting{Title: "Shopify store setup", PayText: "$1,200 - $2,000", DescriptionText: "This is a fixed-price job with two milestones."}, pay: "1200 2000 USD project"},
	{name: "gig title, roubles by size", p: model.Posting{Title: "Gig: Telegram bot", PayText: "20 000 - 40 000 ₽"}, pay: "20000 40000 RUB project"},

	// traps
	{name: "trap: a company budget in Russian text", p: model.Posting{Title: "Менеджер проектов", DescriptionText: "Бюджет проекта 900 000 тенге, команда из пяти человек."}, pay: "-"},
	{name: "trap: a perk budget line", p: model.Posting{Title: "Engineer", DescriptionText: "Perks:\nLearning budget: $1,000"}, pay: "-"},
	{name: "trap: a budget label mid-sentence", p: model.Posting{Title: "Marketing lead", DescriptionText: "You will own the paid media presupuesto: 50 000 EUR al mes para campañas."}, pay: "-"},
	{name: "trap: a product price in text", p: model.Posting{Title: "Support agent", DescriptionText: "Our plans:\nPrice: $29 for teams"}, pay: "-"},
	{name: "trap: a year before a code", p: model.Posting{Title: "Analyst", DescriptionText: "Since 2015 USD revenue doubled."}, pay: "-"},
	{name: "trap: a salaried range keeps its month", p: model.Posting{Title: "Office manager", EmploymentType: "Full-time", PayText: "$4,000 - $5,000"}, pay: "4000 5000 USD month"},
	{name: "trap: a freelance hourly range keeps its hour", p: model.Posting{Title: "Freelance tutor", PayText: "$30 - $45"}, pay: "30 45 USD hour"},
	{name: "trap: a freelance monthly retainer stated", p: model.Posting{Title: "Freelance bookkeeper", PayText: "$1,500 - $2,000 per month"}, pay: "1500 2000 USD month"},
	{name: "trap: a contract role keeps its month", p: model.Posting{Title: "Contract QA engineer", PayText: "$6,000 - $8,000"}, pay: "6000 8000 USD month"},
	{name: "trap: for each hour", p: model.Posting{Title: "Tutor", DescriptionText: "We pay $22 for each hour of tutoring."}, pay: "22 22 USD hour"},
	{name: "trap: a price per 1,000 boxes", p: model.Posting{Title: "Warehouse lead", DescriptionText: "Shipping runs $12 per 1,000 boxes."}, pay: "-"},
	{name: "trap: a bounty programme's manager keeps the month", p: model.Posting{Title: "Bug Bounty Program Manager", PayText: "$9,000 - $11,000"}, pay: "9000 11000 USD month"},
	{name: "trap: per hour named before", p: model.Posting{Title: "Tutor", DescriptionText: "Pay per hour: $25"}, pay: "25 25 USD hour"},
	{name: "trap: a French phone plan", p: model.Posting{Title: "Commercial terrain", DescriptionText: "Avantages :\nForfait mobile : 20 € offert"}, pay: "-"},
	{name: "trap: a prize won by the company", p: model.Posting{Title: "Engineer", DescriptionText: "Our team took first place at a 2023 hackathon and raised $12M since."}, pay: "-"},
	{name: "trap: a gift card beside the winner", p: model.Posting{Title: "Photo contest", DescriptionText: "The winner receives a trophy and a $25 gift card."}, pay: "-"},
	{name: "trap: a Spanish budget by the month", p: model.Posting{Title: "Community manager", DescriptionText: "Presupuesto: 800 USD al mes"}, pay: "800 800 USD month"},
}

func TestGigBudgetCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range gigBudgetCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestBudgetLineLabelWindow: judge sees only 60 bytes before an amount; a
// window that starts mid-line shows no line start, so no label is read.
func TestBudgetLineLabelWindow(t *testing.T) {
	if !budgetLineLabel("Presupuesto: ") {
		t.Error("a label at the text's start is a line start")
	}
	if budgetLineLabel("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx Presupuesto: ") {
		t.Error("a 60-byte window with no line break must not be read as a line start")
	}
	if !budgetLineLabel("and more words here\nBudget: ") {
		t.Error("a label after a line break opens its line")
	}
}
