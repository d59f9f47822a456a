package normalize

import "strings"

// The world's larger towns, by country (read by region_town_code.go; table
// tests in region_town_code_test.go): cities of about a million people or
// more, national capitals, the state and provincial capitals of the US,
// Canada, Australia, India, Germany and Brazil, and the capitals of
// Italy's provinces (whose two-letter codes follow a town: "Cuneo, CN");
// Mexico's larger cities carry their states' codes ("Monterrey, NL"), the
// Swiss and Dutch ones their cantons' and provinces' ("Bern/BE" is not
// Belgium, "Utrecht/UT" not Utah), and Malta has the towns around St.
// Julian's where its employers sit ("Msida, MT" is not Montana); Pakistan's
// and Indonesia's larger towns carry their ISO 3166-2 province codes
// ("Lahore/PB", "Jakarta/JK").
//
// Each line of worldCityData is one country: its ISO 3166 code, its
// three-letter code, its English name, a colon, then its towns separated by
// commas. A town's own state or province codes follow it after "/"
// ("Perth/WA"); a "~" before a town keeps it out of regionNames, so that it
// is read only before a code (as are all US towns): names that are common words, given names or
// the names of other well-known towns ("~Victoria/BC", "~Florence/FI"). A
// name written in two countries' lines is read before a code only
// ("Valencia" in Spain and Venezuela).
//
// worldSubdivisions are the state, province and territory codes each
// country's own addresses write after a town (the US states and Canadian
// provinces are usStates and caProvinces; Italy's provinces are the codes
// its towns carry below).
const worldCityData = `
US USA united states: New York/NY, New York City/NY, NYC/NY, Los Angeles/CA, Chicago/IL, Houston/TX, Phoenix/AZ, Philadelphia/PA, San Antonio/TX, San Diego/CA, Dallas/TX, ~San Jose/CA, Austin/TX, Jacksonville/FL, Fort Worth/TX, ~Columbus/OH, ~Charlotte/NC, Indianapolis/IN, San Francisco/CA, Seattle/WA, Denver/CO, Washington/DC, Boston/MA, Nashville/TN, Detroit/MI, ~Portland/OR/ME, Las Vegas/NV, Memphis/TN, Baltimore/MD, Milwaukee/WI, Atlanta/GA, Miami/FL, Minneapolis/MN, Pittsburgh/PA, Sacramento/CA, St Louis/MO, Saint Louis/MO, Orlando/FL, Tampa/FL, ~Cleveland/OH, Cincinnati/OH, Kansas City/MO/KS, Salt Lake City/UT, Raleigh/NC, Honolulu/HI, ~Montgomery/AL, Juneau/AK, Little Rock/AR, Hartford/CT, ~Dover/DE, Tallahassee/FL, Boise/ID, ~Springfield/IL, Des Moines/IA, Topeka/KS, ~Frankfort/KY, Baton Rouge/LA, ~Augusta/ME, Annapolis/MD, ~Lansing/MI, ~Saint Paul/MN, ~St Paul/MN, ~Jackson/MS, ~Jefferson City/MO, ~Helena/MT, ~Lincoln/NE, Carson City/NV, ~Concord/NH, Trenton/NJ, ~Santa Fe/NM, ~Albany/NY, ~Bismarck/ND, Oklahoma City/OK, ~Salem/OR, Harrisburg/PA, ~Providence/RI, ~Columbia/SC, ~Pierre/SD, ~Richmond/VA, ~Olympia/WA, ~Charleston/WV, ~Madison/WI, Cheyenne/WY, Montpelier/VT
CA CAN canada: Toronto/ON, Montreal/QC, Montréal/QC, Vancouver/BC, Calgary/AB, Edmonton/AB, Ottawa/ON, Winnipeg/MB, Quebec City/QC, Ville de Québec/QC, Mississauga/ON, Brampton/ON, ~Surrey/BC, ~Halifax/NS, ~Victoria/BC, ~Regina/SK, Saskatoon/SK, Fredericton/NB, St John's/NL, Charlottetown/PE, Whitehorse/YT, Yellowknife/NT, Iqaluit/NU, Kitchener/ON, ~Waterloo/ON, ~Hamilton/ON, Gatineau/QC, Laval/QC
AU AUS australia: Sydney/NSW, Melbourne/VIC, Brisbane/QLD, Perth/WA, Adelaide/SA, Gold Coast/QLD, Canberra/ACT, Hobart/TAS, Darwin/NT, ~Newcastle/NSW, Wollongong/NSW, Geelong/VIC, Townsville/QLD, Cairns/QLD, Sunshine Coast/QLD, Parramatta/NSW, Fremantle/WA
NZ NZL new zealand: Auckland, Wellington, Christchurch, ~Hamilton, Tauranga, ~Dunedin
GB GBR united kingdom: London, ~Birmingham, Manchester, Glasgow, Leeds, Liverpool, Edinburgh, ~Bristol, Sheffield, Newcastle upon Tyne, Cardiff, Belfast, Nottingham
IE IRL ireland: Dublin, ~Cork, Galway, Limerick
DE DEU germany: Berlin/BE, Hamburg/HH, Munich/BY, München/BY, Cologne/NW, Köln/NW, Frankfurt/HE, Frankfurt am Main/HE, Stuttgart/BW, Düsseldorf/NW, Dortmund/NW, Essen/NW, Leipzig/SN, Bremen/HB, Dresden/SN, Hanover/NI, Hannover/NI, Nuremberg/BY, Nürnberg/BY, Duisburg/NW, Bochum/NW, Wuppertal/NW, Bielefeld/NW, Bonn/NW, Münster/NW, Karlsruhe/BW, Mannheim/BW, Augsburg/BY, Wiesbaden/HE, Mainz/RP, Kiel/SH, Magdeburg/ST, Erfurt/TH, Potsdam/BB, Schwerin/MV, Saarbrücken/SL, Heidelberg/BW, Darmstadt/HE, Regensburg/BY, Würzburg/BY, Ingolstadt/BY, Freiburg/BW, Jena/TH, Rostock/MV, Aachen/NW, Braunschweig/NI, Kassel/HE, ~Halle/ST, Chemnitz/SN, Lübeck/SH, Oldenburg/NI, Osnabrück/NI, Göttingen/NI, ~Ulm/BW, Wolfsburg/NI, Erlangen/BY
AT AUT austria: Vienna, Wien, Graz, Linz, Salzburg, Innsbruck
CH CHE switzerland: Zurich/ZH, Zürich/ZH, Geneva/GE, Genève/GE, Basel/BS, Bern/BE, Lausanne/VD
FR FRA france: Paris, Marseille, Lyon, Toulouse, ~Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille, Rennes
ES ESP spain: Madrid, Barcelona, ~Valencia, Seville, Sevilla, Zaragoza, Málaga, Bilbao, ~Córdoba, ~Palma, Las Palmas, Alicante, Valladolid
PT PRT portugal: Lisbon, Lisboa, Porto, Braga
NL NLD netherlands: Amsterdam/NH, Rotterdam/ZH, The Hague/ZH, Den Haag/ZH, Utrecht/UT, Eindhoven/NB, Groningen/GR, Den Bosch/NB
BE BEL belgium: Brussels, Bruxelles, Antwerp, Antwerpen, Ghent, Gent, Liège, Leuven
IT ITA italy: Agrigento/AG, Alessandria/AL, Ancona/AN, Aosta/AO, Ascoli Piceno/AP, L'Aquila/AQ, Arezzo/AR, Asti/AT, Avellino/AV, Bari/BA, Bergamo/BG, Biella/BI, Belluno/BL, Benevento/BN, Bologna/BO, Brindisi/BR, Brescia/BS, Barletta/BT, Andria/BT, ~Trani/BT, Bolzano/BZ, Cagliari/CA, Campobasso/CB, Caserta/CE, Chieti/CH, Caltanissetta/CL, Cuneo/CN, ~Como/CO, Cremona/CR, Cosenza/CS, Catania/CT, Catanzaro/CZ, ~Enna/EN, Forlì/FC, Cesena/FC, Ferrara/FE, Foggia/FG, Firenze/FI, ~Florence/FI, ~Fermo/FM, Frosinone/FR, Genova/GE, ~Genoa/GE, Gorizia/GO, Grosseto/GR, ~Imperia/IM, Isernia/IS, Crotone/KR, Lecco/LC, Lecce/LE, Livorno/LI, ~Lodi/LO, ~Latina/LT, ~Lucca/LU, Monza/MB, Macerata/MC, Messina/ME, Milano/MI, Milan/MI, Mantova/MN, ~Mantua/MN, Modena/MO, ~Massa/MS, Carrara/MS, Matera/MT, Napoli/NA, ~Naples/NA, Novara/NO, Nuoro/NU, Oristano/OR, Palermo/PA, Piacenza/PC, Padova/PD, Padua/PD, Pescara/PE, Perugia/PG, Pisa/PI, Pordenone/PN, ~Prato/PO, ~Parma/PR, Pistoia/PT, Pesaro/PU, Urbino/PU, Pavia/PV, Potenza/PZ, Ravenna/RA, Reggio Calabria/RC, Reggio Emilia/RE, ~Ragusa/RG, Rieti/RI, Roma/RM, Rome/RM, Rimini/RN, Rovigo/RO, Salerno/SA, ~Siena/SI, Sondrio/SO, La Spezia/SP, Siracusa/SR, ~Syracuse/SR, Sassari/SS, Carbonia/SU, ~Savona/SV, Taranto/TA, Teramo/TE, Trento/TN, Torino/TO, Turin/TO, Trapani/TP, Terni/TR, Trieste/TS, Treviso/TV, Udine/UD, Varese/VA, Verbania/VB, Vercelli/VC, Venezia/VE, ~Venice/VE, Vicenza/VI, ~Verona/VR, Viterbo/VT, Vibo Valentia/VV
IN IND india: Mumbai/MH, Delhi/DL, New Delhi/DL, Bengaluru/KA, Bangalore/KA, ~Hyderabad/TG/TS, Ahmedabad/GJ, Chennai/TN, Kolkata/WB, Surat/GJ, Pune/MH, Jaipur/RJ, Lucknow/UP, Kanpur/UP, Nagpur/MH, Indore/MP, ~Thane/MH, Bhopal/MP, Visakhapatnam/AP, Vizag/AP, Patna/BR, Vadodara/GJ, Ghaziabad/UP, Ludhiana/PB, Agra/UP, Nashik/MH, Faridabad/HR, Meerut/UP, Rajkot/GJ, Varanasi/UP, Srinagar/JK, Aurangabad/MH, Dhanbad/JH, Amritsar/PB, Navi Mumbai/MH, Prayagraj/UP, Allahabad/UP, Ranchi/JH, Howrah/WB, Coimbatore/TN, Jabalpur/MP, Gwalior/MP, Vijayawada/AP, Jodhpur/RJ, Madurai/TN, Raipur/CG/CT, ~Kota/RJ, Guwahati/AS, Chandigarh/CH/PB/HR, Thiruvananthapuram/KL, Trivandrum/KL, Kochi/KL, Cochin/KL, Mysuru/KA, Mysore/KA, Noida/UP, Gurugram/HR, Gurgaon/HR, Bhubaneswar/OD/OR, Dehradun/UK/UT, Shimla/HP, Gandhinagar/GJ, Panaji/GA, Itanagar/AR, Dispur/AS, Imphal/MN, Shillong/ML, Aizawl/MZ, Kohima/NL, Gangtok/SK, Agartala/TR, Amaravati/AP, Puducherry/PY, Pondicherry/PY, Jammu/JK, ~Leh/LA, Port Blair/AN, Kavaratti/LD, ~Daman/DD, Silvassa/DN, Mangaluru/KA, Mangalore/KA, Kozhikode/KL, Hubballi/KA
PK PAK pakistan: Karachi/SD, Lahore/PB, Faisalabad/PB, Rawalpindi/PB, Islamabad/IS, Multan/PB, Peshawar/KP, Quetta/BA, Gujranwala/PB, ~Hyderabad/SD
BD BGD bangladesh: Dhaka, Chittagong, Chattogram, Khulna
LK LKA sri lanka: ~Colombo, Kandy, Galle, Jaffna, Negombo, Malabe, Kurunegala, Moratuwa, Nugegoda, Battaramulla, Rajagiriya, Dehiwala, Trincomalee, Anuradhapura
NP NPL nepal: Kathmandu, Pokhara, Biratnagar, Birgunj, Butwal, Dharan, Hetauda, Janakpur, Bhaktapur, Itahari, Nepalgunj
AF AFG afghanistan: Kabul
IR IRN iran: Tehran, Mashhad, Isfahan, Karaj, Shiraz, Tabriz
IQ IRQ iraq: Baghdad, Basra, Mosul, Erbil
SY SYR syria: ~Damascus, Aleppo
JO JOR jordan: Amman
LB LBN lebanon: Beirut
IL ISR israel: Jerusalem, Tel Aviv, Tel Aviv-Yafo, Haifa, Herzliya, Ramat Gan, Petah Tikva
SA SAU saudi arabia: Riyadh, Jeddah, ~Mecca, Makkah, ~Medina, Dammam, Khobar, Al Khobar
AE ARE united arab emirates: Dubai, Abu Dhabi, Sharjah
QA QAT qatar: Doha
KW KWT kuwait: Kuwait City
BH BHR bahrain: Manama
OM OMN oman: Muscat
TR TUR turkey: Istanbul, İstanbul, Ankara, Izmir, İzmir, Bursa, Antalya, Adana, Konya, Gaziantep
EG EGY egypt: Cairo, ~Alexandria, Giza
MA MAR morocco: Casablanca, Rabat, Fes, ~Fez, Marrakesh, Marrakech, Tangier, Tanger
DZ DZA algeria: Algiers, Oran
TN TUN tunisia: Tunis
LY LBY libya: ~Tripoli, Benghazi
SD SDN sudan: Khartoum, Omdurman
ET ETH ethiopia: Addis Ababa
KE KEN kenya: Nairobi, Mombasa
TZ TZA tanzania: Dar es Salaam, Dodoma
UG UGA uganda: Kampala
RW RWA rwanda: Kigali
NG NGA nigeria: Lagos, Abuja, Kano, Ibadan, Port Harcourt
GH GHA ghana: Accra, Kumasi
CI CIV ivory coast: Abidjan
SN SEN senegal: Dakar
CM CMR cameroon: Douala, Yaoundé
CD COD dr congo: Kinshasa, Lubumbashi
AO AGO angola: Luanda
ZA ZAF south africa: Johannesburg, Cape Town, Durban, Pretoria, Port Elizabeth, Gqeberha
ZM ZMB zambia: Lusaka
ZW ZWE zimbabwe: Harare
MZ MOZ mozambique: Maputo
MG MDG madagascar: Antananarivo
ML MLI mali: Bamako
BF BFA burkina faso: Ouagadougou
GA GAB gabon: Libreville
RU RUS russia: Moscow, Saint Petersburg, ~St Petersburg, Novosibirsk, Yekaterinburg, Kazan, Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don, Ufa, Krasnoyarsk, Voronezh, ~Perm, Volgograd
UA UKR ukraine: Kyiv, Kiev, Kharkiv, Odesa, ~Odessa, Dnipro, Lviv
BY BLR belarus: Minsk
KZ KAZ kazakhstan: Almaty, Astana
UZ UZB uzbekistan: Tashkent
AZ AZE azerbaijan: Baku, Bakı, Sumqayıt, Sumgait, ~Ganja, Gəncə
GE GEO georgia: Tbilisi
AM ARM armenia: Yerevan
PL POL poland: Warsaw, Warszawa, Kraków, Krakow, Łódź, Lodz, Wrocław, Wroclaw, Poznań, Poznan, Gdańsk, Gdansk, Szczecin, Katowice, Lublin
CZ CZE czech republic: Prague, Praha, Brno, Ostrava
SK SVK slovakia: Bratislava, Košice
HU HUN hungary: Budapest, Debrecen, Szeged, Pécs, Győr
RO ROU romania: Bucharest, București, Cluj-Napoca, Cluj, Timișoara, Iași
BG BGR bulgaria: ~Sofia, Plovdiv, ~Varna
RS SRB serbia: Belgrade, Beograd, Novi Sad
HR HRV croatia: Zagreb
SI SVN slovenia: Ljubljana
BA BIH bosnia: Sarajevo
MK MKD north macedonia: Skopje
AL ALB albania: Tirana
ME MNE montenegro: Podgorica
MD MDA moldova: Chișinău, Chisinau
GR GRC greece: ~Athens, Thessaloniki
CY CYP cyprus: Nicosia, Limassol
MT MLT malta: Valletta, Sliema, St Julian's, St. Julian's, Msida, Birkirkara, Gzira, Gżira, Swieqi
LT LTU lithuania: Vilnius, Kaunas
LV LVA latvia: Riga
EE EST estonia: Tallinn, Tartu
FI FIN finland: Helsinki, Espoo, Tampere
SE SWE sweden: Stockholm, Gothenburg, Göteborg, Malmö
NO NOR norway: Oslo, ~Bergen, Trondheim
DK DNK denmark: Copenhagen, København, Aarhus
IS ISL iceland: Reykjavik, Reykjavík
MX MEX mexico: Mexico City/CDMX/CMX/DF, Ciudad de México/CDMX/CMX/DF, Guadalajara/JAL, Monterrey/NL/NLE, Puebla/PUE, Tijuana/BC/BCN, ~León/GTO/GUA, Ciudad Juárez/CHIH/CHH, Zapopan/JAL, ~Mérida/YUC, Querétaro/QRO/QUE, Cancún/QROO/ROO, Toluca/MEX/EM, Aguascalientes/AGS/AGU, San Luis Potosí/SLP, Hermosillo/SON, Culiacán/SIN, Morelia/MICH/MIC, Saltillo/COAH/COA
GT GTM guatemala: Guatemala City
SV SLV el salvador: San Salvador
HN HND honduras: Tegucigalpa
NI NIC nicaragua: Managua
CR CRI costa rica: ~San José, ~San Jose
PA PAN panama: ~Panama City
CU CUB cuba: ~Havana, La Habana
DO DOM dominican republic: Santo Domingo
JM JAM jamaica: ~Kingston
CO COL colombia: Bogotá, Bogota, Medellín, Medellin, ~Cali, Barranquilla, ~Cartagena, Bucaramanga
VE VEN venezuela: Caracas, Maracaibo, ~Valencia
EC ECU ecuador: Quito, Guayaquil
PE PER peru: ~Lima, Arequipa
BO BOL bolivia: ~La Paz, ~Santa Cruz, ~Sucre
CL CHL chile: ~Santiago, ~Valparaíso, ~Valparaiso
AR ARG argentina: Buenos Aires, ~Córdoba, ~Rosario, Mendoza, La Plata, ~Santa Fe, Tucumán
UY URY uruguay: ~Montevideo
PY PRY paraguay: Asunción, Asuncion
BR BRA brazil: São Paulo/SP, Sao Paulo/SP, Rio de Janeiro/RJ, Brasília/DF, Brasilia/DF, ~Salvador/BA, Fortaleza/CE, Belo Horizonte/MG, Manaus/AM, Curitiba/PR, Recife/PE, Goiânia/GO, Belém/PA, Porto Alegre/RS, Guarulhos/SP, Campinas/SP, São Luís/MA, Maceió/AL, ~Natal/RN, Florianópolis/SC, ~Vitória/ES, João Pessoa/PB, Teresina/PI, Campo Grande/MS, Cuiabá/MT, Aracaju/SE, Porto Velho/RO, Macapá/AP, Boa Vista/RR, Rio Branco/AC, ~Palmas/TO
CN CHN china: Shanghai, Beijing, Chongqing, Tianjin, Guangzhou, Shenzhen, Chengdu, Wuhan, Hangzhou, Xi'an, Xian, Nanjing, Shenyang, Harbin, Suzhou, Zhengzhou, Changsha, Qingdao, Dalian, Xiamen, Kunming, Jinan, Hefei, Fuzhou, Dongguan, Foshan, Ningbo, Wuxi, Changchun, Shijiazhuang, Taiyuan, Nanning, Urumqi, Guiyang, Lanzhou, Nanchang
HK HKG hong kong: Kowloon
TW TWN taiwan: Taipei, New Taipei, Taichung, Kaohsiung, Tainan, Taoyuan, Hsinchu
JP JPN japan: Tokyo, Yokohama, Osaka, Nagoya, Sapporo, Fukuoka, ~Kobe, ~Kawasaki, Kyoto, Saitama, Hiroshima, Sendai
KR KOR south korea: Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Ulsan, Seongnam
MN MNG mongolia: Ulaanbaatar, Ulan Bator
VN VNM vietnam: Ho Chi Minh City, Hanoi, Da Nang, Haiphong, Can Tho
TH THA thailand: Bangkok, Chiang Mai, Phuket
MY MYS malaysia: Kuala Lumpur, Johor Bahru, ~George Town
SG SGP singapore: Singapore
ID IDN indonesia: Jakarta/JK, Surabaya/JI, Bandung/JB, Medan/SU, Bekasi/JB, Tangerang/BT, Depok/JB, Semarang/JT, Palembang, Makassar, Denpasar/BA, Yogyakarta/YO, Batam
PH PHL philippines: Manila, Quezon City, Davao City, Cebu City, Makati
MM MMR myanmar: Yangon, Mandalay
KH KHM cambodia: Phnom Penh
LA LAO laos: Vientiane
`

// worldSubdivisions are the state, province and territory codes of the
// countries whose addresses write them after a town, besides the US states
// and Canadian provinces (usStates, caProvinces), Italy's provinces and
// Mexico's states (the codes after their towns above). "NRW" is
// Nordrhein-Westfalen as German addresses shorten it.
var worldSubdivisions = map[string]string{
	"AU": "NSW VIC QLD WA SA TAS NT ACT",
	"IN": "AN AP AR AS BR CH CG CT DN DD DL GA GJ HR HP JK JH KA KL LA LD MP MH MN ML MZ NL OD OR PY PB RJ SK TN TS TG TR UP UK UT WB",
	"DE": "BW BY BE BB HB HH HE MV NI NW NRW RP SL SN ST SH TH",
	"BR": "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO",
}

// townPlace is one country a town is in, with the town's own subdivision
// codes there ("WA" for Perth), space-separated.
type townPlace struct {
	country, own string
}

// worldCountry is a country of worldCityData: its three-letter code, the
// English name a location is rewritten to, its subdivision codes.
type worldCountry struct {
	alpha3, name string
	subs         map[string]bool
}

var (
	// worldTowns maps a folded town name (foldTown) to the countries it is
	// a town of.
	worldTowns = map[string][]townPlace{}
	// worldCountries maps an ISO code to its country.
	worldCountries = map[string]*worldCountry{}
)

func init() {
	for _, line := range strings.Split(worldCityData, "\n") {
		head, towns, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		f := strings.Fields(head)
		code, c := f[0], &worldCountry{alpha3: f[1], name: strings.Join(f[2:], " "), subs: map[string]bool{}}
		worldCountries[code] = c
		for _, s := range strings.Fields(worldSubdivisions[code]) {
			c.subs[s] = true
		}
		switch code {
		case "US":
			for s := range usStates {
				if len(s) == 2 {
					c.subs[s] = true
				}
			}
		case "CA":
			for s := range caProvinces {
				c.subs[s] = true
			}
		}
		addRegionName(c.name, code) // the name a location is rewritten to
		for _, t := range strings.Split(towns, ",") {
			parts := strings.Split(strings.TrimSpace(t), "/")
			name := parts[0]
			if name == "" {
				continue
			}
			for _, s := range parts[1:] {
				c.subs[s] = true // Italy's provinces
			}
			key := foldTown(strings.TrimPrefix(name, "~"))
			worldTowns[key] = append(worldTowns[key], townPlace{country: code, own: strings.Join(parts[1:], " ")})
		}
	}
	// Towns read alone too: one country's, not marked "~", no US town (an
	// ATS writes "Indianapolis, IN, India" for a place in India), and no
	// name regionNames already has (its reading stays).
	for _, line := range strings.Split(worldCityData, "\n") {
		head, towns, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code := strings.Fields(head)[0]
		if code == "US" {
			continue
		}
		for _, t := range strings.Split(towns, ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(t), "/")
			if name == "" || name[0] == '~' || !oneCountryTown(worldTowns[foldTown(name)]) { // "Bogotá" and "Bogota" (region_ats_joined.go)
				continue
			}
			words := regionTokens(strings.ToLower(name))
			if len(words) == 0 || len(words) > 4 {
				continue
			}
			key := strings.Join(words, " ")
			addRegionName(key, code)
			if plain := plainTownKey(key); plain != "" {
				addRegionName(plain, code) // "Koln" for "Köln"
			}
		}
	}
	buildSubdivisionOnly()
}
