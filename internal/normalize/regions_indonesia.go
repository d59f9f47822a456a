package normalize

func init() {
	// Indonesian places as location fields write them ("Bandung, West
	// Java", "Jakarta Selatan, DKI Jakarta", "Surabaya"): the largest
	// cities, Jakarta's own names and the Java provinces in English and
	// Indonesian. "Java" alone is the language; the provinces are named
	// with their direction only.
	for name, code := range map[string]string{
		"jakarta": "ID", "dki jakarta": "ID", "jakarta selatan": "ID", "jakarta pusat": "ID", "jakarta barat": "ID",
		"jakarta timur": "ID", "jakarta utara": "ID", "south jakarta": "ID", "central jakarta": "ID", "west jakarta": "ID",
		"bandung": "ID", "surabaya": "ID", "medan": "ID", "yogyakarta": "ID", "jogja": "ID", "semarang": "ID", "denpasar": "ID",
		"bali": "ID", "tangerang": "ID", "tangerang selatan": "ID", "bekasi": "ID", "depok": "ID", "bogor": "ID", "makassar": "ID",
		"malang": "ID", "batam": "ID", "palembang": "ID", "balikpapan": "ID",
		"west java": "ID", "central java": "ID", "east java": "ID", "jawa barat": "ID", "jawa tengah": "ID", "jawa timur": "ID",
		"banten": "ID", "di yogyakarta": "ID", "north sumatra": "ID", "sumatera utara": "ID",
	} {
		addRegionName(name, code)
	}
}
