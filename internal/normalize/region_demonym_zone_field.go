package normalize

import (
	"regexp"
	"strings"
)

// A location field that names a country's or an area's time zones or
// hours by its demonym, as remote boards' region fields do (table tests in
// region_demonym_zone_field_test.go): "Australian time zones", "Brazilian
// time zone", "German working hours", "Latin American timezones",
// "Remote - Asian time zones". The field says where the hours are kept,
// as "US time zones" (read by Regions) does. Read by remoteRegions for a
// location no other reader gave a region; "Full time", "Flexible hours"
// or "Indian Ocean time" name no demonym and give nothing.

// demonymZoneField is such a field: an optional remote note, the demonym
// (one or two words) and the zone or hours words ending the field.
var demonymZoneField = regexp.MustCompile(`(?i)^\s*(?:(?:fully\s+)?remote\s*[-–—,:(]?\s*)?(?:within\s+|in\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+(?:(?:business|working|work|office|core)\s+)?(?:time\s*zones?|timezones?|hours|time)\s*\)?\s*$`)

// zoneDemonyms are the demonyms regionOrDemonym's tables lack that region
// fields name time zones by.
var zoneDemonyms = map[string]string{
	"latin american": RegionLATAM, "south american": RegionLATAM, "central american": RegionLATAM,
	"asian": RegionAPAC, "southeast asian": RegionAPAC, "asia pacific": RegionAPAC,
	"argentinian": "AR", "argentine": "AR", "colombian": "CO", "chilean": "CL", "peruvian": "PE", "uruguayan": "UY",
	"philippine": "PH", "filipino": "PH", "israeli": "IL", "turkish": "TR", "greek": "GR", "romanian": "RO",
	"ukrainian": "UA", "czech": "CZ", "hungarian": "HU", "austrian": "AT", "belgian": "BE", "danish": "DK",
	"norwegian": "NO", "finnish": "FI", "scottish": "GB", "english": "GB", "korean": "KR", "chinese": "CN",
	"vietnamese": "VN", "thai": "TH", "indonesian": "ID", "malaysian": "MY", "new zealand": "NZ", "kiwi": "NZ",
}

// demonymZoneRegions returns the region of such a field, or nil.
func demonymZoneRegions(loc string) []string {
	if len(loc) > 60 || !containsFold(loc, "time") && !containsFold(loc, "hours") {
		return nil
	}
	m := demonymZoneField.FindStringSubmatch(loc)
	if m == nil {
		return nil
	}
	name := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
	for _, w := range []string{" business", " working", " work", " office", " core"} {
		name = strings.TrimSuffix(name, w) // "Mexican business hours": the capture took the hours' word
	}
	if c, ok := zoneDemonyms[name]; ok {
		return []string{c}
	}
	if c, ok := demonyms[name]; ok {
		return []string{c}
	}
	return nil
}
