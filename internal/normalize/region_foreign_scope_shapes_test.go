package normalize

import "testing"

// Where a remote or hybrid worker may be, in the German, French, Spanish,
// Portuguese, Italian, Dutch, Polish and Japanese shapes of
// region_foreign_scope_shapes.go and region_japanese_scopes.go. Every
// sentence is our own; the traps name a place the reading must leave.
func TestForeignScopeShapes(t *testing.T) {
	cases := []regionSentenceCase{
		// a work permit with an adjective, or in Italian, Dutch, Polish
		{"french permit adjective", "Ingénieur cloud", "", "Poste 100 % en télétravail. Permis de travail valable pour la Suisse exigé.", "CH"},
		{"italian permit", "Sviluppatore Go", "", "Posizione full remote. Serve un permesso di lavoro per la Spagna.", "ES"},
		{"dutch permit", "Data engineer", "", "Volledig remote functie. Een werkvergunning voor België is vereist.", "BE"},
		{"polish permit", "Analityk", "", "Praca w pełni zdalna. Potrzebne pozwolenie na pracę w Czechach.", "CZ"},
		// residence as a noun
		{"italian residence noun", "Sistemista", "", "Ruolo da remoto; residenza in Svizzera obbligatoria.", "CH"},
		{"portuguese residence noun", "Analista de BI", "", "Vaga remota. Exigimos residência em Angola.", "AO"},
		// a verb of living with "in": countries only
		{"german live in list", "Entwicklerin", "", "Vollständig remote. Du wohnst in Österreich oder in der Schweiz.", "AT,CH"},
		// a German modal with the verb of living at the clause's end
		{"german modal, verb last", "Werkstudent (remote)", "", "Remote-Stelle. Du musst in Deutschland wohnen.", "DE"},
		{"german modal, resident last", "Entwickler (remote)", "", "Komplett remote; Sie sollten in Österreich ansässig sein.", "AT"},
		{"trap: german modal, no verb of living", "Entwickler (remote)", "", "Komplett remote. Du musst in Deutschland arbeiten dürfen.", ""},
		{"dutch live in group", "Copywriter", "", "Volledig remote. Je woont in Scandinavië of in Duitsland.", "SE,NO,DK,DE"},
		{"italian live in", "Grafico", "", "Lavoro full remote per chi vive in Portogallo.", "PT"},
		{"german live in a town is no region", "Entwickler", "", "Vollständig remote. Unser Team lebt in Hamburg und Leipzig.", ""},
		// people from or based in a place, a later item's own preposition skipped
		{"french candidates list", "Support N2", "", "Télétravail intégral, réservé aux candidats résidant en Suisse ou au Luxembourg.", "CH,LU"},
		{"polish people from countries", "Tester", "", "Praca zdalna dla kandydatów z Litwy, Łotwy lub Estonii.", "LT,LV,EE"},
		{"polish people living in", "Grafik", "", "Praca zdalna dla osób mieszkających w Rumunii lub na Węgrzech.", "RO,HU"},
		{"dutch candidates from", "Support", "", "Volledig remote, voor kandidaten uit Duitsland.", "DE"},
		// the mode word, a plain "in" and a country
		{"spanish hybrid in country", "Analista", "", "Puesto híbrido en Portugal, con tres días de oficina.", "PT"},
		{"italian remote in the eu", "Tecnico", "", "Contratto da remoto nell'Unione Europea.", "EU"},
		{"polish hybrid in country", "Księgowy", "", "Model hybrydowy w Niemczech, dwa dni w biurze.", "DE"},
		{"hybrid in a town is no region", "Analista", "", "Puesto híbrido en Valencia, con tres días de oficina.", ""},
		// wherever you like, beside remote wording
		{"italian anywhere alone", "Illustratore", "", "Collaborazione da remoto: lavori da ovunque tu voglia.", "worldwide"},
		{"french wherever you are", "Traducteur", "", "Mission en télétravail, où que vous soyez.", "worldwide"},
		{"italian anywhere in country is a scope", "Illustratore", "", "Collaborazione da remoto, ovunque in Italia.", "IT"},
		// a place said of customers or a market is no scope
		{"german customers across", "Berater", "", "Remote. Du begleitest Kunden in ganz Österreich.", ""},
		{"spanish customers across", "Consultor", "", "100% remoto. Atenderás a clientes de toda Centroamérica.", ""},
		// a European time zone after a time-zone word
		{"german zone word", "Entwickler", "", "Komplett remote; wir arbeiten in der Zeitzone OEZ.", "EU"},
		{"dutch zone word", "Ontwikkelaar", "", "Volledig remote, binnen tijdzone GMT+1.", "EU"},
		{"polish zone word", "Programista", "", "Praca w pełni zdalna, strefa czasowa CEST.", "EU"},
		{"german central european time", "Entwickler", "", "Komplett remote, Kernzeiten nach mitteleuropäischer Zeit.", "EU"},
		{"zone word with a us zone is no europe", "Entwickler", "", "Komplett remote, Zeitzone EST.", "US"},
		// the older readers: an article is a whole word, a later item's
		// own preposition is skipped
		{"german residence name starting like an article", "Entwickler", "", "Komplett remote. Wohnsitz in Albanien erforderlich.", "AL"},
		{"german residence list with prepositions", "Entwickler", "", "Komplett remote, Wohnsitz in Belgien oder in der Schweiz.", "BE,CH"},
		// Japanese
		{"japanese abroad allowed", "エンジニア", "", "フルリモート勤務。海外在住の方も応募可。", "worldwide"},
		{"japanese abroad not allowed is no world", "エンジニア", "", "フルリモート勤務。海外在住不可、国内在住の方のみ。", "JP"},
		{"japanese country resident", "翻訳", "", "在宅勤務、フランス在住の方が対象です。", "FR"},
		{"japanese country list", "サポート", "", "リモート。シンガポールもしくはマレーシアに居住していること。", "SG,MY"},
		{"japanese domestic", "営業", "", "テレワーク中心、国内どこからでも勤務できます。", "JP"},
		{"japanese domestic and abroad is no scope", "営業", "", "テレワーク中心、国内外のお客様を担当。", ""},
		{"japanese hours", "サポート", "", "リモート勤務。日本時間の9時から18時。", "JP"},
		{"japanese town is no region", "デザイナー", "", "フルリモート、福岡在住のメンバーが多いです。", ""},
		{"chinese domestic is not japanese", "工程师", "", "远程办公，需在国内居住。", ""},
		{"japanese world customers", "営業", "", "フルリモート。アジア全域の顧客を担当します。", ""},
	}
	runRegionSentenceCases(t, cases)
}
