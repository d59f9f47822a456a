package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Short fields of remote job boards (table tests in
// region_board_scopes_test.go):
//
// Read into the location entries before ParseRemote (boardLocs):
//   - a remote note in a title whose words the title readers skip, a
//     dotted country or a zone with an offset: "Acme | Dev | Remote (U.S.
//     only)", "Data Lead | REMOTE (CET +-2)";
//   - a title that is a plea for one place: "Canada only please";
//   - a sentence granting remote work: "This role can be remote, but ...";
//   - a street whose name is a remote word is an address, not the mode:
//     "12 Remote Road, Springfield";
//   - a misspelt "United Sates".
//
// Read after the other region readers (reviseBoardScopes), for a remote
// reading:
//   - a "·" list with a world entry: "Remote · Worldwide · Lyon, France" is
//     remote from anywhere, the office aside;
//   - a team named in brackets after the world: "Remote worldwide (EU
//     team)" is still the world;
//   - a "not X only" denial beside hiring everywhere;
//   - for a reading no reader gave a region: "Remote - Nationwide" (the US,
//     as the boards that write it use it), "remote, anywhere in the world"
//     and a "Timezone:" label naming European hours or a span of American
//     offsets.
//
// Every reader is gated by a byte search for a literal of its own, and
// compiles its regexp on first use.

var (
	// boardStreetRemote is a remote word as a street's name: "200 Remote
	// Road", "17 Virtual Street"; its second group is the word.
	boardStreetRemote = lazyRe(`(?i)(\b\d+\s+(?:[NSEW]\.?\s+)?)(remote|virtual)(\s+(?:road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|way|plaza|court|ct|place|pl|parkway|pkwy)\b)`)
	// boardTitleNote is a remote note at a title's end that titleWhere does
	// not take, its note in the first group: "| Remote (U.S. only)",
	// "(Remote, CET +/- 2)".
	boardTitleNote = lazyRe(`(?i)(?:^|[-–—|,(\[])\s*((?:fully\s+)?remote\s*(?:\(\s*[^()|\[\]]{1,30}?\s*\)|[,:\-–—]\s*[^()|\[\]]{1,30}?))\s*\)?\s*$`)
	// boardNoteMark is what such a note must hold: a dotted country code or
	// a zone.
	boardNoteMark = lazyRe(`\b(?:U\.S\.A?\.?|U\.K\.|CET|CEST|EET|WET|GMT|UTC|BST|[ECMP][SD]?T)(?:\W|$)`)
	// boardOnlyPlea is a title (or its last segment) asking for one place:
	// "Canada only please", "… | UK-only".
	boardOnlyPlea = lazyRe(`(?i)^(?:.*[|(\[–—]\s*|.*\s-\s)?([\p{L}. ]{2,25}?)[- ]only(?:,?\s+please)?\s*[.!)\]]?\s*$`)
	// boardCanBeRemote is a sentence granting remote work for the role.
	boardCanBeRemote = lazyRe(`(?i)\b(?:this|the)\s+(?:position|role|job)\s+(?:can|could|may)\s+be\s+(?:done\s+|performed\s+)?(?:fully\s+)?remote(?:ly)?\s*(?:[,.;!]|\s+but\b|$)`)
)

// boardLocs adds the location entries the title and the text give (see
// above) and mends the entries themselves. titleAdded says whether the
// title readers already added an entry.
func boardLocs(title, hint, text string, locs []string, titleAdded bool) []string {
	copied := false
	edit := func(i int, s string) {
		if !copied {
			locs = append([]string(nil), locs...)
			copied = true
		}
		locs[i] = s
	}
	for i, loc := range locs {
		if strings.Contains(loc, "United Sates") {
			edit(i, strings.ReplaceAll(loc, "United Sates", "United States"))
			loc = locs[i]
		}
		if strings.IndexAny(loc, "0123456789") >= 0 && (containsFold(loc, "remote ") || containsFold(loc, "virtual ")) {
			if s := boardStreetRemote().ReplaceAllString(loc, "${1}X${3}"); s != loc {
				edit(i, s)
			}
		}
	}
	add := func(s string) {
		locs = append(append([]string(nil), locs...), s)
		copied = true
	}
	if !titleAdded && title != "" {
		if containsFold(title, "remote") && strings.IndexAny(title, "0123456789.+±") >= 0 {
			if m := boardTitleNote().FindStringSubmatch(title); m != nil && boardNoteMark().MatchString(m[1]) && !remoteCompound.MatchString(title) {
				add(m[1])
				titleAdded = true
			}
		}
		if !titleAdded && containsFold(title, "only") {
			if m := boardOnlyPlea().FindStringSubmatch(title); m != nil {
				place := strings.TrimSpace(m[1])
				switch strings.ToLower(place) {
				case "us", "usa", "uk", "eu":
					place = strings.ToUpper(place)
				}
				if !containsFold(place, "remote") && len(regionList(place)) > 0 {
					add(place + " only")
				}
			}
		}
	}
	if hint == "" && strings.Contains(text, "be remote") && !slices.ContainsFunc(locs, locRemote.MatchString) && boardCanBeRemote().MatchString(text) {
		add("Remote")
	}
	return locs
}

var (
	// boardNationwide is a location that is remote across the country with
	// no country named: "Remote - Nationwide", "Nationwide Remote".
	boardNationwide = lazyRe(`(?i)^\s*(?:remote\s*[-–—,:/|(]?\s*nationwide|nationwide\s*[-–—,:/|(]?\s*remote)\s*\)?\s*$`)
	// boardWorldTeam is the world with a team in brackets: "Remote
	// worldwide (US team)".
	boardWorldTeam = lazyRe(`(?i)^\s*(?:remote\s*[-–—,]?\s*)?(?:worldwide|anywhere|global)\s*(?:remote\s*)?\(\s*(?:[\p{L}.]+\s+){1,2}team\s*\)\s*$`)
	// boardNotOnly denies a one-place scope beside hiring everywhere: "not
	// US only, we hire globally".
	boardNotOnly = lazyRe(`(?i)\bnot\s+(?:an?\s+)?[\p{L}.]{2,20}[- ]only\b[^.\n]{0,40}?\b(?:hire|hiring|recruit|recruiting)\s+(?:globally|worldwide|anywhere|everywhere|from\s+anywhere)\b`)
	// boardAnywhereWorld is a remote note that is the world: "Fully remote,
	// anywhere in the world".
	boardAnywhereWorld = lazyRe(`(?i)\bremote(?:ly)?\s*[,:;(–—-]\s*(?:from\s+)?anywhere\s+in\s+the\s+world\b`)
	// boardZoneLabel is a labelled time zone line, its value in the group.
	boardZoneLabel = lazyRe(`(?im)^\s*(?:time\s*zones?|timezone)\s*:\s*([^\n]{1,60})$`)
	// boardZoneEU are European zone names in such a value.
	boardZoneEU = lazyRe(`\b(?:CET|CEST|EET|EEST|WET|WEST)\b`)
	// boardZoneSpan is a span of UTC or GMT offsets: "UTC-3 to UTC-8".
	boardZoneSpan = lazyRe(`(?i)^(?:UTC|GMT)\s*[-−–]\s*(\d{1,2})(?::\d\d)?\s*(?:to|-|–|—)\s*(?:UTC|GMT)\s*[-−–]\s*(\d{1,2})(?::\d\d)?\b`)
)

// reviseBoardScopes applies the region readers above to a remote reading.
func reviseBoardScopes(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	world := slices.Contains(ri.Regions, RegionWorldwide)
	if !world {
		for _, loc := range locs {
			if (strings.Contains(loc, "·") && dotListWorld(loc)) ||
				(strings.Contains(loc, "team") && boardWorldTeam().MatchString(loc)) {
				ri.Regions = []string{RegionWorldwide}
				return ri
			}
		}
		if len(ri.Regions) == 1 && strings.Contains(text, "only") && containsFold(text, "not ") && boardNotOnly().MatchString(text) {
			ri.Regions = []string{RegionWorldwide}
			return ri
		}
	}
	if len(ri.Regions) > 0 {
		return ri
	}
	for _, loc := range locs {
		if containsFold(loc, "nationwide") && boardNationwide().MatchString(loc) {
			ri.Regions = []string{"US"}
			return ri
		}
	}
	if strings.Contains(text, "in the world") && boardAnywhereWorld().MatchString(text) {
		ri.Regions = []string{RegionWorldwide}
		return ri
	}
	if containsFold(text, "zone") {
		if rs := zoneLabelRegions(text); rs != nil {
			ri.Regions = rs
		}
	}
	return ri
}

// dotListWorld reports whether a "·" list holds a remote entry and a world
// entry: "Remote · Worldwide · Toronto, Canada".
func dotListWorld(loc string) bool {
	remote, world := false, false
	for _, seg := range strings.Split(loc, "·") {
		seg = strings.ToLower(strings.TrimSpace(seg))
		switch seg {
		case "worldwide", "anywhere", "global", "anywhere in the world", "remote worldwide", "worldwide remote", "remote anywhere", "global remote":
			world = true
			if seg != "worldwide" && seg != "anywhere" && seg != "global" && seg != "anywhere in the world" {
				remote = true
			}
		case "remote", "fully remote", "100% remote":
			remote = true
		}
	}
	return remote && world
}

// zoneLabelRegions reads a "Timezone:" line: European zone names are
// Europe, a span of offsets from UTC-3 to UTC-8 the Americas, and US zone
// names alone the US.
func zoneLabelRegions(text string) []string {
	m := boardZoneLabel().FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	v := strings.TrimSpace(m[1])
	if boardZoneEU().MatchString(v) {
		return []string{RegionEU}
	}
	if s := boardZoneSpan().FindStringSubmatch(v); s != nil {
		a, b := atoiSmall(s[1]), atoiSmall(s[2])
		if a >= 3 && a <= 8 && b >= 3 && b <= 8 {
			return []string{RegionAmericas}
		}
		return nil
	}
	fields := strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == '(' || r == ')' || r == '-' })
	us := 0
	for _, f := range fields {
		switch {
		case usTimezones[f]:
			us++
		case strings.EqualFold(f, "or") || strings.EqualFold(f, "and") || strings.EqualFold(f, "time") || strings.EqualFold(f, "zones"):
		default:
			return nil
		}
	}
	if us > 0 {
		return []string{"US"}
	}
	return nil
}

// atoiSmall reads a number of at most two digits.
func atoiSmall(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
