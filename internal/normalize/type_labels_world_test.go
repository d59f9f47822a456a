package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// worldLabelCases: type labels written out in a description, in the
// languages type_labels_world.go reads, written for this project.
var worldLabelCases = []truthCase{
	{name: "polish contract label", p: model.Posting{Title: "Programista", DescriptionText: "O nas\nRodzaj umowy: umowa zlecenie\nLokalizacja: Gdańsk"}, jobType: "contract"},
	{name: "polish working time label", p: model.Posting{Title: "Kasjer", DescriptionText: "Wymiar pracy: 1/2 etatu, część etatu"}, jobType: "part_time"},
	{name: "czech contract label", p: model.Posting{Title: "Účetní", DescriptionText: "Typ úvazku: Zkrácený úvazek\nMísto: Brno"}, jobType: "part_time"},
	{name: "finnish two labels", p: model.Posting{Title: "Myyjä", DescriptionText: "Työsuhde: Määräaikainen\nTyöaika: Osa-aikatyö"}, jobType: "part_time"},
	{name: "finnish fixed term full time", p: model.Posting{Title: "Myyjä", DescriptionText: "Työsuhteen tyyppi: Määräaikainen, kokoaikainen"}, jobType: "contract"},
	{name: "turkish label", p: model.Posting{Title: "Kasiyer", DescriptionText: "Çalışma şekli: Yarı zamanlı"}, jobType: "part_time"},
	{name: "turkish label in title case", p: model.Posting{Title: "Kasiyer", DescriptionText: "Çalışma Şekli: Tam zamanlı"}, jobType: "full_time"},
	{name: "hungarian label", p: model.Posting{Title: "Eladó", DescriptionText: "Foglalkoztatás típusa: Részmunkaidő"}, jobType: "part_time"},
	{name: "romanian label", p: model.Posting{Title: "Contabil", DescriptionText: "Tip job: Full time\nOraș: Cluj"}, jobType: "full_time"},
	{name: "italian label", p: model.Posting{Title: "Impiegato", DescriptionText: "Tipo di contratto: Tempo determinato"}, jobType: "contract"},
	{name: "indonesian label", p: model.Posting{Title: "Kasir", DescriptionText: "Tipe pekerjaan: Paruh waktu"}, jobType: "part_time"},
	{name: "vietnamese label", p: model.Posting{Title: "Nhân viên", DescriptionText: "Loại hình: Thực tập"}, jobType: "internship"},
	{name: "greek label", p: model.Posting{Title: "Λογιστής", DescriptionText: "Τύπος απασχόλησης: Πλήρης απασχόληση"}, jobType: "full_time"},
	{name: "ukrainian label", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Зайнятість: часткова зайнятість"}, jobType: "part_time"},
	{name: "russian label", p: model.Posting{Title: "Бухгалтер", DescriptionText: "Тип занятости: Стажировка"}, jobType: "internship"},
	{name: "brazilian label", p: model.Posting{Title: "Analista", DescriptionText: "Regime de contratação: Temporário"}, jobType: "contract"},
	{name: "label after a bar", p: model.Posting{Title: "Programista", DescriptionText: "Kraków | Rodzaj umowy: B2B | Zdalnie"}, jobType: "contract"},
	// Traps.
	{name: "trap: an intern title beats a full-time label", p: model.Posting{Title: "Stażysta ds. marketingu", DescriptionText: "Wymiar pracy: pełny etat"}, jobType: "internship"},
	{name: "trap: working hours as a count", p: model.Posting{Title: "Entwickler", DescriptionText: "Arbeitszeit: 38,5 Stunden pro Woche"}, jobType: "unknown"},
	{name: "trap: a label left open", p: model.Posting{Title: "Impiegato", DescriptionText: "Contratto: da definire in sede di colloquio"}, jobType: "unknown"},
	{name: "trap: a work mode under a form label", p: model.Posting{Title: "Nhân viên", DescriptionText: "Hình thức: làm việc từ xa"}, jobType: "unknown"},
	{name: "trap: a label word inside a sentence", p: model.Posting{Title: "Impiegato", DescriptionText: "Il contratto: prima lo firmi, poi inizi."}, jobType: "unknown"},
}

func TestWorldLabelType(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range worldLabelCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzWorldLabelType(f *testing.F) {
	for _, c := range worldLabelCases {
		f.Add(c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch got := worldLabelType("Engineer", s); got {
		case model.TypeUnknown, model.TypeFullTime, model.TypePartTime, model.TypeContract, model.TypeInternship, model.TypeVolunteer, model.TypeProject:
		default:
			t.Errorf("worldLabelType(%q) = %q", s, got)
		}
	})
}
