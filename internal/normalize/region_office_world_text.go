package normalize

// An office place in the location field and an open-world statement in the
// description: "Denver, CO" with "You may live anywhere." The
// location only says where the company sits; the description says where the
// remote work may be done from, so the region is the world (still narrowed
// by any requirement the text adds, such as a work right in one country).
// A place written after "anywhere" ("work from anywhere in the US."), a
// perk ("work from anywhere for two weeks a year"), a remote or hybrid word
// in a location ("Remote - US", "Berlin (Hybrid)") or a hybrid listing keep
// the location's regions.

// officeWorldText returns the world scope when no location carries a work
// mode or scope word and the text opens the work to anywhere; else nil.
func officeWorldText(locations []string, text string) []string {
	if len(locations) == 0 || text == "" {
		return nil
	}
	if !officePlacesOnly(locations) {
		return nil
	}
	if containsAnyFold(text, []string{"hybrid"}) {
		return nil
	}
	if !containsAnyFold(text, []string{"worldwide", "globally", "anywhere", "around the world", "all over the world"}) {
		return nil
	}
	if !worldwideHiring.MatchString(text) && !worldwideOpen.MatchString(text) && !workAnywhereDash(text) {
		return nil
	}
	if rs := hireAnywhereRegions(text); len(rs) > 0 {
		return rs // "We can hire anywhere in Canada" bounds the hiring (region_world_cover_hiring.go)
	}
	return narrowRegions([]string{RegionWorldwide}, text)
}

// officePlacesOnly reports locations that are places alone: none carries
// a work mode or scope word ("Remote - US", "Berlin (Hybrid)", "Onsite").
func officePlacesOnly(locations []string) bool {
	for _, loc := range locations {
		if mayRemoteWord(loc) || containsAnyFold(loc, []string{"hybrid", "office", "site", "onsite", "on-site"}) {
			return false
		}
	}
	return true
}
