package normalize

import "strings"

// Regions that boards still print after they were merged or renamed, and
// more places named in other languages.
//
// France's regions before the 2016 merger stay in use on boards and in
// company addresses ("Télétravail - Midi-Pyrénées", "Metz, Lorraine",
// "Limoges, Limousin"); Germany's government regions and their English and
// ASCII spellings ("Upper Franconia", "Regierungsbezirk Detmold",
// "Baden-Wuerttemberg"); Swiss cantons under their German and French names
// ("Waadt", "Thurgovie", "Kanton Luzern", "Canton de Vaud"); Spanish
// provinces in Basque, Catalan and Valencian ("Bizkaia", "Gipuzkoa",
// "Castelló", "València"); Portugal's districts written as such ("Distrito
// de Aveiro"); and a few capitals and countries in German and Spanish
// ("Kopenhagen", "Brüssel", "Lüttich", "Brunéi", "El Vaticano"), Belgian
// provinces in Dutch, French, German and English ("Henegouwen",
// "Brabant wallon", "Flämisch-Brabant"), and Spanish communities by their
// full names, which in capitals would otherwise read "DE" and "LA" as
// codes ("PRINCIPADO DE ASTURIAS", "CASTILLA LA MANCHA").
//
// Left out on purpose: "Centre" (a word), "Island" (German for Iceland, an
// English word), "Araba" (Álava in Basque, a Turkish word for a car),
// "Santarém" (a Portuguese district and a Brazilian city), "Valencia"
// alone (Spain's and Venezuela's), "Namen" (Namur in German and Dutch,
// and the German word for names), "Wallis" alone (a surname and Wallis
// and Futuna), and the Brazilian states the subdivision table already
// leaves out ("Acre", "Amazonas", "Paraná", "Distrito Federal").
//
// Table tests in regions_exonyms_former_test.go.

const formerExonymNames = `
FR: Auvergne, Aquitaine, Champagne-Ardenne, Bourgogne, Burgundy, Languedoc-Roussillon, Languedoc, Franche-Comté, Franche-Comte, Corse, Nord-Pas-de-Calais, Nord-Pas de Calais, Midi-Pyrénées, Midi-Pyrenees, Lorraine, Limousin, Picardie, Picardy, Rhône-Alpes, Rhone-Alpes, Poitou-Charentes, Haute-Normandie, Basse-Normandie, Upper Normandy, Lower Normandy, Alsace-Champagne-Ardenne-Lorraine, Aquitaine-Limousin-Poitou-Charentes, Languedoc-Roussillon-Midi-Pyrénées, Nord-Pas-de-Calais-Picardie
DE: Upper Franconia, Middle Franconia, Lower Franconia, Upper Palatinate, Oberfranken, Mittelfranken, Unterfranken, Oberpfalz, Oberbayern, Niederbayern, Mecklenburg-Western Pomerania, Mecklenburg-West Pomerania, Baden-Wuerttemberg, Baden-Wurttemberg, Thueringen, Tuebingen, Duesseldorf, Muenchen, Nuernberg, Wuerzburg, Saarbruecken, Osnabrueck, Luebeck, Goettingen
CH: Zug, Berne, Luzern, Waadt, Neuenburg, Argovie, Thurgovie, Soleure, Schaffhouse, Glaris, Grisons, Zoug, Schwytz, Nidwald, Obwald, Saint-Gall, Appenzell Rhodes-Intérieures, Appenzell Rhodes-Extérieures, Bâle-Campagne, Bâle-Ville, Vaud, Valais, Lucerne, Tessin, Argovia, Turgovia, Soletta, Sciaffusa, Grigioni, Vallese, Lucerna
ES: Vizcaya, Bizkaia, Biscay, Guipúzcoa, Gipuzkoa, Guipuzcoa, Castellón, Castelló, Castellón de la Plana, Álava, València, Principado de Asturias, Comunidad Foral de Navarra, Region de Murcia, Ciudad de Ceuta, Ciudad de Melilla, Ciudad Autónoma de Ceuta, Ciudad Autónoma de Melilla, Castilla La Mancha, Castilla Leon, Castilla y Leon, Castilla-Leon, Pais Vasco, Comunitat Valenciana, Comunidad de Madrid
BE: Ostflandern, Westflandern, Vlaams-Brabant, Brabant flamand, Flämisch-Brabant, Flemish Brabant, Henegouwen, Hainaut, Hennegau, Luik, Waals-Brabant, Brabant wallon, Wallonisch-Brabant, Walloon Brabant
PT: Viana do Castelo, Vila Real
DK: Kopenhagen, Kopenhague
BE: Brüssel, Lüttich
AZ: Azerbayán
BN: Brunéi, Brunei Darussalam
NR: Nauru
VA: Vaticano, El Vaticano, Ciudad del Vaticano, Cité du Vatican, Vatikan, Vatikanstadt, Città del Vaticano
`

// swissCantonsByLanguage are the cantons' German and French names read
// after "Kanton", "Canton de" and the like ("Homeoffice, Kanton Waadt").
var swissCantonWords = []string{"Zürich", "Zurich", "Bern", "Berne", "Luzern", "Lucerne", "Uri", "Schwyz", "Obwalden", "Nidwalden",
	"Glarus", "Zug", "Freiburg", "Fribourg", "Solothurn", "Basel-Stadt", "Basel-Landschaft", "Schaffhausen", "St. Gallen",
	"Graubünden", "Aargau", "Thurgau", "Tessin", "Ticino", "Waadt", "Vaud", "Wallis", "Valais", "Neuenburg", "Neuchâtel",
	"Genf", "Genève", "Jura", "Appenzell Ausserrhoden", "Appenzell Innerrhoden"}

// germanGovRegions are Germany's Regierungsbezirke, read after
// "Regierungsbezirk" or "RB".
var germanGovRegions = []string{"Freiburg", "Karlsruhe", "Stuttgart", "Tübingen", "Oberbayern", "Niederbayern", "Oberpfalz",
	"Oberfranken", "Mittelfranken", "Unterfranken", "Schwaben", "Darmstadt", "Gießen", "Giessen", "Kassel", "Düsseldorf",
	"Köln", "Koln", "Münster", "Detmold", "Arnsberg"}

// portugueseDistricts are Portugal's districts, read after "Distrito de".
var portugueseDistricts = []string{"Aveiro", "Beja", "Braga", "Bragança", "Castelo Branco", "Coimbra", "Évora", "Faro", "Guarda",
	"Leiria", "Lisboa", "Portalegre", "Porto", "Santarém", "Setúbal", "Viana do Castelo", "Vila Real", "Viseu"}

func regionTokenKey(name string) string {
	return strings.ToLower(strings.Join(regionTokens(name), " "))
}

func init() {
	eachRegionName(formerExonymNames, addRegionName)
	for _, c := range swissCantonWords {
		for _, lead := range []string{"Kanton ", "Canton de ", "Canton du ", "Canton of ", "Cantone "} {
			if k := regionTokenKey(lead + c); k != "" {
				addRegionName(k, "CH")
			}
		}
	}
	for _, r := range germanGovRegions {
		addRegionName(regionTokenKey("Regierungsbezirk "+r), "DE")
	}
	for _, d := range portugueseDistricts {
		addRegionName(regionTokenKey("Distrito de "+d), "PT")
	}
}
