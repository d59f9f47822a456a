package main

import (
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The vocabulary of the synthetic corpus, in our own words, shaped like
// the student-facing listings the boards carry: micro-internships, short
// paid projects, remote internships, with the pay, effort and skills
// phrasing real posts use, and a few scam and unpaid posts among them.
var (
	companyHeads = []string{"Northwind", "Bluefin", "Cedar", "Lumen", "Harbor", "Quill", "Tandem", "Kestrel", "Brightline", "Oakridge",
		"Meridian", "Pinecone", "Sparrow", "Copperleaf", "Atlas", "Juniper", "Riverbend", "Solace", "Vantage", "Wildflower",
		"Granite", "Halcyon", "Ironwood", "Larkspur", "Mosaic", "Nimbus", "Orchard", "Prism", "Redwood", "Summit"}
	companyTails = []string{"Analytics", "Labs", "Health", "Studio", "Robotics", "Education", "Media", "Foundation", "Software", "Energy"}
	titleLevels  = []string{"", "", "Remote ", "Student ", "Part-Time ", "Paid ", "Summer ", "Junior "}
	titleFields  = []string{"Data Analysis", "Marketing", "Social Media", "UX Research", "Frontend Development", "Backend Development",
		"Machine Learning", "Content Writing", "Graphic Design", "Bookkeeping", "Market Research", "QA Testing", "Customer Success",
		"Product Management", "Cybersecurity", "DevOps", "Video Editing", "Translation", "SEO", "Sales Operations", "Grant Writing",
		"Data Engineering", "Mobile Development", "Policy Research"}
	titleRoles = []string{"Intern", "Micro-Internship", "Project", "Contractor", "Assistant", "Fellow", "Apprentice", "Internship"}
	skillsPool = []string{"Python", "SQL", "Excel", "Tableau", "JavaScript", "TypeScript", "React", "Figma", "Canva", "Photoshop",
		"Go", "Java", "R", "Power BI", "Google Analytics", "HubSpot", "Salesforce", "WordPress", "HTML", "CSS", "Node.js", "Docker",
		"Kubernetes", "AWS", "Git", "Pandas", "TensorFlow", "PyTorch", "Jira", "Notion", "Premiere Pro", "After Effects", "SEO",
		"copywriting", "public speaking", "data visualization", "user interviews", "survey design", "QuickBooks", "Spanish", "French"}
	locations = []string{"Remote (United States)", "Remote - US", "Remote", "Anywhere", "Remote (EU)", "Remote - UK", "Remote, Canada",
		"New York, NY", "San Francisco, CA", "Hybrid - London", "Remote (India)", "Berlin, Germany"}
	payPhrases = []string{"We pay $%d for about %d hours of work.", "The pay is $%d per hour.", "A stipend of $%d for the whole project (about %d hours).",
		"Compensation: $%d/hr, paid every two weeks.", "This is a paid engagement at €%d per hour.", "Fixed fee of $%d on delivery; expect roughly %d hours.",
		"Pay is competitive and depends on experience.", "", "This is an unpaid internship offered for academic credit only."}
	effortPhrases = []string{"Plan on %d-%d hours over three weeks.", "The project runs for %d weeks at about %d hours a week.",
		"Expect %d to %d hours in total, on your own schedule.", "Work is flexible: around %d hours a week for %d weeks.", ""}
	sectors = []string{"climate data", "online learning", "community health", "small-business finance", "open-source tooling",
		"public libraries", "renewable energy", "food logistics", "civic technology", "mental health apps"}
	projectSentences = []string{
		"You will clean and merge three spreadsheets of survey answers and document every decision you make.",
		"You will build a small dashboard that tracks weekly sign-ups and explain the trends you find.",
		"You will draft ten social posts a week and schedule them with our content calendar.",
		"You will interview five customers and summarize what they need in a short written report.",
		"You will write automated tests for the checkout flow and file clear bug reports.",
		"You will redesign the onboarding screens and hand over annotated mockups.",
		"You will research competitors and present a one-page comparison with recommendations.",
		"You will label a few thousand images and measure how consistent the labels are.",
		"You will migrate old blog posts to the new site and fix broken links along the way.",
		"You will reconcile last quarter's invoices against the bank statements.",
		"You will translate the help center articles and keep a glossary of product terms.",
		"You will edit three short videos from raw footage for our channel.",
		"You will prototype a recommendation model and report its accuracy on held-out data.",
		"You will set up a continuous integration pipeline for a small service.",
		"You will audit our pages for search ranking problems and list the fixes by impact.",
		"You will map the grant opportunities that fit our programs and draft two applications.",
	}
	deliverables = []string{"a cleaned data set with a data dictionary", "a written report of about five pages", "a working prototype with a short demo video",
		"a slide deck for the leadership team", "a set of annotated design files", "a test plan and twenty automated tests", "a content calendar for the next month",
		"a reproducible notebook", "a list of prioritized recommendations", "a final presentation to the team"}
	fillers = []string{
		"Our team is small, friendly and fully distributed across several time zones.",
		"A mentor from the team meets you every week to review progress and answer questions.",
		"We care about clear writing, careful work and asking questions early.",
		"You will get feedback on every deliverable and a reference letter at the end.",
		"The work suits students in any year who want a real project for their portfolio.",
		"We welcome applicants from all backgrounds and do not require a degree.",
		"All tools and accounts are provided; you only need a laptop and a reliable connection.",
		"Applications are reviewed on a rolling basis, so apply early.",
		"The project is scoped so that it can be done alongside classes.",
		"You will present your results to the wider team in a short call.",
		"We publish our work openly and you may show it in your portfolio.",
		"Questions about the role can be sent through the application form.",
		"Previous interns went on to full-time roles with us and with our partners.",
		"We follow a simple weekly rhythm: a planning call on Monday and a demo on Friday.",
	}
	scamSentences = []string{
		"No interview needed, contact our hiring manager on Telegram to start today.",
		"Before starting you must pay a refundable registration fee of $85 for your starter kit.",
		"Earn $300 daily from home with unlimited income potential.",
		"Please send your bank details and a scan of your ID with your application.",
	}
)

// posting is one synthetic listing, with the facet values the generator
// chose (the peers index these directly; gigscout derives its own).
type posting struct {
	ID       int64
	Board    int
	Title    string
	Company  string
	Location string
	HTML     string
	Text     string
	Skills   []string
	Remote   string // remote|onsite|hybrid
	Type     string // internship|project|contract
	Paid     bool
	Posted   time.Time
}

// corpus generates listing i of board b deterministically.
type corpus struct {
	N, BoardSize int
	Now          time.Time
}

func (c *corpus) boards() int { return (c.N + c.BoardSize - 1) / c.BoardSize }

func (c *corpus) boardLen(b int) int { return min(c.BoardSize, c.N-b*c.BoardSize) }

func (c *corpus) company(b int) string {
	return companyHeads[b%len(companyHeads)] + " " + companyTails[(b/len(companyHeads))%len(companyTails)] + suffix(b/(len(companyHeads)*len(companyTails)))
}

func suffix(n int) string {
	if n == 0 {
		return ""
	}
	return " " + strconv.Itoa(n+1)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (c *corpus) posting(b, i int) posting {
	r := rand.New(rand.NewPCG(uint64(b), uint64(i)))
	p := posting{ID: int64(b)*1_000_000 + int64(i) + 1, Board: b, Company: c.company(b), Location: pick(r, locations)}
	field, role := pick(r, titleFields), pick(r, titleRoles)
	p.Title = pick(r, titleLevels) + field + " " + role
	switch {
	case strings.HasPrefix(p.Location, "Remote") || p.Location == "Anywhere":
		p.Remote = "remote"
	case strings.HasPrefix(p.Location, "Hybrid"):
		p.Remote = "hybrid"
	default:
		p.Remote = "onsite"
	}
	switch role {
	case "Intern", "Internship", "Micro-Internship", "Fellow", "Apprentice":
		p.Type = "internship"
	case "Project":
		p.Type = "project"
	default:
		p.Type = "contract"
	}
	p.Posted = c.Now.Add(-time.Duration(r.IntN(60*24)) * time.Hour)
	nsk := 3 + r.IntN(4)
	for range nsk {
		p.Skills = append(p.Skills, pick(r, skillsPool))
	}
	var paras []string
	paras = append(paras, fmt.Sprintf("%s builds tools for %s. We are looking for a %s to join us for a short, well-scoped piece of work in %s.",
		p.Company, pick(r, sectors), strings.ToLower(role), strings.ToLower(field)))
	var proj []string
	for range 3 {
		proj = append(proj, pick(r, projectSentences))
	}
	paras = append(paras, strings.Join(proj, " "))
	var li []string
	for range 3 {
		li = append(li, "<li>"+pick(r, deliverables)+"</li>")
	}
	pay := pick(r, payPhrases)
	switch strings.Count(pay, "%d") {
	case 2:
		pay = fmt.Sprintf(pay, 150+r.IntN(30)*25, 8+r.IntN(30))
	case 1:
		pay = fmt.Sprintf(pay, 15+r.IntN(35))
	}
	p.Paid = strings.Contains(pay, "$") || strings.Contains(pay, "€")
	effort := pick(r, effortPhrases)
	if strings.Count(effort, "%d") == 2 {
		lo := 5 + r.IntN(20)
		effort = fmt.Sprintf(effort, lo, lo+5+r.IntN(20))
	}
	paras = append(paras, strings.TrimSpace(pay+" "+effort))
	paras = append(paras, "You should be comfortable with "+strings.Join(p.Skills[:len(p.Skills)-1], ", ")+" and "+p.Skills[len(p.Skills)-1]+".")
	if r.IntN(50) == 0 {
		paras = append(paras, pick(r, scamSentences))
	}
	words := 0
	for _, s := range paras {
		words += len(strings.Fields(s))
	}
	var fill []string
	for words < 215 {
		s := pick(r, fillers)
		fill = append(fill, s)
		words += len(strings.Fields(s))
	}
	paras = append(paras[:2], append([]string{strings.Join(fill[:len(fill)/2], " ")}, append(paras[2:], strings.Join(fill[len(fill)/2:], " "))...)...)
	var h strings.Builder
	for k, s := range paras {
		h.WriteString("<p>" + html.EscapeString(s) + "</p>")
		if k == 1 {
			h.WriteString("<h3>What you will deliver</h3><ul>" + strings.Join(li, "") + "</ul>")
		}
	}
	p.HTML = h.String()
	p.Text = strings.Join(paras, "\n") + "\n" + strings.Join(li, " ")
	return p
}

// boardServer serves the corpus as Greenhouse boards on loopback:
// GET /v1/boards/b{N}/jobs?content=true. Every body is generated on the
// fly (nothing is held in memory) and every fetch is counted.
type boardServer struct {
	c       *corpus
	fetches atomic.Int64
	mu      sync.Mutex
	perURL  map[string]int
}

func (s *boardServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.fetches.Add(1)
	s.mu.Lock()
	s.perURL[r.URL.String()]++
	s.mu.Unlock()
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/") // v1 boards bN jobs
	if len(parts) != 4 || parts[0] != "v1" || parts[1] != "boards" || parts[3] != "jobs" || !strings.HasPrefix(parts[2], "b") {
		http.NotFound(w, r)
		return
	}
	b, err := strconv.Atoi(parts[2][1:])
	if err != nil || b < 0 || b >= s.c.boards() {
		http.NotFound(w, r)
		return
	}
	type job struct {
		ID             int64             `json:"id"`
		Title          string            `json:"title"`
		CompanyName    string            `json:"company_name"`
		AbsoluteURL    string            `json:"absolute_url"`
		Location       map[string]string `json:"location"`
		Content        string            `json:"content"`
		UpdatedAt      string            `json:"updated_at"`
		FirstPublished string            `json:"first_published"`
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	n := s.c.boardLen(b)
	fmt.Fprint(w, `{"jobs":[`)
	for i := range n {
		p := s.c.posting(b, i)
		if i > 0 {
			fmt.Fprint(w, ",")
		}
		enc.Encode(job{ID: p.ID, Title: p.Title, CompanyName: p.Company, AbsoluteURL: fmt.Sprintf("https://job-boards.greenhouse.io/b%d/jobs/%d", b, p.ID),
			Location: map[string]string{"name": p.Location}, Content: html.EscapeString(p.HTML),
			UpdatedAt: p.Posted.Format(time.RFC3339), FirstPublished: p.Posted.Format(time.RFC3339)})
	}
	fmt.Fprintf(w, `],"meta":{"total":%d}}`, n)
}

// duplicates is how many fetches repeated a URL already fetched.
func (s *boardServer) duplicates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := 0
	for _, n := range s.perURL {
		d += n - 1
	}
	return d
}
