package normalize

import (
	"regexp"
	"strings"
)

// The place a remote title ends with, where titleRegionsMore
// (remote_languages.go) would read a town and its state as two places or
// miss a trailing "only" (table tests in region_title_tail_place_test.go):
//
//   - a "Town, XX" note read as one place: "Developer Relations Engineer
//     (San Francisco, CA)" is California, not San Francisco and Canada;
//     "Backend Engineer (New York, NY)" is New York; "Analyst - Pune, IN"
//     is India (the location readers' frame: fixCodeLoc, then Regions);
//   - a region with "only" ending the title, bracketed or not: "Backend
//     Engineer US Only", "Support Agent - UK only";
//   - a "Town, ST" ending the title with no separator before it, when the
//     gazetteer knows the town in that state or province: "Backend
//     Engineer Austin, TX" (the town is the longest run of the last three
//     words the gazetteer knows: "Nurse Practitioner Fort Worth, TX").
//
// A tail that is no place ("(Python, Go)", "- Senior, Staff") names
// nothing.

// titleOnlyEnd is a title ending in "only" after up to three words.
var titleOnlyEnd = regexp.MustCompile(`(?i)((?:[\p{L}.&/]+\s+){1,3})only\s*[)\]]?\s*$`)

// titleTailPlace returns the regions of the place a title ends with, or nil.
func titleTailPlace(title string) []string {
	if m := remoteTitleTail.FindStringSubmatch(title); m != nil {
		if rs := townCodeTail(strings.TrimSpace(m[1] + m[2])); rs != nil {
			return rs
		}
	}
	if rs := bareTownCodeEnd(title); rs != nil {
		return rs
	}
	if !containsFold(title, "only") {
		return nil
	}
	m := titleOnlyEnd.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	words := strings.Fields(m[1])
	for n := min(3, len(words)); n >= 1; n-- {
		if rs := wholeRegion(strings.Join(words[len(words)-n:], " ")); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// townCodeTail reads "Town, XX" (one comma, an upper-case code after it,
// a town of letters before it) as a location; nil for anything else or
// when it reads as no single region.
func townCodeTail(s string) []string {
	i := strings.IndexByte(s, ',')
	if i <= 0 || strings.Count(s, ",") != 1 {
		return nil
	}
	town, code := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if !placeCode(code) || !townLetters(town) {
		return nil
	}
	if rs := Regions(fixCodeLoc(town + ", " + code)); len(rs) == 1 {
		return rs
	}
	return nil
}

// bareTownCodeEnd reads a title ending in "Town, ST" with no separator
// before the town; nil unless the gazetteer knows the town with that
// state or province code.
func bareTownCodeEnd(title string) []string {
	i := strings.LastIndexByte(title, ',')
	if i <= 0 {
		return nil
	}
	code := strings.TrimSpace(title[i+1:])
	if len(code) != 2 || !placeCode(code) {
		return nil
	}
	words := strings.Fields(title[:i])
	for n := min(3, len(words)-1); n >= 1; n-- { // a title word must stay before the town
		town := strings.Join(words[len(words)-n:], " ")
		for _, p := range worldTowns[foldTown(town)] {
			if p.own == code {
				if rs := Regions(fixCodeLoc(town + ", " + code)); len(rs) == 1 {
					return rs
				}
			}
		}
	}
	return nil
}
