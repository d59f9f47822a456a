package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moreModeCases: workplace fields, location items and workplace labels in
// the words of workmode_field_words_more.go and workmode_labels_more.go,
// written for this project, with traps beside them.
var moreModeCases = []truthCase{
	// Whole workplace fields.
	{name: "french in person hint", p: model.Posting{Title: "Comptable", RemoteHint: "Présentiel"}, remote: "onsite"},
	{name: "spanish partly remote hint", p: model.Posting{Title: "Contable", RemoteHint: "Parcialmente remoto"}, remote: "hybrid"},
	{name: "portuguese mixed hint", p: model.Posting{Title: "Contador", RemoteHint: "Misto"}, remote: "hybrid"},
	{name: "polish partly remote hint", p: model.Posting{Title: "Księgowy", RemoteHint: "Częściowo zdalnie"}, remote: "hybrid"},
	{name: "german home office possible hint", p: model.Posting{Title: "Buchhalter", RemoteHint: "Homeoffice möglich"}, remote: "hybrid"},
	{name: "turkish partly remote hint", p: model.Posting{Title: "Muhasebeci", RemoteHint: "Kısmen uzaktan"}, remote: "hybrid"},
	{name: "catalan telework hint", p: model.Posting{Title: "Comptable", RemoteHint: "Teletreball"}, remote: "remote"},
	{name: "croatian home work location", p: model.Posting{Title: "Računovođa", Locations: []string{"Rad od kuće"}}, remote: "remote"},
	{name: "slovenian office location", p: model.Posting{Title: "Računovodja", Locations: []string{"V pisarni"}}, remote: "onsite"},
	{name: "estonian remote location", p: model.Posting{Title: "Raamatupidaja", Locations: []string{"Kaugtöö"}}, remote: "remote"},
	{name: "estonian office location", p: model.Posting{Title: "Raamatupidaja", Locations: []string{"Kontoris"}}, remote: "onsite"},
	{name: "latvian in person unaccented", p: model.Posting{Title: "Gramatvedis", Locations: []string{"Klatiene"}}, remote: "onsite"},
	{name: "greek hybrid location", p: model.Posting{Title: "Λογιστής", Locations: []string{"Υβριδικό"}}, remote: "hybrid"},
	{name: "persian remote hint", p: model.Posting{Title: "حسابدار", RemoteHint: "دورکاری"}, remote: "remote"},
	{name: "hebrew office hint", p: model.Posting{Title: "מנהל חשבונות", RemoteHint: "מהמשרד"}, remote: "onsite"},
	{name: "korean commute hint", p: model.Posting{Title: "회계 담당", RemoteHint: "출근"}, remote: "onsite"},
	{name: "spanish office only hint", p: model.Posting{Title: "Contable", RemoteHint: "100 % oficina"}, remote: "onsite"},
	{name: "english office only location", p: model.Posting{Title: "Clerk", Locations: []string{"100% office"}}, remote: "onsite"},
	// Workplace labels in a description.
	{name: "spanish mode label", p: model.Posting{Title: "Contable", DescriptionText: "Sobre nosotros\nModalidad: Presencial\nUbicación: Sevilla"}, remote: "onsite"},
	{name: "mexican scheme label", p: model.Posting{Title: "Practicante de Compras", Locations: []string{"Monterrey"}, DescriptionText: "Horario: lunes a viernes\nEsquema de trabajo: home office"}, remote: "remote"},
	{name: "trap: a pay scheme label", p: model.Posting{Title: "Practicante de Compras", DescriptionText: "Esquema de pago: quincenal"}, remote: "unknown"},
	{name: "german place label", p: model.Posting{Title: "Buchhalter", DescriptionText: "Arbeitsort: 100% Büro"}, remote: "onsite"},
	{name: "croatian mode label", p: model.Posting{Title: "Računovođa", DescriptionText: "Način rada: Djelomično od kuće"}, remote: "hybrid"},
	{name: "italian mode label", p: model.Posting{Title: "Contabile", DescriptionText: "Modalità di lavoro: In sede"}, remote: "onsite"},
	{name: "turkish model label", p: model.Posting{Title: "Muhasebeci", DescriptionText: "Çalışma modeli: Hibrit"}, remote: "hybrid"},
	{name: "japanese mode label", p: model.Posting{Title: "経理", DescriptionText: "勤務形態：フルリモート"}, remote: "remote"},
	{name: "romanian mode label after a bar", p: model.Posting{Title: "Contabil", DescriptionText: "Cluj | Mod de lucru: La birou"}, remote: "onsite"},
	// Traps: a place under a place label, other values, the words inside
	// a longer value or a sentence.
	{name: "trap: a city under a place label", p: model.Posting{Title: "Buchhalter", DescriptionText: "Arbeitsort: Berlin"}, remote: "unknown"},
	{name: "trap: a type under a mode label", p: model.Posting{Title: "Contable", DescriptionText: "Modalidad: Contrato indefinido"}, remote: "unknown"},
	{name: "trap: shift work under a mode label", p: model.Posting{Title: "Magazynier", DescriptionText: "Tryb pracy: zmianowy"}, remote: "unknown"},
	{name: "trap: presence at fairs in a sentence", p: model.Posting{Title: "Vertrieb", DescriptionText: "Präsenz auf Messen gehört dazu."}, remote: "unknown"},
	{name: "trap: a city holding an office word", p: model.Posting{Title: "Clerk", Locations: []string{"Sur, Oman"}}, remote: "unknown"},
	{name: "trap: office words with a place", p: model.Posting{Title: "Računovođa", Locations: []string{"Zagreb, Hrvatska"}}, remote: "unknown"},
}

func TestMoreModeWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range moreModeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestModeFieldWordWhole pins that only a whole value is read.
func TestModeFieldWordWhole(t *testing.T) {
	for _, s := range []string{"Rad od kuće 2 dana tjedno", "Kontoris Tallinnas, Eesti", "Präsenzpflicht nach Absprache", ""} {
		if got := modeFieldWord(s); got != model.RemoteUnknown {
			t.Errorf("modeFieldWord(%q) = %q, want unknown", s, got)
		}
	}
}

func FuzzModeFieldWord(f *testing.F) {
	for _, c := range moreModeCases {
		f.Add(c.p.RemoteHint + strings.Join(c.p.Locations, ""))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := modeFieldWord(s); !got.Valid() {
			t.Errorf("modeFieldWord(%q) = %q", s, got)
		}
	})
}

func FuzzWorldModeLabel(f *testing.F) {
	for _, c := range moreModeCases {
		f.Add(c.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ev := worldModeLabel(s)
		if !got.Valid() || got != model.RemoteUnknown && !strings.Contains(s, strings.TrimSpace(ev)) {
			t.Errorf("worldModeLabel(%q) = %q, %q", s, got, ev)
		}
	})
}

// FuzzTermKeyInto pins termKeyInto to termKey.
func FuzzTermKeyInto(f *testing.F) {
	for _, s := range []string{"Částečně z domova", "İstanbul Ofis", "تمام\u200cوقت", "Darbs no mājām", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(termKeyInto(nil, s)), termKey(s); got != want {
			t.Errorf("termKeyInto(%q) = %q, termKey %q", s, got, want)
		}
	})
}
