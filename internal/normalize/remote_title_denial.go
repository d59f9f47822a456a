package normalize

import (
	"regexp"
	"strings"
)

// Workplace wording in titles (table tests in
// remote_title_denial_test.go): remote denied in words the older readers do not
// know ("not eligible for remote", "Work from home not available",
// "Remote(No)"), hybrid stated beside a denial ("Hybrid (non-remote)") or
// as "Hybrid Remote", a title segment that is only "Remote" between em
// dashes, and home work or on-site work named in French, Spanish,
// Portuguese, Dutch or German ("en télétravail", "remoto", "thuiswerken",
// "Home Office", "presencial") unless a negation stands before it.
var (
	// titleDenyRe is remote work denied in a title: not eligible/open
	// for it, or "remote"/"work from home" right before "not available",
	// "unavailable" (ending the title or a segment of it), or "Remote(No)".
	// "Remote Support Engineer - not available for sponsorship" is not
	// one: the denial must follow the remote words at once and end there.
	titleDenyRe = regexp.MustCompile(`(?i)\bnot\s+(?:eligible|open|available)\s+for\s+(?:remote|work(?:ing)?\s+from\s+home|wfh)\b|` +
		`\b(?:remote|work(?:ing)?\s+from\s+home|wfh)\s*(?:[-–—:|]\s*)?(?:not\s+(?:available|possible|offered)|unavailable)\s*(?:$|[-–—|)\],;.])|` +
		`\bremote\s*\(\s*(?:no|none)\s*\)|\bremote\s*[-–—:]\s*(?:no|none)\s*$`)

	// hybridRemoteTitle is hybrid named with remote: "Hybrid Remote",
	// "hybrid-remote", or a hybrid word anywhere in a title that denies
	// remote work (read by titleModeNote only after a denial).
	hybridRemoteTitle = regexp.MustCompile(`(?i)\bhybrid[- ]remote\b`)
	hybridWordTitle   = regexp.MustCompile(`(?i)\bhybrid\b`)

	// remoteOnlySegment is a title segment that is only the word remote,
	// set off by dashes or bars of any length: "Data Analyst — Remote —
	// No sponsorship" (titleWhere knows only the hyphen after it).
	remoteOnlySegment = newCueRegexp(`(?i)(?:^|[-–—|]\s*)(?:fully\s+|100%\s+)?remote\s*(?:[-–—|]|$)`)

	// foreignRemoteTitle is home work named in a title in French, Spanish,
	// Portuguese, Dutch or German; foreignNeg is a negation right
	// before it ("no remoto", "sin teletrabajo", "pas de télétravail",
	// "geen thuiswerken", "kein Home Office", "non-télétravail") and
	// foreignNegAfter one right after it ("télétravail : non").
	// Two-word "Home Office" counts only ending the title (a German note:
	// "Berater Home Office"), since the UK Home Office is a ministry.
	foreignRemoteTitle = newCueRegexp(`(?i)\bt[ée]l[ée]travail\b|\bremot[oa]\b|\bteletrabajo\b|\bthuiswerk(?:en)?\b|\bhome-?office\b|\bhome office\s*\)?\s*$`)
	foreignNeg         = regexp.MustCompile(`(?i)(?:\b(?:no|não|nao|sin|sem|pas\s+de|geen|kein(?:e|en)?|non)\s*-?\s*|\bnon-)$`)
	foreignNegAfter    = regexp.MustCompile(`(?i)^\s*:\s*(?:non|no|nee|nein)\b`)

	// presencialTitle is on-site work in Spanish or Portuguese anywhere in a
	// title ("Consultor presencial"); "semipresencial" is hybrid and is
	// not matched.
	presencialTitle = regexp.MustCompile(`(?i)(?:^|[^\p{L}-])presencial\b`)
)

// titleModeKeys are words one of which every match of the title
// regexps holds; a title holding none is not searched.
var titleModeKeys = newFoldWords("remote", "home", "wfh", "travail", "remot", "trabajo", "thuiswerk", "encial")

// titleModeNote returns a place-of-work note for a title in the wording
// above, to be read like a location: "Not remote" for a denial, "Hybrid"
// for hybrid work, "Remote" for home work and "Presencial" for on-site
// work; "" when the title says none of these.
func titleModeNote(title string) string {
	if !titleModeKeys.in(title) {
		if n := cyrillicTitleNote(title); n != "" { // "Junior Web Developer (удаленно)": remote_modes_japanese_russian_dutch.go
			return n
		}
		return asianTurkishTitleNote(title) // "Admin (Kerja dari Rumah)": remote_modes_asian_greek_hebrew.go
	}
	denied := titleDenied(title) // guard_location.go
	plain := noRemoteIn(title) != ""
	switch {
	case hybridRemoteIn(title):
		return "Hybrid"
	case denied || plain && noRemoteInTitle(title) != "":
		if hybridWordTitle.MatchString(title) && !remoteCompound.MatchString(title) {
			return "Hybrid" // "Product Manager, Hybrid (non-remote)"
		}
		if denied {
			return "Not remote"
		}
		return ""
	case plain:
		return "Remote" // "Remote: No Cold Calling Sales Rep": the "no" is the next words'
	case containsFold(title, "encial") && presencialTitle.MatchString(title):
		return "Presencial" // "Consultor presencial, no remoto" too
	}
	if titleNote(title) != "" {
		return "" // "(teilweise Home Office)", "(kein Home Office)": read by titleNote
	}
	for _, m := range foreignRemoteTitle.FindAllStringIndex(title, 3) {
		if foreignNeg.MatchString(title[max(0, m[0]-12):m[0]]) || foreignNegAfter.MatchString(title[m[1]:]) {
			continue
		}
		if remoteCompound.MatchString(title[m[0]:]) {
			continue
		}
		return "Remote (" + strings.TrimSpace(strings.TrimRight(title[m[0]:m[1]], ") ")) + ")"
	}
	if containsFold(title, "remote") && remoteOnlySegment.MatchString(title) && !remoteCompound.MatchString(title) && titleWhereIn(title) == "" {
		return "Remote"
	}
	return ""
}

// noRemoteInTitle is noRemoteIn without a "Remote: No" that opens a longer
// phrase ("Remote: No Cold Calling Sales Rep", "Remote - No Experience"):
// there "no" belongs to the words after it, and the title is remote.
func noRemoteInTitle(title string) string {
	if !containsFold(title, "remote") || !mayNoRemote(title) { // guard_location.go
		return ""
	}
	loc := locNoRemote.FindStringIndex(title)
	if loc == nil {
		return ""
	}
	m := title[loc[0]:loc[1]]
	if strings.HasPrefix(strings.ToLower(m), "remote") && remoteNoWordAfter.MatchString(title[loc[1]:]) {
		return ""
	}
	return m
}

// remoteNoWordAfter is a word right after a "Remote: No": the "no" qualifies it.
var remoteNoWordAfter = regexp.MustCompile(`^\s+\p{L}`)

// spaceHintWords spaces out a structured workplace value written as one
// identifier ("ORA_REMOTE", "WORKPLACE_HYBRID"), so its words are read.
func spaceHintWords(hint string) string {
	if strings.IndexByte(hint, '_') < 0 {
		return hint
	}
	return strings.ReplaceAll(hint, "_", " ")
}

// homeOfficePlaceRe is a location that is home office with its place in
// brackets, written like "Remote (Berlin)": "Home Office (Belfast)",
// "Home Office (CT)". A bare "Home Office" is read by homeOfficeLoc;
// a place before the words ("Bozeman, MT - Home Office", "TX Home
// Office") is left alone, since US employers name their head office so.
var homeOfficePlaceRe = regexp.MustCompile(`(?i)^\s*home[- ]?office\s*\(\s*[\p{L}][\p{L} .,'-]{1,30}\)\s*$`)

// homeOfficePlaceLoc reports a location that is home office in a named place.
func homeOfficePlaceLoc(loc string) bool {
	return len(loc) <= 48 && containsFold(loc, "home") && homeOfficePlaceRe.MatchString(loc)
}

// remoteDenial is a denial right before remote wording in a description:
// "This is not a fully remote role", "the job is not remote".
var remoteDenial = regexp.MustCompile(`(?i)(?:\b(?:not|never|isn'?t)\s+(?:an?\s+)?(?:fully\s+|100\s?%\s+|entirely\s+)?|\bnon[- ]?)$`) // "non-remote" too

// deniedBefore reports a denial right before text[at:].
func deniedBefore(text string, at int) bool {
	return remoteDenial.MatchString(text[max(0, at-24):at])
}
