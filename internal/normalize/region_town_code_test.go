package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// townCodeCases: a town and a code after it, read in the town's country's
// frame, each beside the traps that must keep their US (or other) reading.
var townCodeCases = []truthCase{
	// The code is the ISO code of the town's country, not the US state.
	{name: "israeli city with israel's code", p: remotePost("Tel Aviv, IL"), regions: "IL"},
	{name: "trap: an illinois town", p: remotePost("Springfield, IL"), regions: "US"},
	{name: "trap: a us town named for cairo", p: remotePost("Cairo, IL"), regions: "US"},
	{name: "indian city with india's code", p: remotePost("Pune, IN"), regions: "IN"},
	{name: "trap: an indiana town", p: remotePost("Indianapolis, IN"), regions: "US"},
	{name: "trap: a us town named for peru", p: remotePost("Peru, IN"), regions: "US"},
	{name: "canadian city with canada's code", p: remotePost("Calgary, CA"), regions: "CA"},
	{name: "trap: a california town named for brisbane", p: remotePost("Brisbane, CA"), regions: "US"},
	{name: "trap: a california town named for valencia", p: remotePost("Valencia, CA"), regions: "US"},
	{name: "colombian city with colombia's code", p: remotePost("Medellín, CO"), regions: "CO"},
	{name: "trap: a colorado city", p: remotePost("Denver, CO"), regions: "US"},
	{name: "indonesian city with indonesia's code", p: remotePost("Surabaya, ID"), regions: "ID"},
	{name: "trap: a us town named for moscow", p: remotePost("Moscow, ID"), regions: "US"},
	{name: "moroccan city with morocco's code", p: remotePost("Casablanca, MA"), regions: "MA"},
	{name: "three-letter code", p: remotePost("Bogota, COL"), regions: "CO"},
	// The code is a state, province or territory of the town's country.
	{name: "western australia", p: remotePost("Perth, WA"), regions: "AU"},
	{name: "trap: a us town named for perth", p: remotePost("Perth Amboy, NJ"), regions: "US"},
	{name: "trap: a washington town named for vancouver", p: remotePost("Vancouver, WA"), regions: "US"},
	{name: "northern territory", p: remotePost("Darwin, NT"), regions: "AU"},
	{name: "trap: the northwest territories", p: remotePost("Yellowknife, NT"), regions: "CA"},
	{name: "south australia", p: remotePost("Adelaide, SA"), regions: "AU"},
	{name: "trap: saudi arabia's code", p: remotePost("Riyadh, SA"), regions: "SA"},
	{name: "queensland", p: remotePost("Brisbane, QLD"), regions: "AU"},
	{name: "thuringia", p: remotePost("Erfurt, TH"), regions: "DE"},
	{name: "trap: a thai city with thailand's code", p: remotePost("Chiang Mai, TH"), regions: "TH"},
	{name: "nrw", p: remotePost("Düsseldorf, NRW"), regions: "DE"},
	{name: "nuevo león", p: remotePost("Monterrey, NL"), regions: "MX"},
	{name: "trap: the netherlands' code", p: remotePost("Rotterdam, NL"), regions: "NL"},
	{name: "four-letter state code", p: remotePost("Mexico City, CDMX"), regions: "MX"},
	{name: "unknown town in jalisco", p: remotePost("Tlaquepaque, JAL"), regions: "MX"},
	{name: "trap: a region code after a town", p: remotePost("London, EMEA"), regions: "GB,EMEA"},
	{name: "province of cuneo", p: remotePost("Cuneo, CN"), regions: "IT"},
	{name: "trap: a chinese city with china's code", p: remotePost("Chengdu, CN"), regions: "CN"},
	{name: "province of bari, not bahia", p: remotePost("Bari, BA"), regions: "IT"},
	{name: "province of milan", p: remotePost("Milano, MI"), regions: "IT"},
	{name: "trap: milan in michigan", p: remotePost("Milan, MI"), regions: "US"},
	{name: "trap: florence in alabama", p: remotePost("Florence, AL"), regions: "US"},
	{name: "trap: a us town named for naples", p: remotePost("Naples, FL"), regions: "US"},
	{name: "tamil nadu", p: remotePost("Chennai, TN"), regions: "IN"},
	{name: "trap: a tennessee city", p: remotePost("Memphis, TN"), regions: "US"},
	{name: "trap: a us town named for athens", p: remotePost("Athens, TN"), regions: "US"},
	{name: "trap: delhi in louisiana, whose code is ladakh's too", p: remotePost("Delhi, LA"), regions: "US"},
	{name: "trap: a us town named for syracuse", p: remotePost("Syracuse, NY"), regions: "US"},
	// A town's namesake in the code's country.
	{name: "a canadian london", p: remotePost("London, ON"), regions: "CA"},
	{name: "a canadian sydney", p: remotePost("Sydney, NS"), regions: "CA"},
	{name: "a canadian richmond", p: remotePost("Richmond, BC"), regions: "CA"},
	{name: "trap: newfoundland, not the netherlands", p: remotePost("St. John's, NL"), regions: "CA"},
	{name: "a scottish perth", p: remotePost("Perth, GB"), regions: "GB"},
	// A town we do not know before one country's state code.
	{name: "unknown queensland town", p: remotePost("Toowoomba, QLD"), regions: "AU"},
	{name: "unknown uttar pradesh town", p: remotePost("Bareilly, UP"), regions: "IN"},
	// KA is Kilmarnock's postcode area, not Karnataka; the GeoNames gazetteer
	// knows the town (region_towns_geonames.go).
	{name: "trap: a british postcode area", p: remotePost("Kilmarnock, KA"), regions: "GB"},
	{name: "a mode word before an australian state code", p: remotePost("Remote, NSW"), regions: "AU"},
	// Towns the gazetteer now knows alone.
	{name: "brisbane alone", p: remotePost("Brisbane"), regions: "AU"},
	{name: "auckland alone", p: remotePost("Auckland"), regions: "NZ"},
	{name: "calgary alone", p: remotePost("Calgary"), regions: "CA"},
	{name: "baku in azerbaijani spelling", p: remotePost("Bakı"), regions: "AZ"},
	{name: "sumqayit alone", p: remotePost("Sumqayıt, Azərbaycan"), regions: "AZ"},
	{name: "trap: victoria alone stays unread", p: remotePost("Victoria"), regions: "none"},
}

// usTownTraps are US towns named for foreign cities (or countries), with
// their state codes: each stays in the US.
var usTownTraps = []string{
	"Paris, TX", "Paris, TN", "London, KY", "London, OH", "Athens, GA", "Athens, OH", "Perth Amboy, NJ", "Toronto, OH",
	"Delhi, NY", "Delhi, LA", "China Grove, NC", "Lebanon, PA", "Moscow, ID", "Berlin, NH", "Dublin, OH", "Dublin, CA",
	"Rome, GA", "Rome, NY", "Naples, FL", "Venice, FL", "Florence, SC", "Florence, AL", "Milan, MI", "Milan, TN",
	"Syracuse, NY", "Vancouver, WA", "Melbourne, FL", "Brisbane, CA", "Manchester, NH", "Birmingham, AL", "Cairo, IL",
	"Alexandria, VA", "Odessa, TX", "St. Petersburg, FL", "Lima, OH", "Toledo, OH", "Hamburg, NY", "Hanover, NH",
	"Warsaw, IN", "Lisbon, ME", "Madrid, IA", "Amsterdam, NY", "Cordova, TN", "Panama City, FL", "Kingston, NY",
	"Santiago, CA", "Havana, FL", "Manila, AR", "Ottawa, IL", "Ottawa, KS", "Lodi, CA", "Parma, OH", "Verona, WI",
	"Columbia, SC", "Richmond, VA", "Salem, OR", "Santa Fe, NM", "Portland, ME", "Hamilton, OH", "Wellington, FL",
	"Dunedin, FL", "Bergen, NJ", "Valparaiso, IN", "Montevideo, MN", "Medina, OH", "Mecca, CA", "Damascus, MD",
}

func remotePost(loc string) model.Posting {
	return model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{loc}}
}

func TestTownCodes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, loc := range usTownTraps {
		t.Run("trap: us town "+loc, func(t *testing.T) {
			checkTruthCase(t, truthCase{name: loc, p: remotePost(loc), regions: "US"}, opts)
		})
	}
}

func TestTownCodeLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Tel Aviv, IL", "israel"}, {"Perth, WA", "australia"}, {"Paris, TX", "United States"}, {"London, ON", "canada"},
		{"Austin, TX", ""},           // a US town with its state: Regions reads it
		{"Calgary, AB", ""},          // a Canadian town with its province
		{"Kalamazoo, MI", ""},        // a town we do not know before a US state
		{"Xuzhou, CN", ""},           // a town we do not know before an ISO code
		{"Paris", ""},                // no code
		{"Paris, France", ""},        // a name, not a code
		{"Perth, wa", ""},            // lower case is no state code
		{"US or China, TX", ""},      // a list, not a town
		{"Berlin, Germany, DE", ""},  // three parts: fixCodeLoc's own rule
		{"Remote Brazil, GA", ""},    // a note before a state code
		{"Bareilly, UTTAR", ""},      // longer than a code
		{"New South Wales, NSW", ""}, // the state's name, not a town
		{"Sankt Augustin, NRW", "germany"},
		{"Camden, NW", ""}, // a British postcode area too
	} {
		parts := strings.Split(c.loc, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if got := townCodeLoc(parts); got != c.want {
			t.Errorf("townCodeLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

func TestFoldTown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Düsseldorf", "dusseldorf"}, {"St. John's", "st johns"}, {"Rostov-on-Don", "rostov on don"},
		{"  São  Paulo ", "sao paulo"}, {"İstanbul", "istanbul"}, {"ŁÓDŹ", "lodz"}, {"Chișinău", "chisinau"},
		{"BOGOTÁ", "bogota"}, {"", ""},
	} {
		if got := foldTown(c.in); got != c.want {
			t.Errorf("foldTown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWorldCities checks the table's shape: every line a country with a
// name Regions reads as it, every town's own codes among its country's
// codes, and no town read alone that regionNames read as another place.
func TestWorldCities(t *testing.T) {
	if len(worldTowns) < 500 {
		t.Errorf("worldTowns holds %d towns", len(worldTowns))
	}
	for code, c := range worldCountries {
		if rs := Regions(c.name); len(rs) != 1 || rs[0] != code {
			t.Errorf("country %s's name %q reads %v", code, c.name, rs)
		}
		if len(c.alpha3) != 3 {
			t.Errorf("country %s's three-letter code %q", code, c.alpha3)
		}
	}
	for key, places := range worldTowns {
		if key != foldTown(key) || key == "" {
			t.Errorf("town key %q is not folded", key)
		}
		for _, p := range places {
			for _, s := range strings.Fields(p.own) {
				if !worldCountries[p.country].subs[s] {
					t.Errorf("%q's own code %s is no code of %s", key, s, p.country)
				}
			}
		}
	}
	for _, code := range []string{"QLD", "NSW", "UP", "HE", "NRW"} {
		if subdivisionOnly[code] == "" {
			t.Errorf("subdivisionOnly lacks %s", code)
		}
	}
	for _, code := range []string{"WA", "TN", "CA", "NL", "AP", "TH", "CN", "SA", "NT", "KA", "NW"} {
		if c := subdivisionOnly[code]; c != "" {
			t.Errorf("subdivisionOnly reads shared code %s as %s", code, c)
		}
	}
}

func FuzzTownCodeLoc(f *testing.F) {
	for _, s := range []string{"Tel Aviv, IL", "Perth, WA", "Milan, MI", "Toowoomba, QLD", "St. John's, NL", "Remote, NSW"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, loc string) {
		parts := strings.Split(loc, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		got := townCodeLoc(parts)
		if got == "" {
			return
		}
		if len(parts) != 2 || !placeCode(parts[1]) {
			t.Fatalf("townCodeLoc(%q) = %q without a town and a code", loc, got)
		}
		if rs := Regions(got); len(rs) != 1 {
			t.Fatalf("townCodeLoc(%q) = %q, which reads %v", loc, got, rs)
		}
	})
}

func FuzzFoldTown(f *testing.F) {
	for _, s := range []string{"Düsseldorf", "St. John's", "İstanbul", "a\u0307b", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := foldTown(s)
		if again := foldTown(got); again != got {
			t.Fatalf("foldTown(%q) = %q, folded again %q", s, got, again)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("foldTown(%q) = %q has stray spaces", s, got)
		}
	})
}
