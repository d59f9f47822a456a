package main

import (
	"net/url"
	"strings"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/redflag"
)

// siteNames are the human names of the aggregator kinds: one site each.
var siteNames = map[string]string{
	"remoteok": "Remote OK", "remotive": "Remotive", "himalayas": "Himalayas", "jobicy": "Jobicy",
	"hackernews": "Hacker News “Who is hiring?”", "usajobs": "USAJOBS",
}

// knownHosts name well-known feed and career sites by their host.
var knownHosts = map[string]string{
	"weworkremotely.com": "We Work Remotely",
}

// sourceLabel is the human name of a configured source: the site for an
// aggregator, the company most of its listings name for a company's own
// board (companies, from the store), the host of its first URL for feeds
// and career pages; the source's name in words when nothing better is known.
func sourceLabel(cs config.Source, companies map[string]string) string {
	if s, ok := siteNames[cs.Kind]; ok {
		return s
	}
	if c := companies[cs.Name]; c != "" {
		return c
	}
	for _, raw := range append(append([]string{}, cs.URLs...), cs.StartURLs...) {
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			host := strings.TrimPrefix(u.Hostname(), "www.")
			if s, ok := knownHosts[host]; ok {
				return s
			}
			return host
		}
	}
	return wordsOf(cs.Name)
}

// wordsOf turns a name like "geotab-internships" into "Geotab internships".
func wordsOf(name string) string {
	s := strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(name))
	if s == "" {
		return name
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// payFloors turns pay.floors into the red-flag engine's floors; the
// source a flag's reason quotes carries the date the figures were in force.
func payFloors(cfg *config.Config) map[string]redflag.Floor {
	out := map[string]redflag.Floor{}
	for code, f := range cfg.Pay.Floors {
		src := f.Source
		if f.AsOf != "" {
			src += ", in force " + f.AsOf
		}
		out[code] = redflag.Floor{MicroHourlyUSD: f.MicroHourlyUSD, MinWageHourlyUSD: f.MinWageHourlyUSD, Name: f.Name, Source: src}
	}
	return out
}
