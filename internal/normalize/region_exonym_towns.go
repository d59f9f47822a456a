package normalize

import "strings"

// exonymTownNames are the cities of exonymNames (regions_exonyms.go): a
// city under another language's name, read as its country when it stands
// alone ("Remote - Londres" is GB). After another town it is one more town
// of a list, not the first town's country: "Paris, Lisbonne" is France and
// Portugal, as "Paris, Lisbon" is (statedCountryTown,
// region_stated_country_town.go). The regions, states and countries of
// exonymNames are not here.
const exonymTownNames = `Londyn, Londres, Londra, Londen, Édimbourg, Edimburgo,
París, Parigi, Parijs, Paryż, Niza, Nizza, Marsella, Marselha, Lyón, Burdeos, Bordéus, Estrasburgo,
Berlín, Berlino, Berlijn, Berlim, Múnich, Munique, Monachium, Münih, Monaco di Baviera, Hamburgo, Keulen,
Fráncfort, Francfort, Stoccarda, Estugarda, Dresde, Núremberg, Hanóver, Lipsk,
Wenen, Wiedeń, Viena, Viyana, Bruselas, Bruxelas, Bruksela, Brüksel, Amberes, Anvers, Gand, Gante, Lieja,
Genf, Genewa, Zurigo, Zúrich, Ginebra, Genebra, Ginevra, Cenevre, Zurique, Bâle, Basilea,
Ámsterdam, Amsterdã, La Haya, La Haye, Copenhague, Copenhaga, Kopenhaga, Kopenhag,
Estocolmo, Sztokholm, Stokholm, Gotemburgo, Reikiavik,
Varsovia, Varsovie, Varsavia, Varsóvia, Warschau, Varşova, Cracovie, Cracovia, Krakau, Danzig, Breslau, Prag, Praag,
Milán, Mailand, Milaan, Mediolan, Rzym, Venedig, Venecia, Venise, Neapel, Nápoles, Florenz, Turín,
Atene, Atenas, Athènes, Athen, Ateny, Lisbonne, Lissabon, Lisbona, Lizbona, Lizbon,
Bucarest, Bukareszt, Bucareste, Sofía, Liubliana, Tallin, Helsingfors, Kiew, Kijów, Tiflis, Estambul, Stambuł, Esmirna,
Le Caire, Kairo, Ciudad del Cabo, Kapstadt, Johannesburgo, Bombaim,
Pekín, Pékin, Pechino, Peking, Pequim, Xangai, Shanghái, Seúl, Séoul, Seoel, Yakarta, Djakarta, Dżakarta,
Sídney, Havanna, Havane, Los Ángeles, Nueva Orleans, La Nouvelle-Orléans, Philadelphie,
Tokio, Dublín, Belgrado, Budapeszt, Zagrzeb, Ereván, Bakú, Taipéi, Río de Janeiro,
Moscou, Moskau, Moskwa, Moskou, Moskova, Moscú`

// exonymTowns holds the lower-case exonymTownNames.
var exonymTowns = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(exonymTownNames, ",") {
		m[strings.ToLower(strings.TrimSpace(n))] = true
	}
	return m
}()
