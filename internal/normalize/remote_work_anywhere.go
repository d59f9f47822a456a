package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// "Work anywhere" as a statement of the role (table tests in
// remote_work_anywhere_test.go): "Distributed team, work anywhere", "You
// can work anywhere you like", "Live and work anywhere in Europe" say the
// work is remote, as "work from anywhere" does (bodyRemote reads that
// one). The phrase counts where it opens a clause or follows its subject
// and a modal ("you can", "we're free to"), and ends there or goes on to
// where ("in the world", "in Europe", "you like", "with an internet
// connection"). Left as they are:
//
//   - a perk of an office job: "work anywhere for two weeks a year", "a
//     month of work anywhere", "our work-anywhere weeks" (the hyphenated
//     word is a modifier, never read here);
//   - a product or a topic: "our app lets teams work anywhere", "helping
//     people work anywhere";
//   - a place that is no region ("work anywhere in the office", "work
//     anywhere else") and a denial ("you cannot work anywhere but ...").

var (
	// anywhereLead is what must come right before "work anywhere": the
	// start of a clause, or a subject and a modal ("you can", "you're free
	// to"), with "live and" allowed in front of "work".
	anywhereLead = regexp.MustCompile(`(?i)(?:^|[.!?;:,(\[—–|•*\n]\s*|\s-\s+|\b(?:and|so|&)\s+|\b(?:you|you'll|you’ll|you're|you’re|we|we're|we’re|everyone|anyone|our team|the team)\s+(?:can|may|could|will|get to|are free to|are able to|free to|able to)\s+|\bfeel free to\s+|\b(?:freedom|flexibility)\s+to\s+)(?:live\s+and\s+)?work(?:ing)?\s+(?:remotely\s+|fully\s+remotely\s+)?(?:and\s+live\s+)?$`)
	// anywhereTail is what may follow "anywhere": the end of a clause, a
	// choice ("you like"), the world, a connection, or "in" and a place
	// (checked with regionList).
	anywhereTail = regexp.MustCompile(`(?i)^(?:\s*(?:$|[.!?;,)\]\n—–|])|\s+-\s|\s+(?:you|u)\s+(?:like|want|wish|choose|please|prefer)\b|\s+(?:in|around|across)\s+the\s+(?:world|globe)\b|\s+on\s+(?:earth|the\s+planet)\b|\s+with\s+(?:an?\s+)?(?:good\s+|stable\s+|reliable\s+|fast\s+|decent\s+)?(?:internet|wi-?fi|connection|laptop)\b|\s+(?:and|as)\s+(?:you|long)\b|\s+(?:in|within|across|from)\s+)`)
	// anywhereDenied is a denial or a limit right before the phrase:
	// "cannot work anywhere", "not able to work anywhere".
	anywhereDenied = regexp.MustCompile(`(?i)\b(?:not|never|cannot|can't|can’t|won't|won’t|unable)\b[^.!?;\n]{0,16}$`)
)

// workAnywhereMode (one of moreBodyModes' readers) reads the statements
// above as remote work; unknown when there is none.
func workAnywhereMode(text string) (model.Remote, string) {
	for i := indexWordFold(text, "anywhere", 0); i >= 0; i = indexWordFold(text, "anywhere", i+8) {
		if i > 0 && (text[i-1] == '-' || text[i-1] == '/') {
			continue // "work-anywhere weeks"
		}
		j := i + len("anywhere")
		if j < len(text) && (text[j] == '-' || text[j] == '/') {
			continue
		}
		before := text[max(0, i-48):i]
		if !containsFold(before, "work") {
			continue
		}
		lead := anywhereLead.FindStringIndex(before)
		if lead == nil {
			continue
		}
		start := i - len(before) + lead[0]
		for start < i && !isLetterByte(text[start]) {
			start++
		}
		if anywhereDenied.MatchString(text[max(0, start-24):start]) {
			continue
		}
		after := text[j:min(len(text), j+48)]
		tail := anywhereTail.FindStringIndex(after)
		if tail == nil || remotePerk(text, []int{start, j}) {
			continue
		}
		if t := strings.ToLower(strings.TrimSpace(after[:tail[1]])); strings.HasSuffix(t, "in") || strings.HasSuffix(t, "within") ||
			strings.HasSuffix(t, "across") || strings.HasSuffix(t, "from") {
			if len(regionList(strings.TrimPrefix(strings.TrimSpace(after[tail[1]:]), "the "))) == 0 {
				continue // "work anywhere in the office"
			}
		}
		return model.RemoteRemote, text[start:j]
	}
	return model.RemoteUnknown, ""
}
