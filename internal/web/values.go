package web

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// regionNames name the region codes normalize writes in remote_regions:
// ISO 3166 country codes and a few wider regions.
var regionNames = map[string]string{
	"worldwide": "Worldwide", "EU": "Europe", "EMEA": "Europe, Middle East and Africa", "LATAM": "Latin America",
	"APAC": "Asia-Pacific", "Americas": "The Americas",
	"US": "United States", "GB": "United Kingdom", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina",
	"CL": "Chile", "CO": "Colombia", "PE": "Peru", "UY": "Uruguay", "CR": "Costa Rica", "GT": "Guatemala",
	"EC": "Ecuador", "VE": "Venezuela", "BO": "Bolivia", "PY": "Paraguay", "DO": "Dominican Republic", "DE": "Germany",
	"FR": "France", "ES": "Spain", "PT": "Portugal", "IT": "Italy", "NL": "Netherlands", "BE": "Belgium",
	"LU": "Luxembourg", "IE": "Ireland", "AT": "Austria", "CH": "Switzerland", "SE": "Sweden", "NO": "Norway",
	"DK": "Denmark", "FI": "Finland", "IS": "Iceland", "PL": "Poland", "CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary",
	"RO": "Romania", "BG": "Bulgaria", "GR": "Greece", "HR": "Croatia", "RS": "Serbia", "SI": "Slovenia", "EE": "Estonia",
	"LV": "Latvia", "LT": "Lithuania", "UA": "Ukraine", "TR": "Türkiye", "CY": "Cyprus", "MT": "Malta",
	"BA": "Bosnia and Herzegovina", "AL": "Albania", "MK": "North Macedonia", "MD": "Moldova", "GE": "Georgia",
	"AM": "Armenia", "IL": "Israel", "AE": "United Arab Emirates", "SA": "Saudi Arabia", "QA": "Qatar", "EG": "Egypt",
	"MA": "Morocco", "TN": "Tunisia", "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "ZA": "South Africa",
	"ET": "Ethiopia", "UG": "Uganda", "RW": "Rwanda", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh",
	"LK": "Sri Lanka", "NP": "Nepal", "CN": "China", "HK": "Hong Kong", "TW": "Taiwan", "JP": "Japan",
	"KR": "South Korea", "SG": "Singapore", "MY": "Malaysia", "ID": "Indonesia", "PH": "Philippines", "TH": "Thailand",
	"VN": "Vietnam", "AU": "Australia", "NZ": "New Zealand",
}

// regionCanon maps a region code in any case to the code as indexed.
var regionCanon = func() map[string]string {
	m := map[string]string{}
	for code := range regionNames {
		m[strings.ToUpper(code)] = code
	}
	return m
}()

// canonicalRegion is the indexed form of a region code ("us" -> "US",
// "americas" -> "Americas"), and whether it is known.
func canonicalRegion(s string) (string, bool) {
	c, ok := regionCanon[strings.ToUpper(strings.TrimSpace(s))]
	return c, ok
}

// knownFlag reports whether id (any case) is a red flag's id.
func knownFlag(id string) bool {
	_, ok := model.FlagLabels[strings.ToUpper(id)]
	return ok
}

func flagIDList() string {
	ids := make([]string, 0, len(model.FlagLabels))
	for id := range model.FlagLabels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

// checkSources returns a ParamError naming the first source of q that is
// not configured. Without a source list (Options.Sources nil) any name goes.
func (s *Server) checkSources(ctx context.Context, q index.Query) error {
	if len(q.Source) == 0 || s.opts.Sources == nil {
		return nil
	}
	h, err := s.health(ctx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	var names []string
	for _, si := range h.List {
		known[si.Name] = true
		names = append(names, si.Name)
	}
	for _, src := range q.Source {
		if !known[src] {
			sort.Strings(names)
			return &ParamError{Param: "source", Value: src, Message: fmt.Sprintf("unknown source %q: the sources are %s", src, strings.Join(names, ", "))}
		}
	}
	return nil
}
