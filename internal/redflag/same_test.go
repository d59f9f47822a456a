package redflag

import (
	"encoding/csv"
	"encoding/json"
	goflag "flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// plainDiffs counts the listings on which the fast path and the plain one
// disagreed in this test binary; the first few are printed.
var plainDiffs atomic.Int64

// checkAgainstPlain makes every Assess of this package's tests (the rule
// tables, the demo boards, the fuzz targets) also run with plain matching:
// the flags must be the same, evidence spans and reasons included.
func checkAgainstPlain() {
	plainCheck = func(e *Engine, l *model.Listing) {
		plain := e.flags(l, true)
		if reflect.DeepEqual(l.Flags, plain) {
			return
		}
		if plainDiffs.Add(1) <= 5 {
			fmt.Fprintf(os.Stderr, "fast and plain matching differ on %q / %q:\nfast  %+v\nplain %+v\n", l.Title, l.Text, l.Flags, plain)
		}
	}
}

// TestMain checks every Assess against plain matching (but in benchmark
// runs, which measure the fast path alone) and fails the run when any
// differed.
func TestMain(m *testing.M) {
	goflag.Parse()
	if f := goflag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		checkAgainstPlain()
	}
	code := m.Run()
	if n := plainDiffs.Load(); n > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: fast and plain matching differ on %d listings\n", n)
		code = 1
	}
	os.Exit(code)
}

// sameListings gathers varied listings: the repository's examples and
// test listing, the shared labelled data when present, and variants of
// each (upper case, glued sentences, the text as title, pieces as pay).
func sameListings(t *testing.T) []model.Listing {
	sameOnce.Do(func() { sameSet = readSameListings(t) })
	if sameSet == nil {
		t.Fatal("the listings of sameListings could not be read")
	}
	return sameSet
}

var (
	sameOnce sync.Once
	sameSet  []model.Listing
)

func readSameListings(t *testing.T) []model.Listing {
	var base []model.Listing
	add := func(title, company, info, text, pay, etype string) {
		base = append(base, model.Listing{Title: title, Company: company, CompanyInfo: info, Text: text, PayText: pay,
			EmploymentType: etype, Type: model.TypeUnknown})
	}
	readExamples := func(path string) bool {
		b, err := os.ReadFile(path)
		if err != nil {
			return false
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var ex struct {
				Listing map[string]string `json:"listing"`
			}
			if err := json.Unmarshal([]byte(line), &ex); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			L := ex.Listing
			add(L["title"], L["organization"], L["company_profile"], strings.Join([]string{L["description"], L["requirements"],
				L["benefits"], "Duration: " + L["duration"]}, "\n"), L["stipend"]+L["salary_range"], L["employment_type"])
		}
		return true
	}
	if !readExamples(filepath.Join("..", "..", "testdata", "redflags", "examples.jsonl")) {
		t.Fatal("testdata/redflags/examples.jsonl is missing")
	}
	b, err := os.ReadFile(filepath.Join("testdata", "listing.json"))
	if err != nil {
		t.Fatal(err)
	}
	var l model.Listing
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	base = append(base, l, benchListing(t))
	for _, l := range pipelineListings(8) {
		base = append(base, l)
	}
	if readExamples(filepath.Join(sharedDir, "examples.jsonl")) {
		f, err := os.Open(filepath.Join(sharedDir, "emscad_sample.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, r := range rows[1:] {
			get := func(k string) string { return r[col[k]] }
			add(get("title"), "", get("company_profile"), get("description")+"\n"+get("requirements")+"\n"+get("benefits"),
				get("salary_range"), get("employment_type"))
		}
	} else {
		t.Logf("shared red-flag data not available at %s: the repository's data only", sharedDir)
	}
	var out []model.Listing
	for _, l := range base {
		out = append(out, l)
		v := l
		v.Text = strings.ToUpper(l.Text)
		v.Title = strings.ToUpper(l.Title)
		out = append(out, v)
		v = l
		v.Text = strings.ReplaceAll(strings.ReplaceAll(l.Text, ". ", "."), "\n", "")
		v.Type = model.TypeInternship
		out = append(out, v)
		sentences := regexp.MustCompile(`[.!?\n]+`).Split(l.Text, -1)
		for i, s := range sentences {
			if strings.TrimSpace(s) == "" || i%3 != 0 {
				continue
			}
			v = l
			v.Title, v.PayText, v.Company = s, sentences[(i+1)%len(sentences)], ""
			v.Text = strings.Join(sentences[i:min(len(sentences), i+4)], ". ")
			v.Type = []model.JobType{model.TypeMicroInternship, model.TypeProject, model.TypeUnknown}[i%3]
			out = append(out, v)
		}
	}
	return out
}

// TestFastMatchesPlain: on every listing of sameListings, the engine
// gives the same flags, evidence and reasons with and without the cues.
func TestFastMatchesPlain(t *testing.T) {
	ls := sameListings(t)
	fast, plain := New(Options{}), New(Options{PlainMatching: true})
	fired := map[string]int{}
	for i := range ls {
		a, b := ls[i], ls[i]
		fast.Assess(&a)
		plain.Assess(&b)
		if !reflect.DeepEqual(a.Flags, b.Flags) || a.Risk != b.Risk {
			t.Errorf("listing %d (%q): fast %+v\nplain %+v", i, a.Title, a.Flags, b.Flags)
		}
		for _, f := range a.Flags {
			fired[f.ID]++
		}
	}
	t.Logf("%d listings, flags fired: %v", len(ls), fired)
	if len(fired) < 10 {
		t.Errorf("only %d rules fired on the set: too narrow to prove sameness", len(fired))
	}
}

// TestCuePatterns: every pattern the rules run through the views has a
// cue (a pattern without one would silently run plain and slow), but
// reEmail, whose matches start with any address character (its
// prefilter's "@" spares most texts the run).
func TestCuePatterns(t *testing.T) {
	for _, re := range cuePatterns() {
		if cueOf(re) == nil && re != reEmail {
			t.Errorf("no cue for %s", re)
		}
	}
}

// FuzzCueMatches: on any text, each cue finds what its plain pattern
// finds, in the whole text and in each sentence window.
func FuzzCueMatches(f *testing.F) {
	f.Add("You will report to our lead. Reviewed by our docs lead! Only 5 spots left; call 555 123 4567 now.")
	f.Add("Earn $500 per day from home. Hiring 300 interns. Openings: 1,000. Send your name, age and photo.")
	f.Add("Other duties as assigned.Adhere; the team's producer will support you. unpaid time off. a paid internship")
	f.Add("é$5/hr — über 20 hrs/week; ¡ôk! no application fee, volunteer basis, 2 hours a day")
	f.Fuzz(func(t *testing.T, text string) {
		v := newView(FieldText, text)
		ref := newView(FieldText, text)
		ref.plain = true
		for _, re := range cuePatterns() {
			if got, want := v.findAll(re), ref.findAll(re); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s on %q: cue %v, plain %v", re, v.s, got, want)
			}
			if got, want := v.matchIn(re, 0, len(v.s)), ref.matchIn(re, 0, len(v.s)); got != want {
				t.Fatalf("%s matches %q: cue %v, plain %v", re, v.s, got, want)
			}
			for a := 0; a < len(v.s); {
				x, y := v.sentence(a, a)
				if got, want := v.matches(re, x, y, -1), ref.matches(re, x, y, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Fatalf("%s on %q: cue %v, plain %v", re, v.s[x:y], got, want)
				}
				a = y + 1
			}
		}
	})
}

// FuzzAssessPlain: on arbitrary listings, the engine gives the same flags
// with its cues as with plain matching.
func FuzzAssessPlain(f *testing.F) {
	f.Add("Data Entry Clerk", "", "Pay a $50 registration fee. Interview on Telegram. You will report to our lead.", "$300 per day", uint8(0))
	f.Add("Marketing Intern", "Acme", "Other duties as assigned.Adhere &amp; comply. Reviewed by our docs lead; hiring 300 interns", "Unpaid", uint8(1))
	f.Add("Volunteer", "", "Zero start-up fee. Can earn $450 to $500 extra per day from home. Only 5 spots left!", "0", uint8(2))
	f.Add("Assistant", "", "Send your full name, age and photo. Call 555 123 4567. Openings: 1,000", "", uint8(3))
	fast, plain := New(Options{}), New(Options{PlainMatching: true})
	f.Fuzz(func(t *testing.T, title, company, text, pay string, kind uint8) {
		types := []model.JobType{model.TypeUnknown, model.TypeMicroInternship, model.TypeInternship, model.TypeProject, model.TypeFullTime}
		l := model.Listing{Title: title, Company: company, Text: text, PayText: pay, Type: types[int(kind)%len(types)],
			ProjectBased: kind&8 != 0}
		a, b := l, l
		fast.Assess(&a)
		plain.Assess(&b)
		if !reflect.DeepEqual(a.Flags, b.Flags) {
			t.Fatalf("fast %+v\nplain %+v", a.Flags, b.Flags)
		}
	})
}
