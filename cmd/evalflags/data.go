package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// emscadRow is one labelled EMSCAD ad as a posting.
type emscadRow struct {
	ID         string
	Fraudulent bool
	Posting    model.Posting
}

// loadEMSCAD reads emscad_sample.csv.
func loadEMSCAD(path string) ([]emscadRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalflags: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("evalflags: read %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"job_id", "title", "fraudulent"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("evalflags: %s: no column %q", path, need)
		}
	}
	var rows []emscadRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("evalflags: read %s: %w", path, err)
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		rows = append(rows, emscadRow{
			ID:         get("job_id"),
			Fraudulent: strings.TrimSpace(get("fraudulent")) == "1",
			Posting:    emscadPosting(get),
		})
	}
	return rows, nil
}

// emscadPosting maps EMSCAD columns to a Posting: the description,
// requirements and benefits become one HTML description.
func emscadPosting(get func(string) string) model.Posting {
	var parts []string
	for _, k := range []string{"description", "requirements", "benefits"} {
		if s := strings.TrimSpace(get(k)); s != "" {
			parts = append(parts, s)
		}
	}
	p := model.Posting{
		Source:          "emscad",
		Kind:            "emscad",
		ExternalID:      get("job_id"),
		Title:           get("title"),
		CompanyInfo:     get("company_profile"),
		DescriptionHTML: strings.Join(parts, "<br>\n"),
		PayText:         get("salary_range"),
		EmploymentType:  get("employment_type"),
	}
	if loc := strings.TrimSpace(get("location")); loc != "" {
		p.Locations = []string{loc}
	}
	if strings.TrimSpace(get("telecommuting")) == "1" {
		p.RemoteHint = "remote"
	}
	return p
}

// goldSpan is a labelled span in examples.jsonl.
type goldSpan struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type goldFlag struct {
	Flag     string    `json:"flag"`
	Evidence *goldSpan `json:"evidence"`
	Why      string    `json:"why"`
}

// example is one hand-labelled listing of examples.jsonl.
type example struct {
	ID       string            `json:"id"`
	Source   json.RawMessage   `json:"source"`
	Listing  map[string]string `json:"listing"`
	Flags    []goldFlag        `json:"flags"`
	NotFlags []goldFlag        `json:"not_flags"`
}

func loadExamples(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalflags: %w", err)
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var ex example
		if err := json.Unmarshal([]byte(line), &ex); err != nil {
			return nil, fmt.Errorf("evalflags: %s:%d: %w", path, n, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evalflags: read %s: %w", path, err)
	}
	return out, nil
}

// jobID is the EMSCAD job id of an example, if its source names one.
func (ex *example) jobID() string {
	var src struct {
		JobID string `json:"job_id"`
	}
	_ = json.Unmarshal(ex.Source, &src)
	return src.JobID
}

// examplePosting maps an example's listing to a Posting. Structured
// fields a Posting has no place for (duration, start) become lines of the
// description; profile is the EMSCAD company profile when the example
// leaves it out.
func examplePosting(ex *example, profile string) model.Posting {
	L := ex.Listing
	var parts []string
	for _, k := range []string{"description", "requirements", "benefits"} {
		if s := strings.TrimSpace(L[k]); s != "" {
			parts = append(parts, s)
		}
	}
	for _, k := range []string{"duration", "start"} {
		if s := strings.TrimSpace(L[k]); s != "" {
			parts = append(parts, strings.ToUpper(k[:1])+k[1:]+": "+s)
		}
	}
	pay := L["stipend"]
	if pay == "" {
		pay = L["salary_range"]
	}
	info := L["company_profile"]
	if info == "" {
		info = profile
	}
	p := model.Posting{
		Source:          "examples",
		ExternalID:      ex.ID,
		Title:           L["title"],
		Company:         L["organization"],
		CompanyInfo:     info,
		DescriptionHTML: strings.Join(parts, "<br>\n"),
		PayText:         pay,
		EmploymentType:  L["employment_type"],
	}
	if loc := strings.TrimSpace(L["location"]); loc != "" {
		p.Locations = []string{loc}
		if strings.EqualFold(loc, "work from home") {
			p.RemoteHint = "remote"
		}
	}
	return p
}

// ourField maps a gold field name to our evidence field name.
func ourField(gold string) string {
	switch gold {
	case "stipend", "salary_range":
		return "pay_text"
	case "description", "requirements", "benefits", "duration", "start":
		return "text"
	case "company_profile":
		return "company_info"
	case "organization":
		return "company"
	}
	return gold
}

// flagAliases maps labels' older flag names to ours.
var flagAliases = map[string]string{"VAGUE_DURATION": "VAGUE_NO_DURATION"}

func sharedFile(dir, name string) string { return filepath.Join(dir, "redflags", name) }
