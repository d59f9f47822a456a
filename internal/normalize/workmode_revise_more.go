package normalize

// reviseWorkModesMore (called in Normalize after the other work-mode
// readers) applies the readers of round 34n, each in the file named for
// what it reads: Russian chip lists and hh.ru workplace labels
// (remote_cyrillic_chips.go), Nordic, French and Dutch workplace values
// (workmode_field_values_nordic_french.go), an "Office Based" title
// (onsite_office_based.go), French office-presence days
// (remote_french_office_days.go), Italian partial remote work
// (remote_italian_partial.go) and a workation perk that is no work mode
// (remote_workation_perk.go).
func reviseWorkModesMore(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	ri = reviseCyrillicChips(hint, locs, ri)
	ri = reviseFieldValuesNordicFrench(hint, locs, ri)
	ri = reviseOfficeBasedTitle(title, ri)
	ri = reviseFrenchOfficeDays(text, ri)
	ri = reviseItalianPartial(text, ri)
	return reviseWorkationPerk(text, ri)
}

// fromStructured reports a reading taken from the listing's own workplace
// field, which the text's schedule readers here leave alone.
func fromStructured(ri RemoteInfo) bool {
	return len(ri.Evidence) >= 11 && ri.Evidence[:11] == "structured:"
}
