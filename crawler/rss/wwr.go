package rss

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// wwr applies We Work Remotely's conventions: "Company: Job title" titles,
// the custom region/country/skills/type/expires_at elements, and a
// description that opens with a logo and a "Headquarters / URL" block.
// Every WWR listing is remote.
func wwr(p *model.Posting, it *gofeed.Item) {
	if company, title, ok := strings.Cut(p.Title, ": "); ok && strings.TrimSpace(company) != "" && strings.TrimSpace(title) != "" {
		p.Company, p.Title = strings.TrimSpace(company), strings.TrimSpace(title)
	}
	p.RemoteHint = "remote"
	custom := func(k string) string { return clean(it.Custom[k]) }
	switch region, country := custom("region"), custom("country"); {
	case region != "":
		p.Locations = append(p.Locations, region)
	case country != "":
		p.Locations = append(p.Locations, country)
	}
	p.EmploymentType = custom("type")
	p.Deadline = crawler.ParseTime(custom("expires_at"))
	for _, s := range strings.Split(custom("skills"), ",") {
		p.Tags = appendUnique(p.Tags, clean(s))
	}
	if c := custom("category"); c != "" {
		p.Tags = appendUnique(p.Tags, c)
	}
	p.DescriptionHTML, p.CompanyInfo, p.CompanyURL = splitHeader(p.DescriptionHTML)
}

// splitHeader removes the leading logo <img> and the "Headquarters / URL"
// paragraph from a WWR description and returns the rest, the headquarters
// as "Headquarters: X" and the company URL. A description without that
// header is returned unchanged.
func splitHeader(desc string) (rest, info, companyURL string) {
	s := strings.TrimSpace(desc)
	if strings.HasPrefix(s, "<img") {
		if end := strings.IndexByte(s, '>'); end >= 0 {
			s = strings.TrimSpace(s[end+1:])
		}
	}
	if !strings.HasPrefix(s, "<p") {
		return desc, "", ""
	}
	end := strings.Index(s, "</p>")
	if end < 0 || !strings.Contains(s[:end], "Headquarters:") {
		return desc, "", ""
	}
	block := s[:end+len("</p>")]
	s = strings.TrimSpace(s[end+len("</p>"):])
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(block))
	if err != nil {
		return s, "", ""
	}
	text := clean(doc.Text())
	if _, after, ok := strings.Cut(text, "Headquarters:"); ok {
		hq, _, _ := strings.Cut(after, "URL:")
		if hq = strings.TrimSpace(hq); hq != "" {
			info = "Headquarters: " + hq
		}
	}
	if href, ok := doc.Find("a[href]").First().Attr("href"); ok {
		companyURL = resolve(nil, href)
	}
	return s, info, companyURL
}
