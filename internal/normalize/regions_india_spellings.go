package normalize

// Misspelt and colloquial names of Indian cities that job boards and the
// forms feeding them carry in location fields (table tests in
// regions_india_spellings_test.go): letters swapped or dropped in
// Bengaluru, Hyderabad, Gurugram, Chennai, Mumbai, Noida, Delhi, Kolkata,
// Jaipur and Vijayawada ("Banglore", "Hyderbad", "Gurgoan"), the older
// long spelling of Visakhapatnam, Ahmedabad's Gujarati short form
// ("Amdavad") and Delhi's Hindi name ("Dilli"), and two Bengaluru suburbs
// written short ("Koramangla", "Indiranagar"); and the state of Goa, which
// no list held.
//
// Left out: forms that are English words or places elsewhere ("Deli",
// "Mum", "Puna", a district of Hawaii), and "BLR", Belarus's alpha-3
// code as much as Bengaluru's airport.

func init() {
	for _, name := range []string{
		// Bengaluru
		"banglore", "bangalor", "bangaluru", "bengalore", "bengluru", "benagluru", "bangalure", "bengalure",
		"koramangla", "indiranagar", "indiranagr",
		// Hyderabad
		"hydrabad", "hyderbad", "hydrebad", "hyderabd",
		// Delhi and the NCR towns
		"dehli", "delih", "delhii", "dilli", "new elhi", "gurgoan", "gurgon", "gurugaon", "nodia", "noyda",
		// Mumbai, Chennai, Kolkata and the rest
		"mumabi", "mumbay", "chenai", "kolkatta", "jaipir", "jaypur", "vijayawda",
		"vishakhapatnam", "vishakhapatanam", "amdavad",
		// a state the lists lacked
		"goa",
	} {
		addRegionName(name, "IN")
	}
}
