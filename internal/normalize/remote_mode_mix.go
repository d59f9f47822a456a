package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two statements of the workplace a board's flag or a bare word misses
// (table tests in remote_mode_mix_test.go):
//
//   - a mode field or line that joins the office and remote work with "+",
//     "/" or "&" and says nothing else ("Onsite + part remote", "Work mode:
//     Office/Remote", "Berlin (On-site + remote days)") is hybrid: the two
//     are mixed. A remote note with something else ("Remote + travel
//     stipend", "Remote/Anywhere") names no office and is left as read;
//     an office and remote offered as a choice in a sentence ("work from
//     our office or remotely") is the convention's remote.
//   - a sentence saying the role itself is worked on site ("You will work
//     on-site in Pune.", "This position is on-site.") beats a remote flag
//     or location, unless it is a visit, a few days or weeks, onboarding,
//     occasional or conditional ("when visiting clients"), or the text
//     itself calls the role remote.

// modeMixSegment is a whole segment naming an office and remote work
// joined by "+", "/" or "&", in either order.
var modeMixSegment = regexp.MustCompile(`(?i)^(?:(?:on[- ]?site|in[- ]office|office|in[- ]person)(?: work(?:ing)?)?\s*[+/&]\s*(?:(?:part(?:ial(?:ly)?|ly)?|some|occasional|flexible)\s+)?remote(?:\s+(?:days?|work(?:ing)?))?` +
	`|(?:(?:part(?:ial(?:ly)?|ly)?|some)\s+)?remote(?:\s+(?:days?|work(?:ing)?))?\s*[+/&]\s*(?:on[- ]?site|in[- ]office|office|in[- ]person)(?:\s+(?:days?|work(?:ing)?))?)$`)

// modeMix reports a mode mix in s: the whole of s, the value after its
// last colon or spaced dash ("Flexible - Office/Remote", a label and its
// value), or a note in brackets ending it, trimmed of marks.
func modeMix(s string) bool {
	if len(s) > 100 || !strings.ContainsAny(s, "+/&") || !containsFold(s, "remote") {
		return false
	}
	cut := func(t string) string { return strings.Trim(t, " \t\r*•·-–—|.;,") }
	segs := [4]string{cut(s)}
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		segs[1] = cut(s[i+1:])
	}
	if i := strings.LastIndex(s, " - "); i >= 0 {
		segs[3] = cut(s[i+3:])
	} else if i := strings.LastIndex(s, " – "); i >= 0 {
		segs[3] = cut(s[i+len(" – "):])
	}
	if t := cut(s); strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i >= 0 {
			segs[2] = cut(t[i+1 : len(t)-1])
		}
	}
	for _, g := range segs {
		if g != "" && modeMixSegment.MatchString(g) {
			return true
		}
	}
	return false
}

// reviseModeMix (called in Normalize after reviseJoinedModes) reads a
// location or a short line of the text that is a mode mix as hybrid.
func reviseModeMix(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid {
		return ri
	}
	for _, l := range locs {
		if modeMix(l) {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "location: "+l
			return ri
		}
	}
	for _, j := range [...]byte{'+', '/', '&'} {
		for from := 0; from < len(text); {
			i := strings.IndexByte(text[from:], j)
			if i < 0 {
				break
			}
			i += from
			if j == '/' && (i > 0 && (text[i-1] == ':' || text[i-1] == '/' || isDigit(text[i-1])) || i+1 < len(text) && (text[i+1] == '/' || isDigit(text[i+1]))) {
				from = i + 1 // a link or a date, no joiner
				continue
			}
			if !modeJoinerAt(text, i) {
				from = i + 1
				continue
			}
			// The line around the joiner, when it is at most 100 bytes.
			a := max(0, i-100)
			if k := strings.LastIndexByte(text[a:i], '\n'); k >= 0 {
				a += k + 1
			} else if a > 0 {
				a = -1
			}
			b := min(len(text), i+100)
			if k := strings.IndexByte(text[i:b], '\n'); k >= 0 {
				b = i + k
			} else if b < len(text) {
				b = -1
			}
			if a >= 0 && b >= 0 && modeMix(text[a:b]) {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[a:b])
				return ri
			}
			if b > i {
				from = b // the rest of this line was looked at
			} else {
				from = i + 1
			}
		}
	}
	return ri
}

// modeJoinerAt reports whether the joiner at i in text stands between
// what may end a mode ("onsite", "office", "remote", "days", "in-person",
// "working") and what may start one ("onsite", "remote", "in-office",
// "part", "some", "flexible"): a cheap test before the line is read.
func modeJoinerAt(text string, i int) bool {
	a, b := i-1, i+1
	for a >= 0 && text[a] == ' ' {
		a--
	}
	for b < len(text) && text[b] == ' ' {
		b++
	}
	if a < 0 || b >= len(text) {
		return false
	}
	p, n := text[a]|0x20, text[b]|0x20
	return (p == 'e' || p == 's' || p == 'n' || p == 'g') && (n == 'o' || n == 'r' || n == 'i' || n == 'p' || n == 's' || n == 'f')
}

// roleOnsite is a statement that the role is worked on site: "you will
// work on-site", "you'll be working onsite", "this role is on-site", "the
// position will be fully on site" (tried around the on-site words the
// shared key scan finds).
var roleOnsite = newPlainKeyRegexp(`(?i)\b(?:you(?:['’]ll| will| would)? (?:be )?work(?:ing)?|(?:this|the) (?:role|position|job|internship|opportunity) (?:is|will be))\s+(?:fully |full[- ]time |100% |entirely |exclusively )?on[- ]?site\b`, 90, 10,
	"on-site", "onsite", "on site")

// onsiteQualified is what after such a statement makes it a visit or a
// part: days, weeks, onboarding, occasions, clients' sites, a mix.
var onsiteQualified = regexp.MustCompile(`(?i)\b(?:days?|weeks?|months?|quarter\w*|year\w*|onboarding|induction|training|kick-?off|visits?|occasional\w*|sometimes|periodically|as needed|when(?:ever)?|if|once|twice|times|first|initial\w*|client\w*|customer\w*|partner\w*|events?|hybrid|remote\w*|part of|some|split|mix\w*|per|each|every)\b`)

// onsiteHedged is what before it in the same sentence makes it
// conditional, occasional or denied.
var onsiteHedged = regexp.MustCompile(`(?i)\b(?:when(?:ever)?|if|may|might|can|could|sometimes|occasionally|not|never|no longer|won['’]t|don['’]t|doesn['’]t|during|while|for (?:the )?first|some|our (?:\w+ )?(?:team|staff|technicians?|engineers?|colleagues)|they)\b`)

// reviseRoleOnsite (called in Normalize after reviseModeMix) reads a
// remote listing whose text says the role is worked on site as on-site.
func reviseRoleOnsite(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote {
		return ri // an unread listing's on-site wording is ParseRemote's
	}
	for _, m := range roleOnsite.FindAllStringIndex(text, 4) {
		if r, ok := roleOnsiteAt(text, m[0], m[1], ri); ok {
			return r
		}
	}
	return ri
}

// roleOnsiteAt reads the statement text[s:e] in its sentence: on-site
// unless hedged before or qualified after, or the text calls the role
// remote; ok reports a reading.
func roleOnsiteAt(text string, s, e int, ri RemoteInfo) (RemoteInfo, bool) {
	start := strings.LastIndexAny(text[:s], ".!?\n;") + 1
	end := len(text)
	if i := strings.IndexAny(text[e:], ".!?\n;"); i >= 0 {
		end = e + i
	}
	if onsiteHedged.MatchString(text[start:s]) || onsiteQualified.MatchString(text[e:end]) {
		return ri, false
	}
	if remoteAffirmed(text) {
		return ri, true // "A remote role; you will work on-site in Pune": the text says both
	}
	ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+text[s:end], []string{}
	return ri, true
}
