package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// checkPlainHTMLText fails unless plainHTMLText(s) is htmlText(s) wherever
// it reports true, and reports true exactly where sanitizePlain accepts s
// and htmlText reports true. It returns whether it took s.
func checkPlainHTMLText(t *testing.T, s string) bool {
	t.Helper()
	got, ok := plainHTMLText(s)
	want, wantOK := htmlText(s)
	_, plain := sanitizePlain(s)
	if ok != (plain && wantOK) {
		t.Fatalf("plainHTMLText(%q) ok = %v; sanitizePlain %v, htmlText %v", s, ok, plain, wantOK)
	}
	if ok && got != want {
		t.Fatalf("plainHTMLText(%q) = %q, htmlText %q", s, got, want)
	}
	return ok
}

// TestPlainHTMLText compares plainHTMLText with the tokenizer's htmlText
// on random sequences of the pieces sanitizePlain accepts and of a few it
// does not, and on every text of the package's test data.
func TestPlainHTMLText(t *testing.T) {
	for _, s := range []string{"<p>a</p>", "<p>R&amp;D &copy; x&nbsp;y</p><ul><li>a</li></ul>", "x&<b>y</b>", "x&<p>y",
		"a&#39;b&#34;c&quot;", `<p style="color:red">x</p><br/>`, "<td>1</td><th>2</th>", "a & b <br/>c"} {
		checkPlainHTMLText(t, s)
	}
	parts := []string{"<p>", "</p>", "<br>", "<br/>", "</br>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "<h1>", "</h3>",
		"<b>", "</strong>", "<em>", "<td>", "</th>", "<tr>", "<table>", "<div>", "</div>", "<span>", "<pre>", "<code>",
		`<p style="a:b">`, `<div style="">`, `<span style="x y">`, "<hr/>", "<p/>", "<blockquote>", "<dd>", "<dt>",
		"&amp;", "&lt;", "&gt;", "&#39;", "&#34;", "&quot;", "&apos;", "&#x27;", "&nbsp;", "&mdash;", "&ndash;", "&copy;",
		"&hellip;", "&euro;", "&eacute;", "&", "& ", "&;", "&#", "#", ";", "a", "Bc", "word", " ", "\n", "\t", ".", "'", "\"",
		">", "é", "\u00a0", "1", "_",
		// not accepted
		"<P>", "<a href=x>", "<p class=a>", "<x>", "&bogus;", "&amp", "<", "\r", "\x00", "<!-- c -->", "<script>", "<p >"}
	r := rand.New(rand.NewSource(12))
	took := 0
	n := 40000 / raceThin()
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := r.Intn(14); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		if checkPlainHTMLText(t, b.String()) {
			took++
		}
	}
	for _, name := range []string{"desc.html", "large.html"} {
		checkPlainHTMLText(t, readTestdata(t, name))
	}
	if took < n/10 {
		t.Fatalf("plainHTMLText took %d of %d texts", took, n)
	}
	t.Logf("plainHTMLText took %d of %d texts", took, n)
}

// FuzzPlainHTMLText compares plainHTMLText with htmlText.
func FuzzPlainHTMLText(f *testing.F) {
	for _, s := range []string{"<p>a&amp;b</p><ul><li>c</li></ul>", "x&<b>y", `<p style="a">b&nbsp;c</p><br/>`, "<td>&#39;</td>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Contains(s, "<") && !slowText(s) {
			checkPlainHTMLText(t, validUTF8(s))
		}
	})
}
