package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work mode and region as job-board payloads write them
// (table tests in region_world_cover_hiring_test.go).
//
//   - A list of areas that covers every inhabited continent is the world:
//     a restriction field reading "Americas, Europe, Asia, Africa" or
//     "Americas, EMEA, APAC" leaves no one out (worldCover).
//   - "Remote in Chile." as a sentence of its own after other sentences says
//     the work is remote; at a line's start leadRemote already reads it
//     (sentenceRemoteIn).
//   - "We hire anywhere in South America except Venezuela" is South
//     America, not the world (hireAnywhereRegions).
//   - "We are hiring Peruvian applicants": a nationality word between a
//     hiring verb and the people hired names the country (hiringDemonym).

// worldCover folds rs to worldwide when its areas together cover the
// Americas, Europe, Africa and Asia-Pacific. Only whole areas count: a
// list that names a country (or North America alone) stays as it is.
func worldCover(rs []string) []string {
	if len(rs) < 3 {
		return rs
	}
	rs = emeaCover(rs)
	var americas, europe, africa, asia bool
	for _, r := range rs {
		switch r {
		case RegionAmericas:
			americas = true
		case RegionEU:
			europe = true
		case RegionEMEA:
			europe, africa = true, true
		case RegionAfrica:
			africa = true
		case RegionAPAC:
			asia = true
		case RegionWorldwide:
		default:
			return rs
		}
	}
	if americas && europe && africa && asia {
		return []string{RegionWorldwide}
	}
	return rs
}

// remoteInSentence is "Remote in Chile." (or from, within, across,
// throughout; "Remote if located in the US.") as a sentence of its own;
// remoteListed is "listed as remote", "we hire remotely".
var (
	remoteInSentence = newKeyRegexp(`(?im)(?:^|[.!?]\s+)[ \t]*(?:fully\s+|100%\s+)?remote\s+(?:(?:if|when|while)\s+(?:you(?:'re|\s+are)\s+)?(?:located|based|living|residing)\s+)?(?:in|from|within|across|throughout)\s+(?:the\s+)?(\p{L}[\p{L}. ]{1,30}?)\s*(?:[.!;]|$)`, 12, 80, "remote")
	remoteListed     = newKeyRegexp(`(?i)\b(?:(?:listed|posted|advertised|classified|marked)\s+as\s+(?:a\s+)?(?:fully\s+)?remote|we\s+(?:only\s+)?(?:hire|recruit)\s+remotely)\b`, 20, 20, "remote")
)

// sentenceRemoteIn reads a remote sentence naming its place: the place
// must be one Regions knows, so "Remote in spirit." says nothing.
func sentenceRemoteIn(text string) (model.Remote, string) {
	for _, m := range remoteInSentence.FindAllStringSubmatchIndex(text, -1) {
		if rs := Regions(text[m[2]:m[3]]); len(rs) > 0 {
			return model.RemoteRemote, strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], ".!?"))
		}
	}
	if loc := remoteListed.FindStringIndex(text); loc != nil {
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}

// hireAnywhereIn is "we hire anywhere in South America (except ...)": the
// place after "anywhere in" bounds the hiring, which worldwideHiring would
// read as the world.
var hireAnywhereIn = newKeyRegexp(`(?i)\b(?:hiring|hire|recruiting|recruit)\s+(?:from\s+)?anywhere\s+(?:with)?in\s+(?:the\s+)?(\p{L}[\p{L} ]{1,30}?)(?:\s+(?:except|but|excluding|apart)\b|\s*[.,;:!)]|$)`, 25, 70, "anywhere")

// hireAnywhereRegions reads hireAnywhereIn's place, or nil.
func hireAnywhereRegions(text string) []string {
	for _, m := range hireAnywhereIn.FindAllStringSubmatch(text, -1) {
		if rs := Regions(m[1]); len(rs) > 0 && !slices.Contains(rs, RegionWorldwide) {
			return rs
		}
	}
	return nil
}

// hiringPeople is a hiring verb, then one or two words, then the people
// hired: "hiring Brazilian applicants", "recruiting Sri Lankan engineers".
var hiringPeople = newKeyRegexp(`(?i)\b(?:hiring|hire|recruiting|recruit|seeking|looking\s+for|considering|accepting)\s+(?:only\s+)?((?:\p{L}+\s)?\p{L}+)\s+(?:applicants|candidates|talent|professionals|residents|nationals|developers|engineers|freelancers|contractors)\b`, 0, 80,
	"hiring", "hire", "recruit", "seeking", "looking", "considering", "accepting")

// hiringDemonym reads the nationality of hiringPeople: two words read
// whole first ("Sri Lankan"), then the last alone ("talented Mexican").
func hiringDemonym(text string) []string {
	for _, m := range hiringPeople.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[1])
		try := []string{m[1]}
		if len(words) == 2 {
			try = append(try, words[1])
		}
		for _, w := range try {
			code, ok := demonyms[strings.ToLower(w)]
			if ok && code != RegionWorldwide {
				return []string{code}
			}
		}
	}
	return nil
}

// exceptPlaces is "except" (or "excluding", "other than") before the
// places a scope leaves out: "anywhere in South America except Venezuela".
var exceptPlaces = newLitRegexp(`(?i)\b(?:except(?:\s+for)?|excluding|other\s+than)\s+(?:in\s+)?(?:the\s+)?`, 10, 40, "xcept", "xcluding", "other than")

// dropExcepted removes from rs the places the text excepts, when a place
// it does not except remains: a list read through "South America except
// Venezuela" is South America. A scope that is all excepted places is
// left to the readers that know it (dropWorldExcept).
func dropExcepted(text string, rs []string) []string {
	if len(rs) < 2 || !containsAnyFold(text, []string{"xcept", "xcluding", "other than"}) {
		return rs
	}
	excluded := placesAfter(exceptPlaces, text) // region_where_from.go
	if len(excluded) == 0 {
		return rs
	}
	kept := make([]string, 0, len(rs))
	for _, r := range rs {
		if !slices.Contains(excluded, r) {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 || len(kept) == len(rs) {
		return rs
	}
	return kept
}

// peopleNouns are the people a nationality word may stand before:
// "African applicants", "Sri Lankan engineers".
var peopleNouns = map[string]bool{"applicants": true, "candidates": true, "talent": true, "professionals": true, "residents": true,
	"nationals": true, "citizens": true, "developers": true, "engineers": true, "freelancers": true, "contractors": true, "people": true}

// demonymPeople reads s opening with a nationality of one or two words and
// a people noun ("African applicants too"), or nil.
func demonymPeople(s string) []string {
	f := strings.Fields(s)
	if len(f) > 3 {
		f = f[:3]
	}
	for n := 2; n >= 1; n-- {
		if len(f) <= n || !peopleNouns[strings.ToLower(strings.TrimRight(f[n], ".,;:!?)"))] {
			continue
		}
		if code, ok := demonyms[strings.ToLower(strings.Join(f[:n], " "))]; ok && code != RegionWorldwide {
			return []string{code}
		}
	}
	return nil
}

// emeaCover is Europe, Africa and the Middle East named one by one: EMEA
// ("Europe, Africa and the Middle East" reads EU, Africa and MENA).
func emeaCover(rs []string) []string {
	if !slices.Contains(rs, RegionEU) || !slices.Contains(rs, RegionAfrica) || !slices.Contains(rs, RegionMENA) {
		return rs
	}
	out := []string{RegionEMEA}
	for _, r := range rs {
		if r != RegionEU && r != RegionAfrica && r != RegionMENA {
			out = append(out, r)
		}
	}
	return out
}
