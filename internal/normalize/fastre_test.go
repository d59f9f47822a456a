package normalize

import (
	"html"
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// cueRegexps are the regexps searched by cue.
var cueRegexps = []*cueRegexp{deadlineCue, locOnsite, strongOnsite, bodyHybrid, bodyRemote, bodyRegion, officeMention, unpaidRe,
	titleMicro, bodyIntern, bodyVolunteer, bodyContract, bodyProject, bodyPart, bodyFull,
	reWeekly, reHourWeek, reTotal, reDuration, totalNotBefore, durCue, durNotBefore, durAfterEffort,
	cueBefore, upToBefore, badBefore, payWord, zoneHours}

// fastTexts are texts that exercise the fast paths: odd case, runes that
// fold to ASCII letters, invalid UTF-8 and cut words.
func fastTexts() []string {
	out := []string{benchText,
		"Apply by June 30", "xApply by June 30", "apply by\n\n  Monday, June 30", "DUE BY 7/15", "deadline:2026-07-15",
		"This role is ON-SITE in Austin", "this role is \u017fite", "mu\u017ft be on\u017fite", "remote work is not possible!",
		"we are 100% onsite", "not remote.", "Remote within the US only", "based in Canada", "EU-based applicants",
		"applicants must be located in the United Kingdom", "work remotely", "micro internships", "Micro-Internship!",
		"as an intern", "this is an exciting paid internship", "independent contractor basis", "a part-time", "is full time",
		"unpaid time off", "non-paid", "volunteering", "for credit only", "zero pay", "\xffunpaid\xff",
		"about 15 hours a week", "~10 hrs/wk", "up to 20 hours per week for 3 months", "10 to 20 hours",
		"a 40-hour workweek", "no more than 25 hours a week", "two weeks", "4-6 months", "annual salary of $90k",
		"up to $500", "raised $10M", "hourly rate: $20", "\u212a hours \u017f", "ſalary", "<p>hi</p>", ""}
	for _, s := range out[1:] {
		out = append(out, "X"+strings.ToUpper(s)+"\u00a0")
	}
	return out
}

// domainTexts are the test cases of the parsers that use each cue search.
func domainTexts() map[*cueRegexp][]string {
	var pay, effort, remote, types, deadline []string
	for _, c := range payCases {
		pay = append(pay, c.text)
	}
	for _, c := range effortCases {
		effort = append(effort, c.text)
	}
	for _, c := range remoteCases {
		remote = append(remote, c.loc, c.text)
	}
	for _, c := range typeCases {
		types = append(types, c.title, c.text)
	}
	for _, c := range deadlineCases {
		deadline = append(deadline, c.text)
	}
	m := map[*cueRegexp][]string{deadlineCue: deadline}
	for _, c := range []*cueRegexp{locOnsite, strongOnsite, bodyHybrid, bodyRemote, bodyRegion, officeMention} {
		m[c] = remote
	}
	for _, c := range []*cueRegexp{titleMicro, bodyIntern, bodyVolunteer, bodyContract, bodyProject, bodyPart, bodyFull} {
		m[c] = types
	}
	for _, c := range []*cueRegexp{reWeekly, reHourWeek, reTotal, reDuration, totalNotBefore, durCue, durNotBefore, durAfterEffort} {
		m[c] = effort
	}
	for _, c := range []*cueRegexp{unpaidRe, cueBefore, upToBefore, badBefore, payWord} {
		m[c] = pay
	}
	return m
}

func checkCue(t *testing.T, c *cueRegexp, s string) {
	t.Helper()
	re := c.plain()
	if got, want := c.MatchString(s), re.MatchString(s); got != want {
		t.Errorf("%.40s MatchString(%q) = %v, want %v", re, s, got, want)
	}
	if got, want := c.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("%.40s FindStringSubmatchIndex(%q) = %v, want %v", re, s, got, want)
	}
	if got, want := c.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("%.40s FindAllStringSubmatchIndex(%q) = %v, want %v", re, s, got, want)
	}
}

// checkCueWrappers checks the thin wrappers over the searches.
func checkCueWrappers(t *testing.T, c *cueRegexp, s string) {
	t.Helper()
	re := c.plain()
	if got, want := c.FindStringIndex(s), re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("%.40s FindStringIndex(%q) = %v, want %v", re, s, got, want)
	}
	if got, want := c.FindAllStringIndex(s, 2), re.FindAllStringIndex(s, 2); !reflect.DeepEqual(got, want) {
		t.Errorf("%.40s FindAllStringIndex(%q, 2) = %v, want %v", re, s, got, want)
	}
	if got, want := c.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("%.40s FindAllStringSubmatch(%q) = %v, want %v", re, s, got, want)
	}
}

// slowTextSteps are Text's white space steps with the regexps.
func slowTextSteps(s string) []string {
	return []string{spaces.ReplaceAllString(s, " "), newlines.ReplaceAllString(s, "\n"), glued.ReplaceAllString(s, "$1$2 $3")}
}

func fastTextSteps(s string) []string {
	return []string{foldSpaces(s), foldNewlines(s), unglue(s)}
}

// textRegexps is Text with the regexps only: what Text must return.
func textRegexps(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	s = comment.ReplaceAllString(s, " ")
	s = dropped.ReplaceAllString(s, " ")
	s = listTag.ReplaceAllString(s, "\n- ")
	s = blockTag.ReplaceAllString(s, "\n")
	s = cellTag.ReplaceAllString(s, " ")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = zeroes.Replace(s)
	s = unescapeMarkdown(s)
	s = spaces.ReplaceAllString(s, " ")
	s = newlines.ReplaceAllString(s, "\n")
	s = glued.ReplaceAllString(s, "$1$2 $3")
	return strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD")
}

func checkFast(t *testing.T, s string) {
	t.Helper()
	for _, c := range cueRegexps {
		checkCue(t, c, s)
	}
	if got, want := Text(s), textRegexps(s); got != want {
		t.Errorf("Text(%q) = %q, want %q", s, got, want)
	}
	if got, want := fastTextSteps(s), slowTextSteps(s); !reflect.DeepEqual(got, want) {
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("Text step %d(%q) = %q, want %q", i, s, got[i], want[i])
			}
		}
	}
	for _, tr := range []struct {
		re    *regexp.Regexp
		words map[string]bool
	}{{hourTrigger, hourWords}, {durTrigger, durWords}} {
		if got, want := wordMatches(s, tr.re, tr.words), tr.re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("wordMatches(%q) = %v, want %v", s, got, want)
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c >= 0x80 && c < 0xc0) || (len(s) > 300 && !isDigit(c) && c != '$' && c != 'U') {
			continue // inside a rune; long texts: where amounts start
		}
		w := s[i:min(len(s), i+100)]
		if got, want := moneyAt(w), reMoneyAt.FindStringSubmatchIndex(w); !reflect.DeepEqual(got, want) {
			t.Errorf("moneyAt(%q) = %v, want %v", w, got, want)
		}
	}
	if got, want := hasZeroes(s), zeroes.Replace(s) != s; got != want {
		t.Errorf("hasZeroes(%q) = %v", s, got)
	}
	if got, want := containsFold(s, "remote"), strings.Contains(strings.ToLower(s), "remote"); got != want {
		t.Errorf("containsFold(%q) = %v", s, got)
	}
}

// TestFastPaths checks that the cue searches and hand-written scanners find
// exactly what the regexps they stand for find.
func TestFastPaths(t *testing.T) {
	for _, s := range fastTexts() {
		checkFast(t, s)
	}
	for c, texts := range domainTexts() {
		for _, s := range texts {
			checkCue(t, c, s)
		}
	}
	html := []string{"<!-- a -->b<!--c", "<SCRIPT>x</script >y", "<style>a</STYLE\n>b<script>", "<scripts>a</script>",
		"<li>a<LI class=x>b< li>c<lI", "<br/><BR>< br ><brx></p ><P><h1>x</H6><h7>", "<  /td><TH><tdx><t", "<a href='x'>y</a><!x><?x><1>",
		"a  b\u00a0\u2003c\t\fd\ve\u3000f", "a \n\n b\n \n c \n", "done.Next word;And a)B c\u201d.Dd x.\u00c9t\u00e9 \u00e9\u00e9.\u00c9t\u00e9",
		"ab.Cd.Ef", "<h\u017f>x</h\u017f>", "<\u017fcript>x</script>", "x\u200bx\r\ny\u00ad",
		// where the tokenizer and the regexps disagree, Text takes the regexps
		`<a title="x>y">z</a>`, "a<p", "a<p class=\"x", "<!-->x-->y", "a&am<b></b>p;b", "R&D</li><li>x", "a&copy<i></i>b",
		"<textarea>&amp;<b></textarea>", "<xmp>&amp;</xmp>", "<li-x>a", "< li>a< /p>b", "<script>if(a<b)</script>c",
		"<head><title>T</title>x</head>y", "<!DOCTYPE html><p>a", "<![CDATA[x]]>y", "a</>b", "<p>\x00</p>", "<br\v>a",
		"x<!--a--!>y-->z", "<script>a</style>b</script>c", "<script>a</script foo>b</script>c", "<style>a", "<p>a\r&#10;b</p>",
		"<h1>a</h1 >b<h2\n>c", "<td>a</td><th x=1>b", "<plaintext>a<b>", "<p title='<b>'>x", "<!x <!-- y -->z", "</ p>x",
		"<div>&lt;b&gt;</div>", "<p>a&amp</p>b", "<img src=x alt='a'/>b<br/>c", "<a\nhref=x>y</a>"}
	for _, s := range html {
		checkFast(t, s)
		checkFast(t, strings.ToUpper(s))
	}
	for _, s := range []string{"Remote within the US only. Apply by June 30; due by 7/15 or DUE on ſunday", "applicants based in the EU and \u212a"} {
		for _, c := range cueRegexps {
			checkCueWrappers(t, c, s)
		}
	}
}

// TestMoneyAt checks moneyAt on random amounts and ranges.
func TestMoneyAt(t *testing.T) {
	checkMoneyAt(t, 1, []string{"$", "US$", "C$", "€", "£", "₹", "USD", "EUR", "Rs", "Rs.", "1", "12", "123", "1234", "1,234", "1.234", "12,34",
		"1\u202f234", ".5", ",50", "k", "K", "m", "mn", "bn", "b", "B", "thousand", "million", " ", "  ", "\t", "-", "–", "—", "~",
		"to", "TO", "and", "x", "/", "hr", "\n", "é"})
}

// checkMoneyAt compares moneyAt with reMoneyAt on 5,000 strings of up to
// ten random parts.
func checkMoneyAt(t *testing.T, seed int64, parts []string) {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		if got, want := moneyAt(s), reMoneyAt.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("moneyAt(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCuePrefixes checks that each cue search has prefixes to look for,
// of 1 to 8 bytes.
func TestCuePrefixes(t *testing.T) {
	for _, c := range cueRegexps {
		if n := c.load().fast.MinPrefix(); n < 1 || n > 8 {
			t.Errorf("%.40s: shortest prefix of %d bytes", c.plain(), n)
		}
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastTexts()[1:] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, s)
	})
}
