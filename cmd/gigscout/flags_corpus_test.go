package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestCmdFlagsWholeListing: --json prints the whole normalized listing,
// remote regions included.
func TestCmdFlagsWholeListing(t *testing.T) {
	in := `{"id":"r1","title":"Data Analyst [Remote-US]","company":"Acme Analytics","description":"Build weekly reports in SQL for our sales team.","pay":"$30/hr - $35/hr","employment_type":"Contract"}`
	code, out, errOut := flagsTestRun(t, []string{"--json"}, strings.NewReader(in))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, k := range []string{"id", "title", "company", "remote", "remote_regions", "type", "pay", "hours", "duration_days", "skills", "flags", "risk", "text"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no %q in %s", k, out)
		}
	}
	if got["id"] != "r1" {
		t.Errorf("id = %v", got["id"])
	}
}

// TestCmdFlagsCorpus: the input is one corpus, so one ad text under two
// employer names flags both lines, each naming the other.
func TestCmdFlagsCorpus(t *testing.T) {
	text := strings.Repeat("Process online orders from home, answer buyers and update the order sheet every evening. ", 6)
	line := func(id, company string) string {
		return fmt.Sprintf(`{"id":%q,"title":"Order Processor","company":%q,"description":%q,"pay":"$18 per hour"}`, id, company, text)
	}
	in := line("a", "Acme Orders") + "\n" + line("b", "Zenith Fulfilment") + "\n"
	code, out, errOut := flagsTestRun(t, nil, strings.NewReader(in))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Count(out, "SCAM_TEMPLATE_REUSE") != 2 || !strings.Contains(out, `also as b "Zenith Fulfilment"`) || !strings.Contains(out, `also as a "Acme Orders"`) {
		t.Errorf("output:\n%s", out)
	}
	// Alone, neither is flagged.
	_, out, _ = flagsTestRun(t, nil, strings.NewReader(line("a", "Acme Orders")))
	if strings.Contains(out, "SCAM_TEMPLATE_REUSE") {
		t.Errorf("a single listing was flagged:\n%s", out)
	}
}
