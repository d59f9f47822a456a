package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net/http"
	"runtime/debug"
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
	titleRoles = []string{"Intern", "Micro-Internship", "Project", "Contractor", "Assistant", "Fellowship", "Apprentice", "Internship"}
	skillsPool = []string{"Python", "SQL", "Excel", "Tableau", "JavaScript", "TypeScript", "React", "Figma", "Canva", "Photoshop",
		"Go", "Java", "R", "Power BI", "Google Analytics", "HubSpot", "Salesforce", "WordPress", "HTML", "CSS", "Node.js", "Docker",
		"Kubernetes", "AWS", "Git", "Pandas", "TensorFlow", "PyTorch", "Jira", "Notion", "Premiere Pro", "After Effects", "SEO",
		"copywriting", "public speaking", "data visualization", "user interviews", "survey design", "QuickBooks", "Spanish", "French"}
	locations = []string{"Remote (United States)", "Remote - US", "Remote", "Anywhere", "Remote (EU)", "Remote - UK", "Remote, Canada",
		"New York, NY", "San Francisco, CA", "Hybrid - London", "Remote (India)", "Berlin, Germany"}
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

// Deliberate duplication, per 10,000 listings: reposts are listings an
// employer posted on two boards (the same ad on another company's board,
// as aggregators and staffing partners carry them: cross-source dedup's
// work); scam copies are one of scamTemplates under a made-up employer
// (SCAM_TEMPLATE_REUSE's work). Everything else is an original ad.
const (
	repostPer10k   = 150 // 1.5 %
	scamCopyPer10k = 15  // 0.15 %
)

// kind is what listing i of board b is: 0 original, 1 repost, 2 scam copy.
func (c *corpus) kind(b, i int) (k int, h uint64) {
	h = mix(uint64(b)<<32 | uint64(i))
	switch v := h % 10000; {
	case v < repostPer10k && c.boards() > 1:
		return 1, h
	case v >= repostPer10k && v < repostPer10k+scamCopyPer10k:
		return 2, h
	}
	return 0, h
}

// mix is SplitMix64's finalizer.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// repostOf is the original a repost copies: a listing of another board.
func (c *corpus) repostOf(b int, h uint64) (int, int) {
	n := c.boards()
	b2 := (b + 1 + int(h>>20%uint64(n-1))) % n
	i2 := int(h >> 40 % uint64(c.boardLen(b2)))
	for k, _ := c.kind(b2, i2); k != 0; k, _ = c.kind(b2, i2) {
		i2 = (i2 + 1) % c.boardLen(b2)
	}
	return b2, i2
}

// posting is listing i of board b.
func (c *corpus) posting(b, i int) posting {
	id := int64(b)*1_000_000 + int64(i) + 1
	switch k, h := c.kind(b, i); k {
	case 1:
		b2, i2 := c.repostOf(b, h)
		p := c.original(b2, i2)
		p.ID, p.Board = id, b
		return p
	case 2:
		p := c.scamCopy(b, i, h)
		p.ID = id
		return p
	}
	return c.original(b, i)
}

// profile is what a company's ads share: its boilerplate paragraph, home
// city and a team or two.
type profile struct {
	About         []any // aboutTemplates' arguments
	City, Product string
	Teams         []string
}

func (c *corpus) profile(b int) profile {
	r := rand.New(rand.NewPCG(uint64(b), 0xc0ffee))
	name := c.company(b)
	p := profile{City: pick(r, cities), Product: strings.Fields(name)[0] + " " + pick(r, productNouns)}
	p.About = []any{name, p.City, 1995 + r.IntN(30), pick(r, audiences), 2 + r.IntN(40), p.Product,
		pick(r, concerns), 6 + r.IntN(300), 200 + r.IntN(50000)}
	for range 3 {
		p.Teams = append(p.Teams, pick(r, teams))
	}
	return p
}

// fill formats a template with the arguments it uses (by index).
func fill(t string, args ...any) string {
	s := fmt.Sprintf(t, args...)
	if i := strings.Index(s, "%!(EXTRA"); i >= 0 {
		s = s[:i]
	}
	return s
}

func (c *corpus) original(b, i int) posting {
	r := rand.New(rand.NewPCG(uint64(b), uint64(i)))
	p := posting{ID: int64(b)*1_000_000 + int64(i) + 1, Board: b, Company: c.company(b), Location: pick(r, locations)}
	prof := c.profile(b)
	field, role := pick(r, titleFields), pick(r, titleRoles)
	p.Title = pick(r, titleLevels) + field + " " + role
	// The labels are what a careful reader of the listing says: a remote
	// title is remote wherever the location; an on-site listing says so in
	// its text (below).
	switch {
	case strings.HasPrefix(p.Location, "Hybrid"):
		p.Remote = "hybrid"
	case strings.HasPrefix(p.Location, "Remote") || p.Location == "Anywhere" || strings.HasPrefix(p.Title, "Remote "):
		p.Remote = "remote"
	default:
		p.Remote = "onsite"
	}
	p.Posted = c.Now.Add(-time.Duration(r.IntN(60*24)) * time.Hour)
	nsk := 3 + r.IntN(4)
	for range nsk {
		if r.IntN(3) == 0 {
			p.Skills = append(p.Skills, pick(r, toolsMore))
		} else {
			p.Skills = append(p.Skills, pick(r, skillsPool))
		}
	}
	team, mentor := pick(r, prof.Teams), pick(r, firstNames)
	purpose := func() string {
		s := pick(r, purposes)
		switch strings.Count(s, "%") {
		case 1:
			switch {
			case strings.Contains(s, "%d"):
				s = fmt.Sprintf(s, 2+r.IntN(12))
			case strings.Contains(s, "in %s"), strings.Contains(s, "due in"):
				s = fmt.Sprintf(s, pick(r, months))
			case strings.Contains(s, "every %s"):
				s = fmt.Sprintf(s, pick(r, weekdays))
			case strings.Contains(s, "the %s"):
				s = fmt.Sprintf(s, team)
			default:
				s = fmt.Sprintf(s, pick(r, audiences))
			}
		case 2:
			s = fmt.Sprintf(s, 3+r.IntN(40), pick(r, audiences))
		}
		return s
	}
	tool := func() string { return pick(r, toolsMore) }
	object := func() string {
		if r.IntN(4) == 0 {
			return pick(r, objects)
		}
		return pick(r, objDets) + " " + pick(r, objDomain) + " " + pick(r, objThings)
	}
	list := func(xs []string) string {
		if len(xs) == 1 {
			return xs[0]
		}
		return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
	}

	var paras []string
	about := ""
	if r.IntN(4) != 0 { // a company paragraph in three ads of four, worded by whoever posted it
		about = fill(pick(r, aboutTemplates), prof.About...) + " "
	}
	paras = append(paras, about+fill(pick(r, introTemplates), strings.ToLower(role), team, strings.ToLower(field)))
	sentence := func(mentor, team string) string {
		return pick(r, openers) + " " + pick(r, verbs) + " " + object() + strings.TrimRight(" "+fill(pick(r, tails), purpose(), tool(), mentor,
			pick(r, metrics), pick(r, adjectives), team, pick(r, months), object(), 3+r.IntN(40), pick(r, audiences)), " ") + "."
	}
	var proj []string
	for range 3 + r.IntN(2) {
		proj = append(proj, sentence(mentor, team))
	}
	paras = append(paras, strings.Join(proj, " "))
	var li []string
	for range 3 + r.IntN(2) {
		d := strings.TrimSpace(pick(r, artifactLeads)+" "+pick(r, artifacts)) + " " + pick(r, artifactLinks) + " "
		switch r.IntN(4) {
		case 0:
			d += pick(r, metrics) + " in " + tool()
		case 1:
			d += object() + " for the " + pick(r, teams)
		case 2:
			d += object() + " by " + pick(r, weekdays)
		default:
			d += object()
		}
		if r.IntN(5) == 0 {
			d = fill(pick(r, deliverableTemplates), tool(), team, 2+r.IntN(12), object(), pick(r, metrics),
				5+r.IntN(40), "the "+pick(r, teams), pick(r, weekdays))
		}
		li = append(li, "<li>"+d+"</li>")
	}
	pi := r.IntN(len(payTemplates) - 1)
	pay := payTemplates[pi]
	if r.IntN(150) == 0 {
		pi, pay = len(payTemplates)-1, payTemplates[len(payTemplates)-1] // unpaid, for credit
	}
	p.Paid = strings.Contains(pay, "$") || strings.Contains(pay, "€")
	var ef effortStated
	if strings.Contains(pay, "%") {
		fee, hours, rate := 150+r.IntN(30)*25, 8+r.IntN(30), 15+r.IntN(35)
		pay = fill(pay, fee, hours, rate)
		if strings.Contains(payTemplates[pi], "%[2]d") {
			ef.hours, ef.total = append(ef.hours, hours), true
		}
		ef.fee = strings.Contains(payTemplates[pi], "%[1]d")
	}
	ei := r.IntN(len(effortTemplates))
	effort := effortTemplates[ei]
	if effort != "" {
		lo := 5 + r.IntN(20)
		hi, weeks, weekly := lo+5+r.IntN(20), 2+r.IntN(8), 4+r.IntN(12)
		effort = fill(effort, lo, hi, weeks, weekly)
		if len(ef.hours) > 0 {
			effort = "" // the pay sentence states the hours: a second, other figure would contradict it
		} else {
			ef.add(effortTemplates[ei], hi, weeks, weekly)
		}
	}
	p.Type = typeLabel(role, p.Title, ef)
	place := ""
	if p.Remote == "onsite" {
		place = fill(onsiteTemplates[(b*131+i)%len(onsiteTemplates)], strings.Split(p.Location, ",")[0], team, mentor)
	}
	paras = append(paras, strings.TrimSpace(pay+" "+effort+" "+place))
	paras = append(paras, fill(pick(r, reqTemplates), list(p.Skills), tool()))
	if r.IntN(250) == 0 {
		sc := pick(r, scamSentences)
		paras = append(paras, sc)
		p.Paid = p.Paid || strings.HasPrefix(sc, "Earn $") // an income claim states pay
	}
	words := 0
	for _, s := range paras {
		words += len(strings.Fields(s))
	}
	words += 6 * len(li)
	var tail []string
	for words < 230 {
		var s string
		switch r.IntN(6) {
		case 0, 1, 2, 3:
			s = sentence(pick(r, firstNames), pick(r, teams))
		case 4:
			s = fill(pick(r, logisticsTemplates), mentor, pick(r, weekdays), 8+r.IntN(9), pick(r, timezones), prof.City, 1+r.IntN(28),
				pick(r, months), team, 20+5*r.IntN(7), tool(), pick(r, []string{"summer", "winter", "spring", "autumn"}), c.company((b+1+r.IntN(50))%max(1, c.boards())))
		default:
			s = fill(pick(r, closingTemplates), prof.Product, object(), mentor, pick(r, programKinds), 1+r.IntN(28), pick(r, months))
		}
		tail = append(tail, s)
		words += len(strings.Fields(s))
	}
	paras = append(paras, strings.Join(tail, " "))
	return c.render(p, paras, li, 1, pick(r, headings))
}

// onsiteTemplates say that an on-site listing's work is done in its city.
var onsiteTemplates = []string{
	"This role is on-site at our %[1]s office.",
	"You work in person with the %[2]s in %[1]s.",
	"You will sit with %[3]s in our %[1]s office; this is not a remote role.",
	"On-site in %[1]s, next to the %[2]s.",
	"The %[2]s works from %[1]s and so will you: the role is fully on-site.",
	"%[3]s and the %[2]s expect you on-site at the %[1]s office each workday.",
}

// effortStated is the effort and fee a listing states: total hours
// (stated as a total, or weekly hours times weeks), weeks, a fee for the
// whole work.
type effortStated struct {
	hours, weeks []int
	total, fee   bool
}

// add records what effort template t states with its numbers: a total of
// up to hi hours, or weeks of weekly hours.
func (e *effortStated) add(t string, hi, weeks, weekly int) {
	switch {
	case strings.Contains(t, "three weeks"):
		e.hours, e.weeks, e.total = append(e.hours, hi), append(e.weeks, 3), true
	case strings.Contains(t, "%[2]d") && strings.Contains(t, "in total"):
		e.hours, e.total = append(e.hours, hi), true
	case strings.Contains(t, "%[3]d"):
		e.hours, e.weeks = append(e.hours, weeks*weekly), append(e.weeks, weeks)
	}
}

// micro reports an internship short enough to be a micro-internship
// (DESIGN.md): a fee for the project, at most 60 hours in total or six
// weeks; more than 60 stated hours make it an internship whatever the
// weeks.
func (e effortStated) micro() bool {
	for _, h := range e.hours {
		if h > 60 {
			return false
		}
	}
	if e.fee || len(e.hours) > 0 {
		return true
	}
	for _, w := range e.weeks {
		if w <= 6 {
			return true
		}
	}
	return false
}

// typeLabel is the kind of work a reader takes from the title's role and
// the stated effort: a short internship is a micro-internship; an
// assistant's work a project when a fee or a total of hours bounds it,
// part-time when the title says so, of no stated kind otherwise.
func typeLabel(role, title string, ef effortStated) string {
	switch role {
	case "Micro-Internship":
		return "micro_internship"
	case "Intern", "Internship", "Fellowship", "Apprentice":
		if ef.micro() {
			return "micro_internship"
		}
		return "internship"
	case "Project":
		return "project"
	case "Contractor":
		return "contract"
	}
	switch {
	case strings.HasPrefix(title, "Part-Time "):
		return "part_time"
	case ef.fee || ef.total:
		return "project" // a fee or a total of hours: bounded work
	}
	return "unknown"
}

// render writes the description's HTML and text: the deliverables list
// after paragraph after.
func (c *corpus) render(p posting, paras, li []string, after int, heading string) posting {
	var h strings.Builder
	for k, s := range paras {
		h.WriteString("<p>" + html.EscapeString(s) + "</p>")
		if k == after && len(li) > 0 {
			h.WriteString("<h3>" + heading + "</h3><ul>" + strings.Join(li, "") + "</ul>")
		}
	}
	p.HTML = h.String()
	p.Text = strings.Join(paras, "\n")
	if len(li) > 0 {
		p.Text += "\n" + strings.Join(li, " ")
	}
	return p
}

// scamCopy is one of scamTemplates under a made-up employer, with its own
// title and amount.
func (c *corpus) scamCopy(b, i int, h uint64) posting {
	r := rand.New(rand.NewPCG(uint64(b), uint64(i)))
	t := int(h >> 16 % uint64(len(scamTemplates)))
	p := posting{Board: b, Company: pick(r, scamCompanies), Location: pick(r, []string{"Remote", "Anywhere", "Remote - US"}), Remote: "remote",
		Type: "contract", Paid: true, Posted: c.Now.Add(-time.Duration(r.IntN(60*24)) * time.Hour)}
	p.Title = pick(r, []string{"Remote Data Entry Assistant", "Work From Home Student Assistant", "Online Personal Assistant", "Remote Admin Intern"})
	p.Type = "unknown" // the ads name no kind of engagement, only the intern title does
	if strings.HasSuffix(p.Title, " Intern") {
		p.Type = "internship"
	}
	p.Skills = []string{"Excel", "communication"}
	body := fmt.Sprintf(scamTemplates[t], p.Company, pick(r, scamRoles), 400+25*r.IntN(20))
	return c.render(p, []string{body}, nil, 0, "")
}

// scamTemplateOf says which scam template listing i of board b copies
// (-1: none).
func (c *corpus) scamTemplateOf(b, i int) int {
	if k, h := c.kind(b, i); k == 2 {
		return int(h >> 16 % uint64(len(scamTemplates)))
	}
	return -1
}

// boardServer serves the corpus as Greenhouse boards on loopback:
// GET /v1/boards/b{N}/jobs?content=true. Every fetch is counted. A body is
// generated on the fly unless prepare encoded every board beforehand.
type boardServer struct {
	c       *corpus
	fetches atomic.Int64
	mu      sync.Mutex
	perURL  map[string]int
	// pages holds every board's body from prepare to release (nil: each
	// body is generated when asked for).
	pages atomic.Pointer[[][]byte]
}

// maxPreparedListings bounds the corpus prepare encodes ahead (about 2.5 KB
// a listing: 1 GB at this size); larger ones are generated on the fly.
const maxPreparedListings = 400_000

// prepare encodes every board's body before a crawl's clock starts, on
// every core, so that during the crawl the server only writes bytes: the
// boards a real crawl fetches run on other machines, and generating and
// encoding 250-word postings took about 0.12 of this machine's two cores
// from the crawl being measured. It reports whether it did (a corpus over
// maxPreparedListings is left to be generated on the fly).
func (s *boardServer) prepare() bool {
	if s.pages.Load() != nil {
		return true
	}
	if s.c.N > maxPreparedListings {
		return false
	}
	pages := make([][]byte, s.c.boards())
	buildParallel(len(pages), func(b int) {
		var buf bytes.Buffer
		s.writeBoard(&buf, b)
		pages[b] = buf.Bytes()
	})
	s.pages.Store(&pages)
	return true
}

// release drops the prepared pages and returns their memory to the
// system: the peers (raw Bleve, FTS5) index in this process afterwards,
// and half a gigabyte of live pages would make their garbage collection
// rarer and cheaper than it is for a process holding only their index
// (a run that kept them measured raw Bleve at 0.47 CPU-ms a document
// against 0.65-0.70 in the runs before).
func (s *boardServer) release() {
	if s.pages.Swap(nil) != nil {
		debug.FreeOSMemory()
	}
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
	w.Header().Set("Content-Type", "application/json")
	if pages := s.pages.Load(); pages != nil {
		w.Header().Set("Content-Length", strconv.Itoa(len((*pages)[b])))
		w.Write((*pages)[b])
		return
	}
	s.writeBoard(w, b)
}

// writeBoard writes board b's body: its postings as Greenhouse's job
// board API lists them with content=true.
func (s *boardServer) writeBoard(w io.Writer, b int) {
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
