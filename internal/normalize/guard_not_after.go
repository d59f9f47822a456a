package normalize

// durNotAfter and totalNotAfter are asked about the 40 bytes after every
// duration and total parseDuration and parseTotal read. Both are anchored
// at the start and, past their leading `\s*`, every match starts with one
// of a few bytes: the first letters of their words (both cases) and "/"
// (and "-" for totalNotAfter). Most texts after a number and its unit
// start otherwise ("," ".", " and", " with"), so the first byte is checked
// before the regexp runs. A byte beyond ASCII runs the regexp: ſ folds to
// s and the Kelvin sign to k.

// firstBytes marks the bytes a match may start with past its white space.
type firstBytes [256]bool

// newFirstBytes marks each byte of set (lower-case letters and symbols)
// and the upper case of its letters.
func newFirstBytes(set string) *firstBytes {
	var f firstBytes
	for i := 0; i < len(set); i++ {
		b := set[i]
		f[b] = true
		if b >= 'a' && b <= 'z' {
			f[b-'a'+'A'] = true
		}
	}
	return &f
}

// may reports that a regexp of the form `^\s*(?:...)`, each of whose
// alternatives matches at least one byte, may match s: false only when s
// past its leading white space is empty or starts with an ASCII byte not
// in f.
func (f *firstBytes) may(s string) bool {
	i := skipSpaces(s, 0)
	return i < len(s) && (s[i] >= 0x80 || f[s[i]] || reference)
}

var (
	// durNotAfterFirst: of/old/off, experience/exp/each/every, ago/after/
	// a/an/annually, notice, probation/paid/prior/post/per, leave/later,
	// unpaid, from/for/following/free, before, remaining, in, trial,
	// money, guarantee, salary/severance/sick, vacation, holiday and "/".
	durNotAfterFirst = newFirstBytes("oeanplufbritmgsvh/")
	// totalNotAfterFirst: "/", per/prior/per, a/an/ago/after/a week,
	// each/every, week/weekly/window/work, day/daily, month/monthly,
	// of/overtime, notice, shift, later, before, in, response, turnaround
	// and "-" (from `[-\s]*(?:work)?(?:week|day)`).
	totalNotAfterFirst = newFirstBytes("/paewdmonslbirt-")
)

// durNotAfterMatch is durNotAfter.MatchString(s).
func durNotAfterMatch(s string) bool {
	return durNotAfterFirst.may(s) && durNotAfter.MatchString(s)
}

// totalNotAfterMatch is totalNotAfter.MatchString(s).
func totalNotAfterMatch(s string) bool {
	return totalNotAfterFirst.may(s) && totalNotAfter.MatchString(s)
}
