package normalize

// Districts, business parks and free zones of large cities
// that job boards write alone in the location field, without their city
// (table tests in regions_city_districts_test.go). Each name is
// data read from a board's location or area field and checked against
// the city it belongs to; none is a town of another country in the
// gazetteer.
//
//   - Bangalore: the "Layout" suburbs and the roads that name a quarter
//     ("HSR Layout", "BTM Layout", "Sarjapur Road", "Marathahalli",
//     "Bellandur"); boards for domestic and delivery work list these as
//     the area of a job.
//   - Dubai: the free zones and quarters boards give instead of the
//     emirate ("Business Bay", "DIFC", "JLT" and its long form, "Palm
//     Jumeirah", "Al Quoz", "Al Barsha", "Jebel Ali", "Deira", "Bur
//     Dubai").
//   - Greater Cairo: "Sheikh Zayed City" (the bare "Sheikh Zayed" is also
//     a road and a mosque in the Emirates, so it stays unread).
//   - Mexico City's western edge: "Interlomas".
//
// Left out: names that are towns or words elsewhere ("Whitefield",
// "Soho", "Santa Fe", "Karen", "Defence"), which stay read only with
// their city after them.
func init() {
	for _, name := range []string{
		"hsr layout", "btm layout", "sarjapur road", "marathahalli", "bellandur",
	} {
		addRegionName(name, "IN")
	}
	for _, name := range []string{
		"business bay", "difc", "jlt", "jumeirah lake towers", "jumeirah lakes towers", "palm jumeirah",
		"al quoz", "al barsha", "jebel ali", "deira", "bur dubai",
	} {
		addRegionName(name, "AE")
	}
	addRegionName("sheikh zayed city", "EG")
	addRegionName("interlomas", "MX")
}
