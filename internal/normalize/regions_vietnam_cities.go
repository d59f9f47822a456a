package normalize

// Vietnamese city names as Vietnamese boards write them in English fields
// (table tests in regions_vn_ext61h_test.go): Ho Chi Minh City by its
// initials with the word for city before or after ("HCM city", "TP HCM",
// "TP. HCM", "Tp.HCM"), and Da Nang with its stroked D kept but the other
// marks dropped ("Đa Nang", "Đà Nang"). "HCM" alone is left: it is also a
// product and a course code.
func init() {
	for _, name := range []string{
		"hcm city", "tp hcm", "tp. hcm", "tp.hcm", "tp.hồ chí minh", "tp. hồ chí minh", "tp hồ chí minh", "thành phố hồ chí minh",
		"đa nang", "đà nang", "đà nẵng", "đa nẵng",
	} {
		addRegionName(name, "VN")
	}
}
