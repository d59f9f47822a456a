package normalize

// Indian places a job board's location field names by a name the
// gazetteer does not hold (table tests in regions_india_names_test.go):
//
//   - the official names of renamed cities in Karnataka, Andhra Pradesh and
//     Maharashtra ("Belagavi", "Kalaburagi", "Rajamahendravaram",
//     "Chhatrapati Sambhajinagar") and the short or older forms boards
//     still write ("Trichy", "Calicut", "Alleppey", "Hubli-Dharwad");
//   - the technology parks and suburbs that Indian boards write alone or in
//     brackets after the city ("Electronic City", "Gachibowli", "Hinjewadi",
//     "HITEC City", "Kakkanad", "Technopark").
//
// Left out: names that are English words or towns elsewhere as well
// ("Erode", "Salem", "Whitefield", "Kota", "Ooty" aside), and "NCR", which
// is the Philippines' capital region as much as Delhi's.

func init() {
	for _, name := range []string{
		// renamed cities and the forms boards still write
		"belagavi", "dharwad", "hubli-dharwad", "hubli dharwad", "hubballi-dharwad", "hubballi dharwad", "kalaburagi",
		"ballari", "vijayapura", "shivamogga", "tumakuru", "davanagere", "trichy", "tiruchi", "calicut", "alleppey",
		"rajamahendravaram", "chhatrapati sambhajinagar", "thane", "vasai", "vasai-virar", "vasai virar",
		"pimpri-chinchwad", "pimpri chinchwad",
		// technology parks and suburbs
		"electronic city", "electronics city", "koramangala", "hinjewadi", "hinjawadi", "gachibowli", "madhapur",
		"hitec city", "hitech city", "hi-tech city", "siruseri", "sholinganallur", "kakkanad", "technopark", "infopark",
	} {
		addRegionName(name, "IN")
	}
}
