package normalize

import "testing"

// worldPhraseCases: descriptions in this project's own wording, read by
// type_body_world_phrases.go, and the traps it must leave alone.
var worldPhraseCases = []struct{ text, want string }{
	{"Nous proposons un poste à temps partiel, 20 heures par semaine.", "part_time"},
	{"Contrat à temps plein au sein de notre agence de Rennes.", "full_time"},
	{"Si offre lavoro part-time di 30 ore settimanali.", "part_time"},
	{"Het gaat om een deeltijdse functie in ons team.", "unknown"},
	{"Het gaat om een deeltijd functie van 28 uur.", "part_time"},
	{"Wij zoeken iemand voor een fulltime functie in Utrecht.", "full_time"},
	{"Zatrudnienie w niepełnym wymiarze czasu pracy.", "part_time"},
	{"Yarı zamanlı çalışacak kasiyer arıyoruz.", "part_time"},
	{"Работа в режиме полной занятости, пятидневка.", "full_time"},
	{"Deltidsanställning 75 % med start i augusti.", "part_time"},
	{"Vi tilbyr fast stilling med gode betingelser.", "full_time"},
	{"Wir suchen Sie als Werkstudentin für unser Marketing-Team.", "internship"},
	{"Abrimos processo seletivo de estágio para a área jurídica.", "internship"},
	{"Работа по договору ГПХ, выплаты два раза в месяц.", "contract"},
	{"契約期間：6ヶ月（更新の可能性あり）", "contract"},
	{"계약기간 6개월, 연장 가능", "contract"},
	// Traps: the words without the phrase, or in another sense.
	{"We move fast and still ship weekly, with a steady settling-in period.", "unknown"},
	{"Because the region is growing, we need a fast learner.", "unknown"},
	{"Du hast bereits ein Praktikum absolviert und kennst Excel.", "unknown"},
	{"Le temps de trajet est remboursé à 50 %.", "unknown"},
	{"Vaste klanten en korte lijnen in een leuk team.", "unknown"},
	{"Você vai gerir o programa de estágio e os treinamentos da área.", "unknown"},
}

func TestWorldPhraseType(t *testing.T) {
	for _, c := range worldPhraseCases {
		if got := ParseType("", "Staff", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
