package hackernews

import (
	"html"
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxTitle bounds a title taken from free text, in runes.
const maxTitle = 120

var (
	tagRe         = regexp.MustCompile(`(?s)<[^>]*>`)
	emptyParensRe = regexp.MustCompile(`\(\s*\)`)
	// breakRe finds the end of the first line: a paragraph, a line break or a newline.
	breakRe  = regexp.MustCompile(`(?i)<p\b|<br\b|\n`)
	urlRe    = regexp.MustCompile(`(?i)\bhttps?://[^\s()|<>]+`)
	remoteRe = regexp.MustCompile(`(?i)\bremote\b`)
	hybridRe = regexp.MustCompile(`(?i)\bhybrid\b`)
	onsiteRe = regexp.MustCompile(`(?i)\b(on-?site|on site|in-office|in office|in-person|in person)\b`)
	typeRe   = regexp.MustCompile(`(?i)\b(full[- ]?time|part[- ]?time|contract(or|ors)?|intern(ship)?s?|freelance|permanent|temporary|seasonal|co-?op|fte)\b`)
	payRe    = regexp.MustCompile(`[$€£¥₹]|(?i)\b\d+(\.\d+)?\s?k\b|\b(usd|eur|gbp|cad|aud|chf|inr|salary|compensation|/hr|per hour)\b`)
	roleRe   = regexp.MustCompile(`(?i)\b(engineer\w*|developer\w*|dev|designer\w*|design|manager\w*|scientist\w*|analyst\w*|lead\w*|head of|director\w*|advocate\w*|specialist\w*|architect\w*|sre\w*|devops|researcher\w*|research|writer\w*|marketer\w*|marketing|recruiter\w*|founding|product|sales|support|consultant\w*|administrator\w*|technician\w*|officer\w*|coordinator\w*|associate\w*|assistant\w*|programmer\w*|cto|vp|principal|staff|senior|junior|full[- ]?stack|frontend|front[- ]end|backend|back[- ]end|machine learning|ml|ai|data|operations|ops|editor\w*|tutor\w*|teacher\w*|accountant\w*|counsel|roles|positions|intern)\b`)
	// fillerRe is what is left of a remote or type part once its tokens
	// are gone; anything else is a place ("Remote (EMEA)").
	fillerRe   = regexp.MustCompile(`(?i)\b(or|and|ok|only|friendly|first|fully|possible|preferred|required|optional|time|employee|employment|position|role|roles|also|plus|welcome|globally|anywhere|days?|weeks?|per|a|in|the|from|home|office|\d+)\b|[^\p{L}\p{N}]+`)
	notPlaceRe = regexp.MustCompile(`(?i)visa|equity|sponsor|https?:|www\.|@|apply|benefit|bonus|stock|relocat|\byc\b|series [a-e]\b|funded|\d`)
)

// header is what the conventional first line of a posting says:
// "Company | Role | Location | REMOTE/ONSITE | Full-time | $salary".
type header struct {
	company, companyURL, title string
	locations                  []string
	remote, employment, pay    string
	piped                      bool // the line had "|" separators
}

// firstLine is the plain text of the comment up to its first paragraph
// or line break.
func firstLine(commentHTML string) string {
	first, _ := headLines(commentHTML)
	return first
}

// headLines returns the first two non-empty lines of the comment as plain text.
func headLines(commentHTML string) (first, second string) {
	var lines []string
	for _, chunk := range breakRe.Split(commentHTML, 8) {
		line := html.UnescapeString(tagRe.ReplaceAllString(chunk, " "))
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
		if len(lines) == 2 {
			break
		}
	}
	lines = append(lines, "", "")
	return lines[0], lines[1]
}

// shortLine is the most words a first line may have to be read as a bare
// company name ("This Dot Labs") that the second line completes.
const shortLine = 5

// headline is the title of a posting without "|" separators: the first
// line, completed by the second when the first is only a few words.
func headline(commentHTML string) string {
	first, second := headLines(commentHTML)
	if second != "" && len(strings.Fields(first)) <= shortLine && !strings.HasSuffix(first, ".") {
		return truncate(first + " — " + second)
	}
	return truncate(first)
}

// parseHeader reads a first line. Without "|" separators the line is
// the title and nothing else is known.
func parseHeader(line string) header {
	parts := splitParts(line)
	if len(parts) < 2 {
		return header{title: truncate(line)}
	}
	h := header{piped: true}
	h.company, h.companyURL = companyPart(parts[0])
	var roles, rest []string
	remote := map[string]bool{}
	for _, part := range parts[1:] {
		rest = append(rest, part)
		kind := remoteKind(part)
		remote[kind] = remote[kind] || kind != ""
		if payRe.MatchString(part) {
			h.pay = firstOf(h.pay, part)
			continue
		}
		switch {
		case isPureType(part):
			h.employment = firstOf(h.employment, part)
		case roleRe.MatchString(part) && (kind == "" || roleRe.MatchString(leftover(part))):
			roles = append(roles, part)
		case typeRe.MatchString(part) && kind == "":
			h.employment = firstOf(h.employment, part)
		case kind != "" && leftover(part) != "":
			h.locations = append(h.locations, part)
		case kind == "" && isPlace(part, h.company):
			h.locations = append(h.locations, part)
		}
	}
	h.remote = pickRemote(remote)
	h.title = title(h.company, roles, rest)
	return h
}

func splitParts(line string) []string {
	var parts []string
	for _, p := range strings.Split(line, "|") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// companyPart splits "Acme (https://acme.example)" into name and URL.
func companyPart(s string) (name, link string) {
	if u := urlRe.FindString(s); u != "" {
		link = strings.TrimRight(u, ".,;:)")
		s = strings.Replace(s, u, "", 1)
		s = emptyParensRe.ReplaceAllString(s, "")
	}
	name = strings.Trim(strings.Join(strings.Fields(s), " "), " -–—:,(")
	return name, link
}

// remoteKind is the part's own remote signal: hybrid wins over remote
// ("Hybrid (2 days remote)"), remote over onsite.
func remoteKind(part string) string {
	switch {
	case hybridRe.MatchString(part):
		return "hybrid"
	case remoteRe.MatchString(part):
		return "remote"
	case onsiteRe.MatchString(part):
		return "onsite"
	}
	return ""
}

// pickRemote combines the parts: remote if any part offers it, else
// hybrid, else onsite.
func pickRemote(kinds map[string]bool) string {
	for _, k := range []string{"remote", "hybrid", "onsite"} {
		if kinds[k] {
			return k
		}
	}
	return ""
}

// isPureType reports whether a part only names employment types
// ("Full-time", "Permanent (Full-time)", "Full time or contract").
func isPureType(part string) bool {
	return typeRe.MatchString(part) && strings.TrimSpace(fillerRe.ReplaceAllString(typeRe.ReplaceAllString(part, " "), " ")) == ""
}

// leftover is a part without its remote and type tokens and fillers.
func leftover(part string) string {
	s := remoteRe.ReplaceAllString(part, " ")
	s = hybridRe.ReplaceAllString(s, " ")
	s = onsiteRe.ReplaceAllString(s, " ")
	s = typeRe.ReplaceAllString(s, " ")
	return strings.TrimSpace(fillerRe.ReplaceAllString(s, " "))
}

func isPlace(part, company string) bool {
	return utf8.RuneCountInString(part) <= 60 && !notPlaceRe.MatchString(part) && !strings.EqualFold(part, company)
}

// title is the role parts, or "Company: rest of the line".
func title(company string, roles, rest []string) string {
	if len(roles) > 3 {
		roles = roles[:3]
	}
	if len(roles) > 0 {
		return truncate(strings.Join(roles, " / "))
	}
	if company == "" {
		return truncate(strings.Join(rest, " | "))
	}
	return truncate(company + ": " + strings.Join(rest, " | "))
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// truncate cuts s to maxTitle runes at a word boundary, with an ellipsis.
func truncate(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	r := []rune(s)[:maxTitle]
	cut := string(r)
	if i := strings.LastIndex(cut, " "); i > maxTitle/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}
