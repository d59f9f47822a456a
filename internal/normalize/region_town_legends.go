package normalize

// legendaryTownNames are gazetteer towns (towns_geonames.txt) named after
// a place of legend. Alone in a location such a name stands for "some
// place that does not exist" far more often than for the small real town,
// so geoPartCountry reads it only as the gazetteer's "~" names are read:
// with a country, a state or a code beside it ("Atlantis, Western Cape").
// Keys are folded (foldTown). Table tests in region_town_legends_test.go.
var legendaryTownNames = map[string]bool{"atlantis": true, "shangri la": true}
