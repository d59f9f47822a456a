package normalize

// Places as other languages name them, and the historic, tourist and
// statistical regions boards write in a location field.
//
// Spanish, French, Portuguese, Italian, German, Dutch, Polish and Turkish
// boards write foreign cities under their own names: "Remote - Londres",
// "Varsovie (télétravail)", "Múnich, Alemania", "Monachium", "Münih". The
// US states and Canadian provinces have such names too ("Nordkarolina",
// "Carolina do Norte", "Neuschottland"). Names that are also ordinary
// words or other places are left out: "Roma" (a people), "Colonia" (a
// Mexican neighbourhood word, already Uruguay's town), "Florencia" (a
// Colombian city), "Naples" and "Florence" (US towns), "Praga" (a Warsaw
// district), "Pekin" (an Illinois town), "Seul" (French "alone"), "Le
// Cap", "Cantón", "Tolosa", "Posen", "Gales" (English "gales"), "UE",
// "EAU" and "VAE" (English and French words and acronyms).
//
// A longer name is read before its last word, so a few names here correct
// what a shorter one read: "Nuovo Messico" is New Mexico (not Mexico),
// "Britisch-Kolumbien" British Columbia (not Colombia), "Monaco di Baviera"
// Munich (not Monaco), "Irlanda del Norte" and "Irlande du Nord" Northern
// Ireland (not Ireland). "Équateur" is the country Ecuador in French (it is
// also a Congolese province's name; the country is what a board means).
//
// Regions: "Ruhrgebiet", "Rhein-Main", "Midlands", "East Anglia",
// "Yorkshire", "Costa del Sol", "Costa Blanca", "Algarve", "Provence",
// "Côte d'Azur", "Romandie" are in one country each; "British Isles" is
// Britain and Ireland, "Península Ibérica" Spain and Portugal, "D-A-CH"
// and "Nordische Länder" the DACH and Nordic groups, "Balkan" and its
// other spellings the Balkans group (a bare "Balkan" was read as the
// Turkmen province). Continents and macro-regions in other languages map
// to the groups their English names have: "Oriente Medio" and "Naher
// Osten" MENA, "Afrique" Africa, "Caribe" LATAM, "Norteamérica" the US
// and Canada, "Sudeste Asiático" APAC.
//
// Table tests in regions_exonyms_test.go.

// exonymNames is in the "CODE: name, name" form eachRegionName reads.
const exonymNames = `
GB: Londyn, Londres, Londra, Londen, Édimbourg, Edimburgo, Inglaterra, Angleterre, Escocia, Écosse, Escócia, Pays de Galles, País de Gales, Irlanda del Norte, Irlande du Nord, Irlanda do Norte, Irlandia Północna, Noord-Ierland, Midlands, The Midlands, East Midlands, Yorkshire, Yorkshire and the Humber, Yorkshire and The Humber, East Anglia
FR: París, Parigi, Parijs, Paryż, Niza, Nizza, Marsella, Marselha, Lyón, Burdeos, Bordéus, Estrasburgo, Provence, Provenza, Côte d'Azur, Costa Azul, Flandre française
DE: Berlín, Berlino, Berlijn, Múnich, Munique, Monachium, Münih, Monaco di Baviera, Berlim, Hamburgo, Keulen, Fráncfort, Francfort, Stoccarda, Estugarda, Dresde, Núremberg, Hanóver, Lipsk, Ruhrgebiet, Ruhrpott, Ruhr, Rhein-Main, Rhein-Neckar, Rhein-Ruhr, Metropolregion Rhein-Neckar, Metropolregion Rhein-Ruhr, Metropolregion Rhein-Main
AT: Wenen, Wiedeń, Viena, Viyana
BE: Bruselas, Bruxelas, Bruksela, Brüksel, Amberes, Anvers, Gand, Gante, Lieja, Flandre, Flandres, Flandes
CH: Genf, Genewa, Zurigo, Zúrich, Ginebra, Genebra, Ginevra, Cenevre, Zurique, Bâle, Basilea, Romandie, Deutschschweiz, Suisse alémanique
NL: Twente, Ámsterdam, Amsterdã, La Haya, La Haye
DK: Copenhague, Copenhaga, Kopenhaga, Kopenhag
SE: Estocolmo, Sztokholm, Stokholm, Gotemburgo
IS: Reikiavik
PL: Varsovia, Varsovie, Varsavia, Varsóvia, Warschau, Varşova, Cracovie, Cracovia, Krakau, Danzig, Breslau, Śląsk, Pomorze, Mazowsze
CZ: Prag, Praag
IT: Milán, Mailand, Milaan, Mediolan, Rzym, Venedig, Venecia, Venise, Neapel, Nápoles, Florenz, Turín, Atene
GR: Atenas, Athènes, Athen, Ateny
PT: Lisbonne, Lissabon, Lisbona, Lizbona, Lizbon, Algarve
ES: Costa del Sol, Costa Blanca, Costa Brava, Costa de la Luz, Costa Dorada, Costa Daurada, Costa Cálida, Costa Tropical, Baleares, Illes Balears
RO: Bucarest, Bukareszt, Bucareste
BG: Sofía
SI: Liubliana
EE: Tallin
FI: Helsingfors
UA: Kiew, Kijów
GE: Tiflis
TR: Estambul, Stambuł, Esmirna
EG: Le Caire, Kairo
ZA: Ciudad del Cabo, Kapstadt, Johannesburgo
IN: Bombaim
CN: Pekín, Pékin, Pechino, Peking, Pequim, Xangai, Shanghái
KR: Seúl, Séoul, Seoel
ID: Yakarta, Djakarta, Dżakarta
AU: Sídney
CU: Havanna, Havane
US: Los Ángeles, Misisipi, Pensilvânia, Califórnia, Carolina del Nord, Noord-Carolina, Zuid-Carolina, Californië, Kaliforniya, Teksas, Kalifornien, Californie, Kalifornia, Carolina del Norte, Caroline du Nord, Caroline du Sud, Karolina Północna, Karolina Południowa, Dakota Północna, Dakota Południowa, Nowy Meksyk, Nueva York, Nowy Jork, Pensilvania, Pennsylvanie, Pensylwania, Luisiana, Louisiane, Luizjana, Floride, Floryda, Wirginia, Hawái, Hawaï, Hawaje, Dakota del Sur, Dakota del Norte, Carolina del Sur, Míchigan, Oregón, Nueva Jersey, Dakota du Nord, Dakota du Sud, Nueva Orleans, La Nouvelle-Orléans, Philadelphie, Inland Empire, Nordkarolina, Südkarolina, Norddakota, Süddakota, Neumexiko, Virginie-Occidentale, Misuri, Flórida, Nova Iorque, Nova York, Carolina do Norte, Carolina do Sul, Dakota do Norte, Dakota do Sul, Havaí, Novo México, Nuovo Messico, Carolina del Sud, Dakota del Nord, Dakota del Sud, Kuzey Karolina, Güney Karolina, Kuzey Dakota, Güney Dakota, Yeni Meksika, EE.UU., EEUU
CA: Columbia Británica, Nouveau-Brunswick, Île-du-Prince-Édouard, Territoires du Nord-Ouest, Neuschottland, Neubraunschweig, Neufundland, Britisch-Kolumbien, Nova Escócia, Colúmbia Britânica, Terre-Neuve, Terre-Neuve-et-Labrador, Nuova Scozia, Columbia Britannica, Nowa Szkocja, Nowy Brunszwik
JP: Tokio
IE: Dublín
RS: Belgrado
HU: Budapeszt
HR: Zagrzeb
AM: Ereván
AZ: Bakú
TW: Taipéi
BR: Río de Janeiro
RU: Moscou, Moskau, Moskwa, Moskou, Moskova, Moscú
DZ: Argelia, Argélia
CI: Costa de Marfil, Elfenbeinküste, Ivoorkust, Wybrzeże Kości Słoniowej, Fildişi Sahili
AX: Åland, Aland, Ålandinseln, Ålandeilanden, Îles Åland, Islas Åland, Ilhas Åland, Isole Åland, Wyspy Alandzkie, Ahvenanmaa
EC: Équateur
MENA: Oriente Medio, Medio Oriente, Oriente Médio, Moyen-Orient, Naher Osten, Nahost, Mittlerer Osten, Bliski Wschód, Orta Doğu, Ortadoğu, Midden-Oosten, Magreb, Golfstaaten, Países del Golfo, Pays du Golfe
Africa: Afrique, Afrika, África, Afryka, Afrique du Nord, Norte de África, Nordafrika, Afrique subsaharienne, África subsahariana, Subsahara-Afrika, Afrique de l'Ouest, África Occidental, Westafrika, Afrique de l'Est, Ostafrika
LATAM: Caraïbes, Caribe, Karibik, Caraibi, Karaiby, Karayipler, Caribisch gebied
APAC: Sudeste Asiático, Sudeste da Ásia, Asie du Sud-Est, Südostasien, Sud-est asiatico, Azja Południowo-Wschodnia, Güneydoğu Asya, Zuidoost-Azië
`

// exonymGroups are groups named in other languages or by their region.
var exonymGroups = map[string][]string{
	"british isles": {"GB", "IE"}, "the british isles": {"GB", "IE"}, "îles britanniques": {"GB", "IE"},
	"islas británicas": {"GB", "IE"}, "britische inseln": {"GB", "IE"}, "ilhas britânicas": {"GB", "IE"},
	"iberian peninsula": {"ES", "PT"}, "the iberian peninsula": {"ES", "PT"}, "península ibérica": {"ES", "PT"},
	"peninsula iberica": {"ES", "PT"}, "péninsule ibérique": {"ES", "PT"}, "iberische halbinsel": {"ES", "PT"},
	"penisola iberica": {"ES", "PT"}, "iberia peninsula": {"ES", "PT"},
	"d a ch": {"DE", "AT", "CH"}, "dach region": {"DE", "AT", "CH"}, "dach raum": {"DE", "AT", "CH"},
	"nordische länder": {"SE", "NO", "DK", "FI", "IS"}, "nordeuropäische länder": {"SE", "NO", "DK", "FI", "IS"},
	"países nórdicos": {"SE", "NO", "DK", "FI", "IS"}, "paesi nordici": {"SE", "NO", "DK", "FI", "IS"},
	"kraje nordyckie": {"SE", "NO", "DK", "FI", "IS"}, "noordse landen": {"SE", "NO", "DK", "FI", "IS"},
	"norteamérica": {"US", "CA"}, "norteamerica": {"US", "CA"}, "américa do norte": {"US", "CA"},
	"nord america": {"US", "CA"}, "nordamerica": {"US", "CA"}, "noord amerika": {"US", "CA"}, "kuzey amerika": {"US", "CA"},
}

// exonymBalkanNames are the Balkans in other spellings, read as the
// "balkans" group (region_mena_africa.go).
var exonymBalkanNames = []string{"balkan", "balkan countries", "balkan states", "the balkan states", "balcanes",
	"los balcanes", "les balkans", "balcãs", "balcani", "bałkany", "balkanlar", "balkanländer",
	"balkanstaaten", "balkanlanden"}

func init() {
	eachRegionName(exonymNames, func(key, code string) {
		if key == "équateur" {
			regionNames[key] = code // the country, over the Congolese province
			return
		}
		addRegionName(key, code)
	})
	for n, codes := range exonymGroups {
		if _, ok := regionGroups[n]; !ok {
			regionGroups[n] = codes
		}
	}
	if balkans, ok := regionGroups["balkans"]; ok {
		for _, n := range exonymBalkanNames {
			if _, ok := regionGroups[n]; !ok {
				regionGroups[n] = balkans
			}
		}
	}
}
