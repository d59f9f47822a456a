package normalize

import "regexp"

// An on-site amenity names a perk of the office, not where the work is
// done: "free on-site parking", "an on-site gym", "on-site childcare".
// onsiteAside skips an "on-site" followed by one, so a benefits line does
// not make a listing on-site; an on-site role is still read from its own
// words ("Office-based role with free on-site parking" reads on-site from
// "Office-based"). Words that also name a workplace of the job (a
// kitchen, a restaurant, a clinic, a nursery) are not taken as amenities. Table tests in onsite_amenity_test.go.
var onsiteAmenity = regexp.MustCompile(`(?i)^\s*(?:(?:and|&)\s+)?(?:free\s+|subsidi[sz]ed\s+)?(?:parking|car\s*park(?:ing)?|gym|fitness\s+(?:cent(?:er|re)|facilities|studio|room)|cafeteria|canteen|childcare|child\s*care|daycare|day\s*care|cr[eè]che|(?:health|medical|wellness)\s+(?:cent(?:er|re)|clinic|facilities)|dry[- ]cleaning|amenities|massages?|showers?|bike\s+(?:storage|parking)|meals?|lunch(?:es)?|coffee\s+bar)\b`)
