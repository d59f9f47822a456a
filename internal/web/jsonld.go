package web

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Where the work is, as Google's JobPosting rules for remote jobs want it
// (developers.google.com/search/docs/appearance/structured-data/job-posting):
// a fully remote listing is jobLocationType TELECOMMUTE with the places
// applicants may live in as applicantLocationRequirements (none when it
// may be done from anywhere); a hybrid or on-site listing has jobLocation,
// a Place with a PostalAddress, and is not TELECOMMUTE (Google counts
// only fully remote work as such).

// usStateCodes read "Austin, TX" as a US address.
var usStateCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC") {
		usStateCodes[c] = true
	}
}

// addJobLocation sets jp's location properties from l.
func addJobLocation(jp map[string]any, l *model.Listing) {
	if l.Remote == model.RemoteRemote {
		jp["jobLocationType"] = "TELECOMMUTE"
		if req := applicantLocations(l.RemoteRegions); len(req) > 0 {
			jp["applicantLocationRequirements"] = req
		}
		return
	}
	var places []map[string]any
	for _, loc := range l.Locations {
		if a := postalAddress(loc, l.RemoteRegions); a != nil {
			places = append(places, map[string]any{"@type": "Place", "address": a})
		}
	}
	if len(places) > 0 {
		jp["jobLocation"] = places
	}
}

// applicantLocations are the remote regions as schema.org places: a
// country code is a Country, a wider region an AdministrativeArea;
// worldwide restricts nothing and gives none.
func applicantLocations(regions []string) []map[string]any {
	var out []map[string]any
	for _, r := range regions {
		switch {
		case r == "" || strings.EqualFold(r, "worldwide"):
			return nil // anywhere: no requirement
		case model.RegionAreas[r] != "":
			out = append(out, map[string]any{"@type": "AdministrativeArea", "name": model.RegionAreas[r]})
		case len(r) == 2 && strings.ToUpper(r) == r:
			out = append(out, map[string]any{"@type": "Country", "name": r})
		default:
			out = append(out, map[string]any{"@type": "AdministrativeArea", "name": r})
		}
	}
	return out
}

// postalAddress reads a location text ("Austin, TX", "Berlin, Germany",
// "London") as a PostalAddress; the country, when the text lacks it,
// comes from a single country code among the listing's regions. Nil for
// an empty text.
func postalAddress(loc string, regions []string) map[string]any {
	var parts []string
	for _, p := range strings.Split(loc, ",") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	for _, p := range parts {
		if lp := strings.ToLower(p); strings.Contains(lp, "remote") || strings.Contains(lp, "anywhere") {
			return nil // not an address: "Remote", "Remote - US"
		}
	}
	a := map[string]any{"@type": "PostalAddress", "addressLocality": parts[0]}
	rest := parts[1:]
	if n := len(rest); n > 0 {
		last := rest[n-1]
		switch {
		case usStateCodes[last]:
			a["addressRegion"], a["addressCountry"] = last, "US"
		default:
			a["addressCountry"] = last
			if n > 1 {
				a["addressRegion"] = rest[n-2]
			}
		}
	}
	if _, ok := a["addressCountry"]; !ok {
		var countries []string
		for _, r := range regions {
			if len(r) == 2 && strings.ToUpper(r) == r {
				countries = append(countries, r)
			}
		}
		if len(countries) == 1 {
			a["addressCountry"] = countries[0]
		}
	}
	return a
}
