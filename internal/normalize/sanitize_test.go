package normalize

import (
	"strings"
	"testing"
)

// sanitizeTexts are HTML fragments for Sanitize's fast path: the plain
// subset, every way out of it, and the fast paths' texts.
func sanitizeTexts() []string {
	out := []string{"<p>a</p><ul><li>b</li><li>c's \"d\" &amp; e &lt;f&gt; g > h</li></ul><br/><h3>x</h3>",
		"<p>a &#39;b&#34; &quot;c&quot; &nbsp; &copy; &#x27; &am</p>", "<P>a</P>", "<p >a</p >", "<p class=x>a</p>",
		"<a href=\"https://x.com\">x</a>", "<a>x</a>", "<span>x</span>", "<script>x</script>y", "<style>a</style>b",
		"<title>t</title>", "<textarea>&amp;<b></textarea>", "a < b", "a <3 b", "<!-- c -->x", "<!DOCTYPE html>x",
		"<br>", "<br/>", "<br />", "</br>", "<p/>", "<li-x>a", "<p>\r\nx</p>", "a\x00b", "<p>é\u00a0ſ K</p>", "  ", " <p> </p> ",
		"<unknown>x</unknown>", "<h7>x</h7>", "<table><tr><td>a</td></tr></table>", "<img/>", "<hr/>", "&", "&amp", "<", ">",
		"<div><p>x</p></div>", "<strong>a</strong><em>b</em><b>c</b><i>d</i>", "<pre>  a\n  b</pre>", "<p>a</p\n>", "<\x00p>",
		"a & b", "R&D and R&amp;D", "a &", "a &<p>", "&;", "&-x", "&#", "&#x", "&#39", "&amp", "&ampx;", "&amp x;", "&nbsp;&quot;&#x27;&mdash;&reg;&hellip;",
		"&NBSP; &Amp; &AMP;", "&notit; &notin;", `<p style="min-height:1.5em">x</p>`, `<p style="a">`, `<p style='a'>`, `<p style="a" class="b">`,
		`<p style="a"/>`, `<br style="x"/>`, `<p style="a&amp;b">`, `<p style="<">`, `<p  style="a">`, `<p style=a>`, `</p style="x">`,
		`<p style="/">x`, `<p style="a"`, `<p style="`, `<p style="a\nb">`, `<span style="font-size: 11pt;">x</span>`,
		`<strong style="font-size: 18px;">x</strong>`, `<p style="a" style="b">`, `<p style="x"style="y">`, `<p style="">`}
	for _, s := range fastTexts() {
		out = append(out, s, "<p>"+s+"</p>")
	}
	return append(out, benchHTML)
}

// checkSanitize checks Sanitize's fast path against bluemonday.
func checkSanitize(t *testing.T, s string) {
	t.Helper()
	s = strings.ToValidUTF8(s, "\uFFFD")
	want := policy.Sanitize(s)
	if got, ok := sanitizePlain(s); ok && got != want {
		t.Errorf("sanitizePlain(%q) = %q, bluemonday %q", s, got, want)
	}
	if got := Sanitize(s); got != strings.TrimSpace(want) {
		t.Errorf("Sanitize(%q) = %q, bluemonday %q", s, got, strings.TrimSpace(want))
	}
}

// TestSanitizeLikeBluemonday: Sanitize's fast path writes what bluemonday
// writes, on the shared fixtures' descriptions, the agreement cases and
// fragments in and out of the plain subset; it takes the plain ones.
func TestSanitizeLikeBluemonday(t *testing.T) {
	if len(plainTags) < 10 || !plainTags["p"] || !plainTags["li"] || plainTags["a"] || plainTags["script"] {
		t.Fatalf("plainTags %v", plainTags)
	}
	for _, s := range sanitizeTexts() {
		checkSanitize(t, s)
	}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			checkSanitize(t, c.Text)
		}
	}
	for _, s := range []string{benchHTML, "<p>a</p><ul><li>b's</li></ul>", "x &amp; y", "R& D &nbsp;", `<p style="min-height:1.5em">x</p>`} {
		if _, ok := sanitizePlain(s); !ok {
			t.Errorf("sanitizePlain(%q): not taken", s)
		}
	}
}

// TestSanitizeFixtures: on every description of the shared fixtures.
func TestSanitizeFixtures(t *testing.T) {
	fast := 0
	texts := fixtureTexts(t)
	for _, s := range texts {
		checkSanitize(t, s)
		if _, ok := sanitizePlain(s); ok {
			fast++
		}
	}
	t.Logf("%d of %d fixture texts take the fast path", fast, len(texts))
}

// FuzzSanitize: on any input Sanitize writes what bluemonday writes.
func FuzzSanitize(f *testing.F) {
	for _, s := range sanitizeTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSanitize(t, s)
	})
}

func BenchmarkSanitize(b *testing.B) {
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			Sanitize(benchHTML)
		}
	})
	b.Run("bluemonday", func(b *testing.B) {
		for b.Loop() {
			strings.TrimSpace(policy.Sanitize(benchHTML))
		}
	})
}
