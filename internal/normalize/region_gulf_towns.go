package normalize

// Towns and city districts of the Gulf states, Egypt and Nigeria that job
// boards print alone and the GeoNames gazetteer (towns_geonames.txt) does
// not hold under the spelling boards use, for Regions:
//
//   - Saudi towns in their common English transliteration, with and
//     without the Arabic article ("Al Hofuf", "Hofuf", "Jubail", "Al-Ula",
//     "Unaizah"), which the gazetteer spells otherwise ("Al Jubayl") or
//     lacks;
//   - districts of Cairo, Giza and Alexandria ("Dokki", "Smouha", "6th of
//     October City": the digit is no letter of a region token, so the key
//     is "th of october city"; "6th of October" alone stays unread, as
//     the phrase is a date too) and of Lagos and Abuja ("Ikoyi", "Garki"), which are no
//     towns of their own and so are missing from a table of towns;
//   - a few towns of Kuwait, Oman, Bahrain and Qatar ("Salmiya", "Seeb",
//     "Riffa", "Lusail", and Qatar's industrial towns "Ras Laffan" and
//     "Mesaieed");
//   - Pakistani towns the gazetteer holds under a longer name ("Jhang"
//     is "Jhang Sadr", "DG Khan" "Dera Ghazi Khan") and Bangladeshi towns
//     in their newer spelling ("Cumilla") or districts of Dhaka and
//     Chattogram ("Dhanmondi", "Agrabad");
//   - the honorific long forms of Malaysian states that have no "Darul"
//     ("Melaka Bandar Bersejarah", "Pulau Pinang Pulau Mutiara"), beside
//     the "Darul" forms of region_official_forms.go;
//   - "Benin City", Nigeria's city, which must not be read as the country
//     Benin.
//
// Names that are also towns elsewhere (Alexandria's "Miami" and
// "Stanley", Oman's "Sur", Doha's "West Bay"), words of other names or
// languages (Dhaka's "Uttara", as in India's "Uttara Kannada"; Oman's
// "Saham", a Malay word for shares) and plain phrases ("New Capital")
// are left out. The names go into
// regionNames, so they are read where a country's name is read and cost
// nothing where none is found. Table tests in
// region_gulf_towns_test.go.

// tableTowns holds the town names of the table below, so that a stated
// country after one of them ("Jubail, UAE") is read as that country alone
// (region_stated_country_town.go), as for a town of the gazetteer.
var tableTowns = map[string]bool{}

func init() {
	for code, names := range map[string][]string{
		"SA": {"hofuf", "al hofuf", "al-hofuf", "hufuf", "al hufuf", "al ahsa", "al-ahsa", "al hasa", "al-hasa",
			"jubail", "al jubail", "al-jubail", "unayzah", "unaizah", "onaizah", "wadi ad-dawasir", "wadi al-dawasir",
			"wadi ad dawasir", "wadi al dawasir", "abu hadriya", "abu hadriyah", "al ula", "al-ula", "alula",
			"al qaisumah", "al-qaisumah", "qaisumah", "ras tanura", "khafji", "al khafji", "rabigh", "olaya"},
		"EG": {"sixth of october", "th of october city", "sheikh zayed city", "nasr city", "heliopolis", "dokki", "mohandessin", "mohandeseen", "agouza",
			"maadi", "zamalek", "smouha", "montazah", "montaza", "roushdy", "rushdy", "sidi gaber", "sidi bishr",
			"agami", "agamy", "new administrative capital", "madinaty", "el shorouk",
			"el rehab", "rehab city"},
		"NG": {"benin city", "ikoyi", "surulere", "garki", "wuse", "maitama", "asokoro", "gwarimpa", "gwagwalada",
			"victoria island", "ajah", "yaba", "lekki phase 1", "magodo", "ogba", "apapa", "festac"},
		"PK": {"jhang", "dg khan", "d.g. khan", "d g khan", "vehari"},
		"BD": {"cumilla", "gazipur", "dhanmondi", "banani", "bashundhara", "mohammadpur", "agrabad", "motijheel"},
		"KW": {"al ahmadi", "al-ahmadi", "salmiya", "al salmiya", "farwaniya", "al farwaniya", "jahra", "al jahra", "fahaheel", "mangaf", "sabah al salem"},
		"OM": {"seeb", "al seeb", "as seeb", "nizwa", "khasab", "mirbat", "muttrah", "mutrah", "rustaq", "ar rustaq", "al rustaq", "al khuwair", "ruwi", "duqm", "ibri"},
		"BH": {"hamad town", "riffa", "muharraq", "isa town", "sitra", "juffair", "seef"},
		"QA": {"lusail", "al wakrah", "al khor", "msheireb", "ras laffan", "mesaieed"},
	} {
		for _, n := range names {
			addRegionName(n, code)
			tableTowns[n] = true
		}
	}
	for _, n := range []string{"melaka bandar bersejarah", "malacca bandar bersejarah", "terengganu indera kayangan",
		"pulau pinang pulau mutiara", "penang pulau mutiara", "sabah negeri di bawah bayu", "sarawak bumi kenyalang",
		"perlis indera kayangan"} {
		officialFormNames[n] = isoSubdivision{"MY", true}
	}
}
