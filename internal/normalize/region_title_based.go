package normalize

import "strings"

// A title naming where the worker is based (table tests in
// region_title_based_test.go): "Support Specialist (US-Based)",
// "UK based Account Manager", "Analyst - Canada-based", and one naming
// where the worker may be hired: "Data Engineer (India Eligible)", "US-eligible".
// The region is the country or area written just before "based" or
// "eligible"; a workplace ("Home-Based", "Office Based") or a town
// ("Boston-based") before it is not read here.
// Read for a remote listing whose other fields named no region
// (titleRegionsMore).

// titleBasedRegions returns the regions written before "based" or
// "eligible" in title, or nil.
func titleBasedRegions(title string) []string {
	if len(title) > 160 {
		return nil
	}
	low := strings.ToLower(title)
	if rs := titleWordRegions(title, low, "based"); rs != nil {
		return rs
	}
	return titleWordRegions(title, low, "eligible")
}

// titleWordRegions returns the regions written right before word in
// title (low is title in lower case), or nil.
func titleWordRegions(title, low, word string) []string {
	for from := 0; ; {
		i := strings.Index(low[from:], word)
		if i < 0 {
			return nil
		}
		i += from
		from = i + len(word)
		if from < len(low) && isASCIILetter(low[from]) {
			continue // "basedness"
		}
		head := strings.TrimRight(title[:i], " -–")
		if len(head) == len(title[:i]) {
			continue // "Databased": no break before the word
		}
		if rs := basedHeadRegions(head); rs != nil {
			return rs
		}
	}
}

// basedHeadRegions reads the last one to three words of head as a whole
// country or area name or code.
func basedHeadRegions(head string) []string {
	words := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == '(' || r == ',' || r == '|' || r == '/' })
	for n := min(3, len(words)); n >= 1; n-- {
		phrase := strings.Join(words[len(words)-n:], " ")
		rs := wholeRegion(phrase)
		if len(rs) == 0 {
			continue
		}
		if places := worldTowns[foldTown(phrase)]; len(places) > 0 {
			if wc := worldCountries[places[0].country]; wc == nil || foldTown(wc.name) != foldTown(phrase) {
				return nil // a town: "Boston-based"
			}
		}
		return rs
	}
	return nil
}
