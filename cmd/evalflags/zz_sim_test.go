package main

import (
	"fmt"
	"math/bits"
	"testing"

	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

func TestZZSim(t *testing.T) {
	rows, _ := loadEMSCAD(sharedFile(sharedTestDir, "emscad_sample.csv"))
	eng := redflag.New(redflag.Options{})
	ls := assessCorpus(rows, true, eng)
	for i := range ls {
		for j := i + 1; j < len(ls); j++ {
			a, b := ls[i], ls[j]
			d := bits.OnesCount64(a.TextSimHash ^ b.TextSimHash)
			la, lb := lead(a.Text), lead(b.Text)
			dl := bits.OnesCount64(normalize.TextSimHash(la) ^ normalize.TextSimHash(lb))
			if d <= 14 || dl <= 14 || (rows[i].ID == "1868" && rows[j].ID == "4345") || (rows[j].ID == "1868" && rows[i].ID == "4345") {
				fmt.Println(rows[i].ID, rows[i].Fraudulent, rows[j].ID, rows[j].Fraudulent, "text", d, "lead", dl, a.Company, b.Company)
			}
		}
	}
}

func lead(s string) string {
	if len(s) > 600 {
		return s[:600]
	}
	return s
}
