package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// ringgitFeeStudyCases pin the pay and type fixes guided by the thirty-second
// round's part i (other projects' own pay and job-type tests, kept outside
// the repository and scored with TestAgreementOutside), in other words than
// those tests, each with traps: a ringgit range joined by a Malay word,
// money the applicant pays and a fee that is denied, an Italian or
// Portuguese internship named only in the description, and a contract tag
// in the title over a full-time type field.
var ringgitFeeStudyCases = []truthCase{
	// Malay range words between two ringgit amounts.
	{name: "hingga between ringgit ends", p: model.Posting{Title: "Juruteknik", Locations: []string{"Johor Bahru, Malaysia"}, DescriptionText: "Gaji RM 3,200 hingga RM 4,100 sebulan."}, pay: "3200 4100 MYR month"},
	{name: "sehingga between glued ends", p: model.Posting{Title: "Juruteknik", Locations: []string{"Ipoh"}, PayText: "RM2,500 sehingga RM3,300 sebulan"}, pay: "2500 3300 MYR month"},
	{name: "sampai with k on both ends", p: model.Posting{Title: "Juruteknik", Locations: []string{"Shah Alam, Malaysia"}, PayText: "RM 5k sampai RM 7k sebulan"}, pay: "5000 7000 MYR month"},
	{name: "sampai dengan between myr ends", p: model.Posting{Title: "Juruteknik", Locations: []string{"Penang, Malaysia"}, PayText: "MYR 2,900 sampai dengan MYR 3,600 sebulan"}, pay: "2900 3600 MYR month"},
	{name: "trap: sehingga alone is an upper bound", p: model.Posting{Title: "Juruteknik", Locations: []string{"Ipoh"}, PayText: "Sehingga RM 4,500 sebulan"}, pay: "4500 4500 MYR month"},
	{name: "trap: hingga before a length is no second end", p: model.Posting{Title: "Juruteknik", Locations: []string{"Ipoh"}, PayText: "RM 2,800 hingga 3 bulan percubaan"}, pay: "2800 2800 MYR month"},

	// Money the applicant pays, and a fee that is denied.
	{name: "denied application fee after the stipend", p: model.Posting{Title: "Design Intern", Locations: []string{"Chennai, India"}, PayText: "₹9,000/month; no application fee"}, pay: "9000 9000 INR month"},
	{name: "denied registration fee before the stipend", p: model.Posting{Title: "Design Intern", Locations: []string{"Chennai, India"}, PayText: "No registration fee, ₹14,500 per month"}, pay: "14500 14500 INR month"},
	{name: "trap: certification fee is paid by the applicant", p: model.Posting{Title: "Design Intern", Locations: []string{"Chennai, India"}, PayText: "Unpaid; certification fee $80"}, pay: "-"},
	{name: "trap: course fee of an amount", p: model.Posting{Title: "Design Intern", Locations: []string{"Chennai, India"}, DescriptionText: "A course fee of ₹2,000 applies before you start."}, pay: "-"},
	{name: "trap: transfer to confirm a place", p: model.Posting{Title: "Design Intern", Locations: []string{"Chennai, India"}, PayText: "Transfer ₹750 to confirm your place"}, pay: "-"},
	{name: "a worker's project fee stays pay", p: model.Posting{Title: "Logo Designer", PayText: "Project fee: $400 for the logo set"}, pay: "400 400 USD project"},
	{name: "pay with an hourly unit then to start stays pay", p: model.Posting{Title: "Barista", DescriptionText: "We pay $18/hour to start, with raises after training."}, pay: "18 18 USD hour"},

	// An Italian or Portuguese internship named in the description only.
	{name: "italian curricular internship of six months", p: model.Posting{Title: "Assistente Marketing", Locations: []string{"Torino"}, DescriptionText: "Offriamo un tirocinio curriculare di 6 mesi presso la sede di Torino."}, jobType: "internship"},
	{name: "italian paid internship offer", p: model.Posting{Title: "Junior Analyst", Locations: []string{"Bologna"}, DescriptionText: "Proposta di tirocinio nel team finanza, con rimborso spese."}, jobType: "internship"},
	{name: "portuguese internship vacancy", p: model.Posting{Title: "Suporte de TI", Locations: []string{"Curitiba"}, DescriptionText: "Processo seletivo para vaga de estágio em infraestrutura, 30 horas semanais."}, jobType: "internship"},
	{name: "portuguese paid internship", p: model.Posting{Title: "Analista", Locations: []string{"Recife"}, DescriptionText: "Estágio remunerado com bolsa de R$ 1.800 e vale-transporte."}, jobType: "internship"},
	{name: "trap: earlier internship experience in portuguese", p: model.Posting{Title: "Analista de Dados", Locations: []string{"Recife"}, DescriptionText: "Experiência prévia de estágio em análise de dados é um diferencial."}, jobType: "!internship"},
	{name: "trap: earlier internship experience in italian", p: model.Posting{Title: "Contabile", Locations: []string{"Verona"}, DescriptionText: "Richiesta esperienza di tirocinio curriculare in studi professionali."}, jobType: "!internship"},
	{name: "trap: running the internship programme", p: model.Posting{Title: "Analista de RH", Locations: []string{"Campinas"}, DescriptionText: "Você vai coordenar o programa de estágio da empresa e as trilhas de carreira."}, jobType: "!internship"},
	{name: "trap: a senior role runs the internship programme", p: model.Posting{Title: "Senior Data Engineer", Locations: []string{"Verona"}, DescriptionText: "Coordinerai il tirocinio formativo dei neolaureati del team."}, jobType: "!internship"},

	// A contract tag in the title over a full-time type field.
	{name: "bracketed contract tag over full-time", p: model.Posting{Title: "Backend Developer (Contract)", EmploymentType: "Full-time"}, jobType: "contract"},
	{name: "dashed fixed-term tag over full time", p: model.Posting{Title: "Payroll Analyst - Fixed-Term", EmploymentType: "Full Time"}, jobType: "contract"},
	{name: "bracketed temporary tag over a full-time code", p: model.Posting{Title: "Support Engineer [Temporary]", EmploymentType: "FULL_TIME"}, jobType: "contract"},
	{name: "trap: contract work named in the title", p: model.Posting{Title: "Contract Manager", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "trap: contracts role with a bracketed team", p: model.Posting{Title: "Contracts Specialist (Legal)", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "trap: a full-time tag", p: model.Posting{Title: "Site Engineer (Full-time)", EmploymentType: "Full-time"}, jobType: "full_time"},
}

func TestRinggitFeeStudyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range ringgitFeeStudyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestRinggitFeeStudyCasesLong runs the cases again past minGuardedText, where
// hasFold answers from the folded copy.
func TestRinggitFeeStudyCasesLong(t *testing.T) {
	filler := strings.Repeat("Our crew looks after the orchards and the cold store. ", 12) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, ringgitFeeStudyCases)
}
