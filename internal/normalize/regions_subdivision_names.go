package normalize

// First-level subdivisions (states, regions, provinces, voivodeships) that
// boards print without their country ("Queensland", "Minas Gerais",
// "Bayern", "Cataluña", "Jalisco", "Lombardia", "Occitanie", "małopolskie"),
// for Regions, where the name is no other country's place and no common
// word. Each line of subdivisionNames is an ISO 3166 code, a colon, then
// names separated by commas, keyed as regions_country_names_world.go keys
// country names; a name already read keeps its reading.
//
// Left out on purpose: "Victoria" (a Canadian capital and a given name),
// "Paraná" (also an Argentine city), "Córdoba" and "La Rioja" (Spain's and
// Argentina's), "Santa Fe" (also New Mexico's capital), "Distrito Federal"
// (Brazil's and Mexico's), "Amazonas" (Brazil's, Colombia's, Venezuela's),
// "Acre" (an English word), "Limburg" (the Netherlands' and Belgium's),
// "Punjab" (India's and Pakistan's). Table tests and traps in
// regions_subdivision_names_test.go.
const subdivisionNames = `
AU: Queensland, Tasmania, Northern Territory, Australian Capital Territory
BR: Minas Gerais, Rio Grande do Sul, Rio Grande do Norte, Santa Catarina, Bahia, Pernambuco, Ceará, Goiás, Espírito Santo, Mato Grosso, Mato Grosso do Sul, Pará, Maranhão, Paraíba, Alagoas, Sergipe, Piauí, Rondônia, Tocantins, Amapá, Roraima
DE: Bayern, Bavaria, Nordrhein-Westfalen, North Rhine-Westphalia, Baden-Württemberg, Hessen, Hesse, Niedersachsen, Lower Saxony, Sachsen, Saxony, Sachsen-Anhalt, Thüringen, Thuringia, Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein, Rheinland-Pfalz, Rhineland-Palatinate, Saarland
ES: Cataluña, Catalunya, Catalonia, Andalucía, Andalusia, Galicia, Asturias, Cantabria, País Vasco, Euskadi, Basque Country, Navarra, Aragón, Castilla y León, Castilla-La Mancha, Extremadura, Islas Canarias, Canarias, Canary Islands, Islas Baleares, Illes Balears, Balearic Islands, Comunitat Valenciana, Comunidad Valenciana, Región de Murcia
MX: Jalisco, Nuevo León, Guanajuato, Querétaro, Yucatán, Chihuahua, Sonora, Baja California, Baja California Sur, Veracruz, Oaxaca, Chiapas, Sinaloa, Tamaulipas, Coahuila, Michoacán, Aguascalientes, Estado de México, Quintana Roo, San Luis Potosí
IT: Lombardia, Lombardy, Lazio, Piemonte, Piedmont, Veneto, Emilia-Romagna, Toscana, Tuscany, Campania, Sicilia, Sicily, Puglia, Apulia, Liguria, Sardegna, Sardinia, Calabria, Trentino-Alto Adige, Friuli-Venezia Giulia, Marche, Abruzzo, Umbria
FR: Auvergne-Rhône-Alpes, Provence-Alpes-Côte d'Azur, Occitanie, Nouvelle-Aquitaine, Hauts-de-France, Grand Est, Bretagne, Brittany, Normandie, Normandy, Pays de la Loire, Centre-Val de Loire, Bourgogne-Franche-Comté
PL: mazowieckie, małopolskie, śląskie, dolnośląskie, wielkopolskie, pomorskie, łódzkie, zachodniopomorskie, lubelskie, podkarpackie, kujawsko-pomorskie, warmińsko-mazurskie, podlaskie, świętokrzyskie, opolskie, lubuskie
NL: Noord-Holland, Zuid-Holland, Noord-Brabant, Gelderland, Overijssel, Friesland, Drenthe, Flevoland, Zeeland
CO: Antioquia, Cundinamarca, Valle del Cauca
PK: Sindh, Khyber Pakhtunkhwa, Balochistan
CN: Guangdong, Zhejiang, Jiangsu, Sichuan, Fujian, Shandong, Hubei
`

func init() { eachRegionName(subdivisionNames, addRegionName) }
