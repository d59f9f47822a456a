package crawler

// Config is one configured source, as cmd hands it to an adapter's New.
// Each kind reads the fields its kind needs (see docs/design.md) and ignores the rest.
type Config struct {
	Name    string // unique source name
	Kind    string
	BaseURL string // replaces the kind's public origin; may carry a path prefix

	Board    string // greenhouse, ashby
	Site     string // lever
	Account  string // workable
	Company  string // smartrecruiters, recruitee
	Category string // remotive (optional)
	Story    string // hackernews (optional story id)

	URLs      []string          // rss
	StartURLs []string          // jsonld, html
	Follow    string            // jsonld, html: CSS selector of links to follow
	MaxPages  int               // jsonld, html: page budget per run
	Sitemap   string            // jsonld: sitemap URL ("" = none; "auto" = {origin}/sitemap.xml)
	Item      string            // html: CSS selector of one listing
	Fields    map[string]string // html: field -> CSS selector (title, company, url, location, pay, description, posted_at)

	Keyword   string // usajobs
	APIKeyEnv string // usajobs: environment variable holding the API key
	EmailEnv  string // usajobs: environment variable holding the e-mail
	// Getenv reads the environment (tests replace it); nil means os.Getenv.
	Getenv func(string) string
	// Limit caps the postings some kinds request per page (himalayas, smartrecruiters); 0 = the kind's default.
	Limit int
}

// Factory builds a source from its config; every adapter package exports
// one as New.
type Factory func(Config) (Source, error)
