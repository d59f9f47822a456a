package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWorkModeNounsAndDayCounts pins round 48d's readings: the Dutch, German and
// Italian remote-work nouns (denied, partial or plain), a Russian or
// Ukrainian office-day count written as a word, and Japanese occasional
// or ranged office attendance.
func TestWorkModeNounsAndDayCounts(t *testing.T) {
	cases := []struct {
		hint, locs, title, text string
		want                    model.Remote
	}{
		// Dutch "afstandswerk" in a work-type field.
		{hint: "Afstandswerk", want: model.RemoteRemote},
		{hint: "Volledig afstandswerk", want: model.RemoteRemote},
		{hint: "Gedeeltelijk afstandswerk", want: model.RemoteHybrid},
		{hint: "Geen afstandswerk", want: model.RemoteOnsite},
		{title: "Boekhouder", text: "Deze functie laat afstandswerk toe vanuit heel Vlaanderen.", want: model.RemoteRemote},
		// German and Italian nouns.
		{hint: "Fernarbeit", want: model.RemoteRemote},
		{hint: "Lavoro a distanza", want: model.RemoteRemote},
		{title: "Contabile", text: "Offriamo lavoro a distanza su tutto il territorio.", want: model.RemoteRemote},
		// Cyrillic day counts as words.
		{title: "Бухгалтер", text: "В Харькове, три дня в офисе, остальное из дома.", want: model.RemoteHybrid},
		{title: "Дизайнер", text: "Київ: дві дні у офісі щотижня.", want: model.RemoteHybrid},
		// Japanese occasional and ranged office days.
		{hint: "品川 ※原則在宅（適宜出社あり）", want: model.RemoteHybrid},
		{hint: "週1〜2日出社", want: model.RemoteHybrid},
		{hint: "リモート（月2回出社）", want: model.RemoteHybrid},
		{hint: "常駐必須", want: model.RemoteOnsite},
		// Portuguese and Spanish presence days.
		{title: "Analista", text: "Benefícios: vale-refeição. Três dias presenciais por semana no escritório de Curitiba.", want: model.RemoteHybrid},
		{title: "Analista", text: "Modelo de trabalho: 1 dia presencial na semana.", want: model.RemoteHybrid},
		{title: "Contador", text: "Ofrecemos 2 días presenciales en Monterrey y el resto desde casa.", want: model.RemoteHybrid},
		{hint: "3 dias presenciais", want: model.RemoteHybrid},
		// A Spanish note refusing remote seekers.
		{title: "Operario", text: "Trabajo en planta. Abstenerse quienes busquen trabajo remoto.", want: model.RemoteOnsite},
		{title: "Analista", text: "Puesto 100% remoto. Abstenerse sin experiencia en SQL.", want: model.RemoteRemote},
		// Board enum values.
		{hint: "remotework_partial", want: model.RemoteHybrid},
		{hint: "remotework_full", want: model.RemoteRemote},
	}
	for _, c := range cases {
		p := &model.Posting{Title: c.title, RemoteHint: c.hint, DescriptionText: c.text}
		if c.locs != "" {
			p.Locations = []string{c.locs}
		}
		if got := Normalize(p, Options{}).Remote; got != c.want {
			t.Errorf("%q / %q: %s, want %s", c.hint, c.text, got, c.want)
		}
	}
}

// TestWorkModeNounsAndDayCountTraps keeps words that only look alike out: a number
// word inside a longer word, and a two-day office training.
func TestWorkModeNounsAndDayCountTraps(t *testing.T) {
	for _, text := range []string{
		"Первые два дня в офисе — обучение, далее полностью удалённо.",
		"Inscreva-se no curso de dois dias presenciais em Lisboa.",
		"Jornada de 5 dias presenciais por semana.",
	} {
		if got := Normalize(&model.Posting{Title: "Оператор", DescriptionText: text}, Options{}).Remote; got == model.RemoteHybrid {
			t.Errorf("%q: hybrid, want not hybrid", text)
		}
	}
}
