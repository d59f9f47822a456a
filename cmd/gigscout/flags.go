package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/ingest"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// flagsInput is one line of `gigscout flags` input. Only title is required.
type flagsInput struct {
	ID             json.RawMessage `json:"id"`
	Title          string          `json:"title"`
	Company        string          `json:"company"`
	CompanyProfile string          `json:"company_profile"`
	Description    string          `json:"description"` // text or HTML
	Pay            string          `json:"pay"`
	Location       string          `json:"location"`
	EmploymentType string          `json:"employment_type"`
	URL            string          `json:"url"`
}

// flagsOutput is one line of `gigscout flags --json` output: the whole
// normalized, assessed listing (remote regions, pay, hours, duration,
// skills, flags and the rest), with id the input's id.
type flagsOutput struct {
	ID string `json:"id"`
	*model.Listing
}

// flagsMaxLine bounds one input line (a listing with a long description).
const flagsMaxLine = 8 << 20

// cmdFlags runs `gigscout flags [--json] [FILE|-]`: it reads listings as
// JSON Lines (the documented input fields, or the API's own listing JSON),
// normalizes and assesses them as one corpus, and prints the result. A line
// it cannot read (bad JSON, no title, an unknown field) is named on stderr
// with its number; the other lines are still explained, and the command
// exits 2. It returns the exit code: 0 ok, 2 usage error (unknown flag,
// unreadable file, a line that could not be read), 1 if reading or writing
// fails midway.
func cmdFlags(args []string, stdin io.Reader, stdout, stderr io.Writer, eng *redflag.Engine, nopts normalize.Options) int {
	o, err := parseFlagsArgs(args, stdout, stderr)
	if o == nil || err != nil {
		return exitCode(err, stderr) // 0 after --help
	}
	return flagsRun(*o, stdin, stdout, stderr, eng, nopts)
}

// parseFlagsArgs parses the arguments of `gigscout flags` with the
// command line's kong parser; (nil, nil) after --help.
func parseFlagsArgs(args []string, stdout, stderr io.Writer) (*flagsOptions, error) {
	var c cli
	k, err := newParser(&c, &env{stdout: stdout, stderr: stderr})
	if err != nil {
		return nil, err
	}
	if _, exited, err := parseArgs(k, append([]string{"flags"}, args...)); exited || err != nil {
		return nil, err
	}
	return c.Flags.options()
}

// flagsOptions are the flags and argument of `gigscout flags`.
type flagsOptions struct {
	JSON bool
	File string // "" or "-": standard input
}

// flagsRun does the work of `gigscout flags` and returns the exit code.
func flagsRun(o flagsOptions, stdin io.Reader, stdout, stderr io.Writer, eng *redflag.Engine, nopts normalize.Options) int {
	in, name := stdin, "standard input"
	if o.File != "" && o.File != "-" {
		name = o.File
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "flags: cannot read FILE %s: %v\n", name, flagsUnwrapPath(err))
			return 2
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		in = strings.NewReader("")
	}
	if eng == nil {
		eng = redflag.New(redflag.Options{})
	}
	out := bufio.NewWriter(stdout)
	r := bufio.NewReaderSize(in, 64<<10)
	var ls []*model.Listing
	var ids []string
	read, bad, code := 0, 0, 0
	for n := 1; ; n++ {
		line, err := flagsReadLine(r)
		if len(bytes.TrimSpace(line)) > 0 {
			read++
			id, l, lerr := flagsOne(stderr, line, n, eng, nopts)
			if lerr != nil {
				bad++
				fmt.Fprintf(stderr, "flags: %s: %v\n", name, lerr)
			} else {
				ids, ls = append(ids, id), append(ls, l)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			// What was read is still explained; the exit code says the
			// input was cut short.
			fmt.Fprintf(stderr, "flags: read %s at line %d: %v\n", name, n, err)
			code = 1
			break
		}
	}
	// The whole input is one corpus for the cross-listing signals.
	eng.ApplyCorpus(ls, redflag.CorpusFlags(ingest.CorpusEntries(ls)))
	for i, l := range ls {
		if werr := flagsPrint(out, ids[i], l, o.JSON); werr != nil {
			fmt.Fprintf(stderr, "flags: write: %v\n", werr)
			return 1
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "flags: write: %v\n", err)
		return 1
	}
	if code == 0 && bad > 0 {
		fmt.Fprintf(stderr, "flags: %d of %d %s could not be read (named above)\n", bad, read, plural(read, "line", "lines"))
		return 2
	}
	return code
}

// plural is one or many by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// flagsReadLine reads one line without its newline; a line longer than
// flagsMaxLine is an error.
func flagsReadLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > flagsMaxLine {
			return nil, fmt.Errorf("line longer than %d bytes", flagsMaxLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// flagsOne reads, normalizes and assesses one input line; a line it
// cannot read is an error naming it. The listing's id is the input's id,
// so cross-listing evidence names the input's listings.
func flagsOne(stderr io.Writer, line []byte, n int, eng *redflag.Engine, nopts normalize.Options) (string, *model.Listing, error) {
	p, rawID, err := decodeFlagsLine(line, n)
	if err != nil {
		return "", nil, err
	}
	id := flagsID(rawID, n)
	p.ExternalID = id
	crawler.LimitPosting(&p, func(note string) { fmt.Fprintf(stderr, "flags: line %d: %s\n", n, note) })
	l := normalize.Normalize(&p, nopts)
	eng.Assess(l)
	l.ID = id
	return id, l, nil
}

// flagsPrint writes one assessed listing; it returns only write errors.
func flagsPrint(out io.Writer, id string, l *model.Listing, asJSON bool) error {
	if asJSON {
		b, err := json.Marshal(flagsOutput{ID: id, Listing: l})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "%s\n", b)
		return err
	}
	return flagsExplain(out, id, l)
}

// flagsID is the input id as text (a string or a number), or the line number.
func flagsID(raw json.RawMessage, n int) string {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s
	}
	if t := strings.TrimSpace(string(raw)); t != "" && t != "null" && t != `""` {
		return t
	}
	return strconv.Itoa(n)
}

// flagsExplain prints a readable explanation of one assessed listing.
func flagsExplain(w io.Writer, id string, l *model.Listing) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", id, l.Title)
	pay := "not stated"
	switch {
	case l.Pay != nil:
		pay = l.Pay.Display()
	case l.Unpaid:
		pay = "unpaid"
	}
	hours := "not stated"
	if l.Hours != nil {
		hours = fmt.Sprintf("%g", l.Hours.Min)
		if l.Hours.Max > l.Hours.Min {
			hours += fmt.Sprintf("–%g", l.Hours.Max)
		}
		hours += " in total"
	}
	fmt.Fprintf(&b, "  pay: %s · hours: %s · %s · %s\n", pay, hours, l.Remote, l.Type)
	fmt.Fprintf(&b, "  risk: %s", l.Risk)
	if len(l.Flags) == 0 {
		b.WriteString(" (no red flags)")
	}
	b.WriteString("\n")
	for _, f := range l.Flags {
		fmt.Fprintf(&b, "  - %s (%s, %s): %s\n", f.ID, f.Family, f.Severity, f.Reason)
		if f.Evidence.Text == "" {
			if len(f.Others) == 0 {
				fmt.Fprintf(&b, "      (nothing in %s)\n", f.Evidence.Field)
			}
		} else {
			fmt.Fprintf(&b, "      %s: %q\n", f.Evidence.Field, flagsQuote(f.Evidence.Text))
		}
		for _, o := range f.Others {
			fmt.Fprintf(&b, "      also as %s %q (%s)\n", o.ID, o.Company, o.URL)
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// flagsQuote shortens long evidence for the terminal.
func flagsQuote(s string) string {
	const limit = 160
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !flagsRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func flagsRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// flagsUnwrapPath drops the *PathError wrapper, whose path we already print.
func flagsUnwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
