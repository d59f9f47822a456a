package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// foreignScopeMoreCases pin region_foreign_scopes_more.go. Traps: a company
// that is "weltweit" (customers, offices), anywhere followed by a named
// country, a label naming no place, "binnen" naming a time, a Dutch "in …
// wonen" about someone else's city, residence words in an on-site role, a
// Cyrillic "any" about something else.
var foreignScopeMoreCases = []truthCase{
	{name: "fr reside in", p: model.Posting{Title: "Développeur Go", DescriptionText: "Poste en télétravail complet. Il faut résider en Belgique."}, remote: "remote", regions: "BE"},
	{name: "fr anywhere in", p: model.Posting{Title: "Développeur Go", DescriptionText: "Full remote, partout en Europe."}, remote: "remote", regions: "EU"},
	{name: "pl residence in", p: model.Posting{Title: "Tester", DescriptionText: "Praca zdalna. Warunek: zamieszkanie w Polsce."}, remote: "remote", regions: "PL"},
	{name: "pl must live in", p: model.Posting{Title: "Tester", DescriptionText: "Praca w 100% zdalna, musisz mieszkać w Czechach lub w Polsce."}, remote: "remote"},
	{name: "nl live in", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Volledig thuiswerken; je moet wel in België wonen."}, remote: "remote", regions: "BE"},
	{name: "nl within", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Thuiswerken binnen Nederland of België."}, remote: "remote", regions: "NL,BE"},
	{name: "pt location label", p: model.Posting{Title: "Dev Backend", DescriptionText: "Vaga 100% remota.\nLocalização: América Latina"}, remote: "remote", regions: "LATAM"},
	{name: "es location label", p: model.Posting{Title: "Dev Backend", DescriptionText: "Trabajo remoto. Ubicación: Perú."}, remote: "remote", regions: "PE"},
	{name: "it workplace label", p: model.Posting{Title: "Sviluppatore", DescriptionText: "Lavoro da remoto. Sede di lavoro: Torino."}, remote: "remote", regions: "IT"},
	{name: "de worldwide remote", p: model.Posting{Title: "Entwickler", DescriptionText: "Vollständig remote – du arbeitest weltweit, wo du willst."}, remote: "remote", regions: "worldwide"},
	{name: "es anywhere in the world", p: model.Posting{Title: "Diseñador", DescriptionText: "Empleo 100% remoto desde cualquier parte del mundo."}, remote: "remote", regions: "worldwide"},
	{name: "pl anywhere in the world", p: model.Posting{Title: "Tester", DescriptionText: "Praca zdalna z dowolnego miejsca na świecie."}, remote: "remote", regions: "worldwide"},
	{name: "ru from any country", p: model.Posting{Title: "Разработчик", DescriptionText: "Работа удалённо из любой страны."}, remote: "remote", regions: "worldwide"},
	{name: "uk staying in the country", p: model.Posting{Title: "Розробник", DescriptionText: "Віддалено. Лише для тих, хто проживає в Україні."}, remote: "remote", regions: "UA"},
	{name: "tr anywhere in the country", p: model.Posting{Title: "Geliştirici", DescriptionText: "Tamamen uzaktan, Türkiye'nin her yerinden çalışabilirsiniz."}, remote: "remote", regions: "TR"},

	{name: "fr full remote from a country", p: model.Posting{Title: "Développeur Go", DescriptionText: "Vous serez en full remote depuis la Belgique."}, remote: "remote", regions: "BE"},
	{name: "it remote from all of a country", p: model.Posting{Title: "Sviluppatore", DescriptionText: "Posizione full remote da tutta la Spagna."}, remote: "remote", regions: "ES"},
	{name: "pt home office for all of a country", p: model.Posting{Title: "Analista", DescriptionText: "Vaga 100% home office para todo o Portugal."}, remote: "remote", regions: "PT"},
	{name: "nl wholly remote within", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Volledig remote binnen België."}, remote: "remote", regions: "BE"},
	{name: "de remote work from the whole union", p: model.Posting{Title: "Entwickler", DescriptionText: "Vollständig remote: Remote-Arbeit aus der gesamten EU."}, remote: "remote", regions: "EU"},
	{name: "fr residents of a province", p: model.Posting{Title: "Conseiller", DescriptionText: "Travail 100% à distance, réservé aux résidents du Portugal."}, remote: "remote", regions: "PT"},
	{name: "trap: remote then the company's city", p: model.Posting{Title: "Analista", DescriptionText: "Vaga 100% home office em São Paulo? Não: sede em Curitiba, trabalho remoto."}, remote: "remote", regions: "!SP"},
	{name: "trap: remote from a person", p: model.Posting{Title: "Entwickler", DescriptionText: "Vollständig remote, mit Support aus Leidenschaft."}, remote: "remote", regions: "none"},
	{name: "trap: a worldwide company", p: model.Posting{Title: "Entwickler", DescriptionText: "Vollständig remote. Unsere Kunden sitzen weltweit in über 40 Ländern."}, remote: "remote", regions: "!worldwide"},
	{name: "trap: anywhere in a named country", p: model.Posting{Title: "Diseñador", DescriptionText: "Trabajo 100% remoto desde cualquier lugar de Chile."}, remote: "remote", regions: "!worldwide"},
	{name: "trap: label with no place", p: model.Posting{Title: "Dev", DescriptionText: "Vaga remota. Localização: a combinar."}, remote: "remote", regions: "none"},
	{name: "trap: binnen a time", p: model.Posting{Title: "Ontwikkelaar", DescriptionText: "Volledig thuiswerken. Reactie binnen twee weken."}, remote: "remote", regions: "none"},
	{name: "trap: residence in an on-site role", p: model.Posting{Title: "Vendeur", DescriptionText: "Poste en magasin à Lyon, 100% présentiel. Résider en France est un plus."}, remote: "onsite", regions: "none"},
	{name: "trap: cyrillic any about tools", p: model.Posting{Title: "Разработчик", DescriptionText: "Удалённо. Любой стек подойдёт."}, remote: "remote", regions: "!worldwide"},
}

func TestForeignScopeMoreCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range foreignScopeMoreCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("Notre studio imprime des affiches pour les foires locales. ", 10)+"\n", checkFieldCase, foreignScopeMoreCases)
}

// FuzzForeignScopeMore runs the reader on any input: it must not panic.
func FuzzForeignScopeMore(f *testing.F) {
	for _, tc := range foreignScopeMoreCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) { _ = foreignScopeMore(text) })
}

// TestForeignScopeMoreKeyRegexp checks these readers' key regexps against
// their plain regexps over the same windows.
func TestForeignScopeMoreKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range foreignScopeMoreCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		for name, k := range map[string]*keyRegexp{"foreignResidence": foreignResidence, "dutchLiveIn": dutchLiveIn,
			"foreignPlaceLabel": foreignPlaceLabel, "foreignAnywhere": foreignAnywhere, "scopeAfterRemote": scopeAfterRemote} {
			checkKey(t, name, k, s)
		}
	}
}
