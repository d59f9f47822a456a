package normalize

// German names of hill landscapes called a "Switzerland" of their region:
// "Sächsische Schweiz" (and the district "Sächsische Schweiz-Osterzgebirge"
// of Saxony, which German addresses print: "Pirna, Sächsische
// Schweiz-Osterzgebirge"), "Fränkische Schweiz", "Holsteinische Schweiz",
// "Märkische Schweiz" are in Germany, "Böhmische Schweiz" in the Czech
// Republic, "Luxemburger Schweiz" in Luxembourg. Regions reads the longest
// phrase first, so the two words are read as their country, not as
// Switzerland. Table tests and traps in regions_schweiz_landscapes_test.go.
func init() {
	for name, code := range map[string]string{
		"sächsische schweiz": "DE", "saechsische schweiz": "DE", "fränkische schweiz": "DE", "holsteinische schweiz": "DE",
		"märkische schweiz": "DE", "böhmische schweiz": "CZ", "luxemburger schweiz": "LU",
	} {
		addRegionName(name, code)
	}
}
