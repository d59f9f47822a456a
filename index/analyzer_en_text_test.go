package index

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// listingText writes a listing description as boards write them: English
// sentences with their stop words, capitals, punctuation, numbers, pay
// ("$18/hour"), ranges ("10-15"), emails, links, possessives and
// contractions, and in some listings (nonASCII) typographic quotes,
// dashes, bullets and accented names. rng decides everything, so a seed
// gives the same text.
func listingText(rng *rand.Rand, words int, nonASCII bool) string {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var b strings.Builder
	apos, dash, bullet := "'", " - ", "- "
	if nonASCII {
		apos, dash, bullet = "’", " – ", "• "
	}
	n := 0
	for n < words {
		var s []string
		switch rng.IntN(9) {
		case 0:
			s = append(s, pick(textOpeners), pick(textVerbs), pick(textDets), pick(textAdjs), pick(textNouns))
		case 1:
			s = append(s, "You"+apos+"ll", pick(textVerbs), pick(textDets), pick(textNouns), "with", pick(textNames)+apos+"s", pick(textNouns))
		case 2:
			s = append(s, "Pay:", fmt.Sprintf("$%d/hour", 12+rng.IntN(40))+",", fmt.Sprintf("%d-%d", 5+rng.IntN(10), 15+rng.IntN(20)), "hours", "a", "week"+dash+"paid", "every", pick(textDays))
		case 3:
			s = append(s, "Apply", "at", "https://"+strings.ToLower(pick(textNames))+".io/careers/"+fmt.Sprint(rng.IntN(9000)), "or", "email", "jobs@"+strings.ToLower(pick(textNames))+".com")
		case 4:
			s = append(s, bullet+pick(textAdjs), pick(textNouns), "in", pick(textTools)+",", pick(textTools), "and", pick(textTools))
		case 5:
			s = append(s, "We"+apos+"re", "a", pick(textAdjs), "team", "of", fmt.Sprint(3+rng.IntN(200)), pick(textNouns), "based", "in", pick(textCities)+",", "since", fmt.Sprint(1990+rng.IntN(35)))
		case 6:
			s = append(s, "The", pick(textNouns), "is", pick(textAdjs), "and", "it", "will", "be", pick(textVerbs)+"ed", "by", "the", "end", "of", "the", pick(textNouns))
		case 7:
			name := pick(textNames)
			if nonASCII && rng.IntN(3) == 0 {
				name = pick([]string{"José", "Zoë", "Chloé", "Björn", "Renée", "Łukasz"})
			}
			s = append(s, "Your", "mentor,", name+",", pick(textVerbs)+"s", pick(textNouns), "at", pick(textCities)+"'s", "U.S.", "office", "(Q3", "2026)")
		default:
			for range 6 + rng.IntN(8) {
				w := pick(textFill)
				if rng.IntN(5) == 0 {
					w = pick(textNouns) + pick([]string{"s", "ing", "ed", "ation", "ly", "er", "ies"})
				}
				s = append(s, w)
			}
		}
		for i, w := range s {
			if i == 0 && 'a' <= w[0] && w[0] <= 'z' {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(pick([]string{". ", ". ", ".\n", "!\n\n", "; "}))
		n += len(s)
	}
	return b.String()
}

// realisticChange is listing i of a realistic corpus (listingText, a
// title, company, skills and facets as boards give them); one listing in
// three has non-ASCII text.
func realisticChange(i int) model.Change {
	rng := rand.New(rand.NewPCG(uint64(i), 11))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	title := pick([]string{"Junior ", "Student ", "Remote ", "", ""}) + pick(textAdjs) + " " + pick(textNouns) + " " + pick([]string{"Intern", "Assistant", "Analyst", "Micro-internship", "Project"})
	var skills []string
	for range 2 + rng.IntN(4) {
		skills = append(skills, pick(textTools))
	}
	l := mk(i, title, pick([]string{"remote", "onsite", "hybrid"}), pick([]string{"internship", "project", "contract", "part_time"}),
		skills, float64(rng.IntN(40)), model.SeverityLow)
	l.ID = fmt.Sprintf("r%07d", i)
	l.Company = pick(textNames) + " " + pick([]string{"Labs", "Studio", "Co.", "Foundation", "Health", "& Partners"})
	l.Source = fmt.Sprintf("b%d", i/500)
	l.Text = listingText(rng, 150+rng.IntN(250), i%3 == 0)
	if rng.IntN(3) == 0 {
		h := 5 + float64(rng.IntN(30))
		l.Hours = &model.Range{Min: h / 2, Max: h}
	}
	if rng.IntN(4) == 0 {
		d := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(2000)) * time.Hour)
		l.Deadline = &d
	}
	return model.Change{Seq: int64(i + 1), ID: l.ID, Listing: l}
}

var (
	textOpeners = []string{"You will", "Interns will", "Each week you will", "In this role you will", "We need someone to", "Help us"}
	textVerbs   = []string{"analyze", "build", "clean", "design", "document", "draft", "edit", "interview", "label", "map", "measure",
		"migrate", "organize", "plan", "prototype", "publish", "research", "review", "schedule", "summarize", "test", "translate",
		"update", "visualize", "write", "support", "manage", "coordinate", "track", "report"}
	textDets = []string{"the", "our", "a", "every", "two", "their", "this", "some", "each"}
	textAdjs = []string{"weekly", "small", "remote", "flexible", "friendly", "quantitative", "creative", "detailed", "public", "internal",
		"customer-facing", "open-source", "nonprofit", "early-stage", "bilingual", "hands-on", "paid", "part-time", "data-driven", "local"}
	textNouns = []string{"dataset", "survey", "dashboard", "report", "campaign", "newsletter", "website", "database", "spreadsheet",
		"interview", "podcast", "grant", "budget", "invoice", "schedule", "workflow", "pipeline", "model", "app", "blog", "community",
		"product", "research", "analysis", "marketing", "design", "content", "event", "student", "mentor", "customer", "volunteer",
		"donor", "library", "museum", "clinic", "school", "farm", "store", "portfolio", "deliverable", "feedback", "meeting", "project"}
	textTools = []string{"Python", "SQL", "Excel", "Google Sheets", "Tableau", "Figma", "React", "Go", "Canva", "SEO", "Spanish",
		"QuickBooks", "Docker", "R", "Notion", "HubSpot", "WordPress", "C++", "Node.js", "Power BI", "Photoshop", "Salesforce"}
	textNames  = []string{"Acme", "Priya", "Marcus", "Elena", "Jonah", "Aisha", "Tomas", "Mei", "Kwame", "Sofia", "Ravi", "Northwind", "Bluebird", "Harvest", "Lattice"}
	textCities = []string{"Austin", "Denver", "Portland", "Toronto", "Dublin", "Lisbon", "Nairobi", "Manila", "Bogota", "Leeds"}
	textDays   = []string{"Monday", "Friday", "two weeks", "month"}
	textFill   = strings.Fields("the and of to a in for is on that with as you are be this will or at by our your from we an it have " +
		"not can all has more about their which they if one do would who been other when what there so up out also into these may " +
		"work students skills team experience learning opportunity help role time data support projects people able new clients " +
		"responsibilities requirements including strong communication excellent must ability working knowledge related tasks")
)

func TestListingTextValid(t *testing.T) {
	for i := range 30 {
		if l := realisticChange(i).Listing; !utf8.ValidString(l.Text) || !utf8.ValidString(l.Title) {
			t.Fatalf("listing %d: not valid UTF-8", i)
		}
	}
}
