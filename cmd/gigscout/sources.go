package main

import (
	"fmt"
	"os"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/crawler/ashby"
	"github.com/gigscout/gigscout/crawler/greenhouse"
	"github.com/gigscout/gigscout/crawler/hackernews"
	"github.com/gigscout/gigscout/crawler/himalayas"
	"github.com/gigscout/gigscout/crawler/html"
	"github.com/gigscout/gigscout/crawler/jobicy"
	"github.com/gigscout/gigscout/crawler/jsonld"
	"github.com/gigscout/gigscout/crawler/lever"
	"github.com/gigscout/gigscout/crawler/recruitee"
	"github.com/gigscout/gigscout/crawler/remoteok"
	"github.com/gigscout/gigscout/crawler/remotive"
	"github.com/gigscout/gigscout/crawler/rss"
	"github.com/gigscout/gigscout/crawler/smartrecruiters"
	"github.com/gigscout/gigscout/crawler/usajobs"
	"github.com/gigscout/gigscout/crawler/workable"
)

// factories maps each source kind to its adapter.
var factories = map[string]crawler.Factory{
	"greenhouse":      greenhouse.New,
	"lever":           lever.New,
	"ashby":           ashby.New,
	"workable":        workable.New,
	"smartrecruiters": smartrecruiters.New,
	"recruitee":       recruitee.New,
	"remoteok":        remoteok.New,
	"remotive":        remotive.New,
	"himalayas":       himalayas.New,
	"jobicy":          jobicy.New,
	"hackernews":      hackernews.New,
	"usajobs":         usajobs.New,
	"rss":             rss.New,
	"jsonld":          jsonld.New,
	"html":            html.New,
}

// buildSources makes the enabled sources of cfg.
func buildSources(cfg *config.Config) ([]crawler.Source, error) {
	var out []crawler.Source
	for i, s := range cfg.Sources {
		if s.Disabled {
			continue
		}
		f, ok := factories[s.Kind]
		if !ok {
			var kinds []string
			for k := range factories {
				kinds = append(kinds, k)
			}
			return nil, fmt.Errorf("sources[%d].kind: %w", i, unknownName("kind", s.Kind, kinds))
		}
		src, err := f(crawler.Config{
			Name: s.Name, Kind: s.Kind, BaseURL: s.BaseURL, Board: s.Board, Site: s.Site, Account: s.Account,
			Company: s.Company, Category: s.Category, Story: s.Story, URLs: s.URLs, StartURLs: s.StartURLs,
			Follow: s.Follow, MaxPages: s.MaxPages, Sitemap: s.Sitemap, Item: s.Item, Fields: s.Fields,
			Keyword: s.Keyword, APIKeyEnv: s.APIKeyEnv, EmailEnv: s.EmailEnv, Getenv: os.Getenv, Limit: s.Limit,
		})
		if err != nil {
			return nil, fmt.Errorf("sources[%d] (%s): %w", i, s.Name, err)
		}
		out = append(out, src)
	}
	return out, nil
}
