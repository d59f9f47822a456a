package normalize

// A plain "$" under places in several currency zones (table tests in
// whole_english_ads_test.go): RemoteOK's "Europe, Latin America, Canada, Ukraine" names
// Canada among places that do not pay in dollars, so the "$" is no Canadian
// dollar; localDollar keeps it USD when any place is outside the dollar
// countries. General: any list mixing a dollar country with a place (or a
// group such as EU or LATAM) that is none.
func placesOutsideDollars(locations []string) bool {
	if len(locations) < 2 {
		return false
	}
	for _, loc := range locations {
		for _, r := range Regions(loc) {
			if _, ok := dollarCurrencies[r]; !ok && r != "US" {
				return true
			}
		}
	}
	return false
}
