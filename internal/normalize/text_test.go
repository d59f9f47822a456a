package normalize

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "Hello  world", "Hello world"},
		{"glued sentence", "<p>Perform other duties as assigned.Adhere to policies.</p>", "Perform other duties as assigned. Adhere to policies."},
		{"glued after paren", "(see below).Next step", "(see below). Next step"},
		{"abbreviation kept", "U.S.A. and e.g.Foo", "U.S.A. and e.g.Foo"},
		{"domain kept", "Visit example.com today", "Visit example.com today"},
		{"node js kept", "Node.JS and Vue.js", "Node.JS and Vue.js"},
		{"br", "a<br>b<br/>c", "a\nb\nc"},
		{"list items", "<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
		{"lever li fragments", "<li>Write code</li><li>Ship it</li>", "- Write code\n- Ship it"},
		{"hn p without close", "Acme | Engineer | Remote<p>We build things.<p>Apply here.", "Acme | Engineer | Remote\nWe build things.\nApply here."},
		{"entities", "Tom &amp; Jerry&#39;s &nbsp;show", "Tom & Jerry's show"},
		{"escaped html", "&lt;p&gt;Hello&lt;/p&gt;&lt;p&gt;World&lt;/p&gt;", "Hello\nWorld"},
		{"script dropped", "<p>ok</p><script>alert(1)</script><style>p{}</style>", "ok"},
		{"comment dropped", "a<!-- hidden -->b", "a b"},
		{"headings", "<h3>Role</h3><p>Text</p>", "Role\nText"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"less than kept", "salary < $50k and > $40k", "salary < $50k and > $40k"},
		{"crlf", "a\r\nb", "a\nb"},
		{"zero width", "a\u200bb", "ab"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"blank lines folded", "<p>a</p>\n\n\n<p>b</p>", "a\nb"},
		{"inline tags", "<strong>no more than 25 hours</strong> a week", "no more than 25 hours a week"},
		{"smarterdx escaped", "&lt;p&gt;SmarterDx is seeking a part-time Client Support Analyst (&lt;strong&gt;no more than 25 hours a week, 5PM - 9PM ET&lt;/strong&gt;) who thrives&lt;/p&gt;", "SmarterDx is seeking a part-time Client Support Analyst (no more than 25 hours a week, 5PM - 9PM ET) who thrives"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSanitize(t *testing.T) {
	got := Sanitize(`<p onclick="x()">Hi <a href="https://e.com">link</a><script>alert(1)</script></p>`)
	if strings.Contains(got, "script") || strings.Contains(got, "onclick") || !strings.Contains(got, `rel="nofollow`) {
		t.Errorf("Sanitize = %q", got)
	}
}

func TestCleanLine(t *testing.T) {
	if got := CleanLine("  Amplitude \n &amp; Co  "); got != "Amplitude & Co" {
		t.Errorf("got %q", got)
	}
}

func TestSkills(t *testing.T) {
	tests := []struct {
		name  string
		tags  []string
		title string
		text  string
		want  string
	}{
		{"aliases", nil, "", "We use JS, k8s, golang and Postgres.", "JavaScript,Kubernetes,Go,PostgreSQL"},
		{"ml", nil, "ML Engineer", "", "Machine Learning"},
		{"english go", nil, "", "Let's go build something great. Ready to go?", ""},
		{"go with context", nil, "", "Experience with Go and Python.", "Go,Python"},
		{"go to market", nil, "", "Go to market with our Python tools.", "Python"},
		{"r alone", nil, "", "R. Smith will mentor you.", ""},
		{"r with python", nil, "", "Statistics in R or Python", "Statistics,R,Python"},
		{"c alone", nil, "", "Plan C is fine.", ""},
		{"c and c++", nil, "", "C and C++ programming", "C,C++"},
		{"c sharp", nil, "", "C# and .NET developer", "C#,.NET"},
		{"excel", nil, "", "Advanced Excel skills", "Excel"},
		{"react verb", nil, "", "You react quickly to feedback.", ""},
		{"react skill", nil, "", "React and TypeScript", "React,TypeScript"},
		{"multiword", nil, "", "Machine learning with scikit-learn and Node.js", "Machine Learning,scikit-learn,Node.js"},
		{"ci/cd", nil, "", "CI/CD pipelines with GitHub Actions", "CI/CD,GitHub Actions"},
		{"tags first", []string{"golang", "react", "Senior"}, "Backend Engineer", "Python", "Go,React,Backend Development,Python"},
		{"dedupe", nil, "JavaScript Developer", "js, JavaScript, ECMAScript", "JavaScript"},
		{"cv not vision", nil, "", "Send your CV to jobs@x.com", ""},
		{"rest word", nil, "", "Take some rest, and use REST APIs", "REST APIs"},
		{"per hr not HR", nil, "", "$20 per hr", ""},
		{"reedsy title", nil, "Senior Software Engineer (Node/Vue/TypeScript) - Remote Europe", "", "Node.js,Vue.js,TypeScript"},
		{"trailing period", nil, "", "We love Python.", "Python"},
		{"spanish fluent", nil, "", "Fluent Spanish required", "Spanish"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(Skills(tc.tags, tc.title, tc.text), ","); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSkillTableSize(t *testing.T) {
	names := map[string]bool{}
	for _, v := range skills.fold {
		names[v] = true
	}
	for _, v := range skills.exact {
		names[v] = true
	}
	if len(names) < 250 {
		t.Errorf("dictionary has %d skills, want a few hundred", len(names))
	}
}
