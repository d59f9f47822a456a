package normalize

// "NA" written as an upper-case code in a location ("Remote - NA",
// "NA / EMEA") is the short form of North America. Job boards mean the
// US and Canada by it, as they do by the words "North America" and by
// "NAMER", so it reads as those two countries and not as the whole
// Americas ("AMER" and "Americas" keep that reading). The code is matched
// case-sensitively like every region code, so the word "na" in other
// languages ("remoto na Europa") and "N/A" are not it.
func northAmericaCode(phrase string) bool { return phrase == "NA" }
