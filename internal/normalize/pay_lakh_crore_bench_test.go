package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// BenchmarkLakhCroreWords: Normalize on a long description that names the
// lakh, taka and short-period words (lakh, BDT, kEUR, Cr, pw, Lernende) again and
// again without stating pay by them: the worst case for these readers
// (cpu-ns/op from getrusage; the file builds on main too, for A/B runs).
//
//	go test -run '^$' -bench LakhCroreWords -benchtime 2000x -count 3 ./internal/normalize/
func BenchmarkLakhCroreWords(b *testing.B) {
	para := "Our clients in Dhaka report in BDT and our Paris team budgets in kEUR; the lakh and crore figures of the Cr report, " +
		"the pw and pm columns and the Lernende programme are explained in the handbook. "
	p := &model.Posting{Source: "bench", ExternalID: "lakh-words", Title: "Finance Analyst", Locations: []string{"Remote"},
		DescriptionText: strings.Repeat(para, 10) + "Salary: $70,000 - $80,000 per year."}
	cpu0 := rs4CPU()
	for b.Loop() {
		Normalize(p, testOpts)
	}
	b.ReportMetric(float64(rs4CPU()-cpu0)/float64(b.N), "cpu-ns/op")
}
