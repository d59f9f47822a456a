package normalize

import "testing"

// TestFullTimeBasisAfter pins pay_full_time_basis.go: an amount followed by
// its full-time basis ("in Vollzeit", "on a full-time basis") is a salary
// even when its pay word is out of reach. Traps: a small figure before the
// same words, a compound after "Vollzeit", and a full-time basis with a
// period of its own.
func TestFullTimeBasisAfter(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "German minimum at full time, label far back",
			text: "Unser Angebot: ein Gehalt, das über dem im Kollektivvertrag der Handelsangestellten festgelegten Minimum für diese Stelle (2.480,00 € bei Vollzeit) liegt.",
			want: "2480 2480 EUR month"},
		{name: "full-time basis in English",
			text: "Under the sector scale the figure for this grade is EUR 3,020 on a full-time basis, with overpayment possible.",
			want: "3020 3020 EUR month"},
		{name: "yearly size at full time",
			text: "Je nach Erfahrung bieten wir für diese Stelle und dieses Team ein Jahresbrutto ab 52.000 € auf Vollzeitbasis.",
			want: "52000 52000 EUR year"},

		{name: "trap: a small figure before the words",
			text: "Wir zahlen euch für diese Woche und dieses Team 25 € in Vollzeit-Schichten als Zuschuss.",
			want: "-"},
		{name: "trap: a compound after Vollzeit",
			text: "Eine Schulung im Wert von 1.200 € in Vollzeit-Präsenz ist im ersten Jahr vorgesehen.",
			want: "-"},
		{name: "trap: its own period wins",
			text: "Mindestgehalt (3.100,00 € brutto pro Monat bei Vollzeit)",
			want: "3100 3100 EUR month"},
	})
}
