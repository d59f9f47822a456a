package normalize

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

// keyRegexps are the key-word-accelerated regexps of the package.
var keyRegexps = map[string]*keyRegexp{"hybridWeek": hybridWeek, "strongOnsiteMore": strongOnsiteMore,
	"bodyRemoteMore": bodyRemoteMore, "officeCommute": officeCommute, "bodyContractMore": bodyContractMore, "typeLabel": typeLabel,
	"placeOnly": placeOnly, "officeWeekdays": officeWeekdays}

// keyTexts are texts for the key regexps: the agreement cases and the fast
// paths' texts.
func keyTexts(t *testing.T) []string {
	texts := []string{benchText, "", "In the office on Tuesdays and Thursdays.", "REQUIRES YOU TO WORK IN OUR OFFICE 5 DAYS A WEEK",
		"2-3 days a week in the office; hybrid options", "Germany only. UK-based freelancers only (US ONLY)", "Job Type: Contract\nSchedule: day shift"}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			texts = append(texts, c.Text, c.Title)
		}
	}
	return append(texts, fastTexts()...)
}

// keySearches are all the searches of k on s.
func keySearches(k *keyRegexp, s string) []any {
	return []any{k.FindAllStringSubmatchIndex(s, -1), k.FindAllStringSubmatchIndex(s, 1), k.FindAllStringIndex(s, -1),
		k.FindAllStringIndex(s, 2), k.FindStringIndex(s), k.MatchString(s), k.FindAllStringSubmatch(s, -1)}
}

// checkKey checks k's searches on s against its plain regexp over the same
// windows (the reference path), and its cue against the plain regexp.
func checkKey(t *testing.T, name string, k *keyRegexp, s string) {
	t.Helper()
	got := keySearches(k, s)
	reference = true
	want := keySearches(k, s)
	reference = false
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s on %q: %v, plain regexp over the windows %v", name, s, got, want)
	}
	if k.load().cue != nil {
		checkCue(t, k.cue, s)
	}
}

// TestKeyRegexpAgreesWithPlain: around its key words a keyRegexp finds
// what its plain regexp finds in the whole text, on every agreement case
// (placeOnly's place may be longer than its window), and exactly what the
// plain regexp finds in the same windows.
func TestKeyRegexpAgreesWithPlain(t *testing.T) {
	for name, k := range keyRegexps {
		for _, s := range keyTexts(t) {
			if got, want := k.FindStringIndex(s), k.plain().FindStringIndex(s); name != "placeOnly" && (got == nil) != (want == nil) {
				t.Errorf("%s on %q: key regexp %v, plain %v", name, s, got, want)
			}
			checkKey(t, name, k, s)
		}
	}
}

// TestKeyRegexpCues: a key regexp whose literal prefixes are selective
// searches its windows by them; one led by a one-byte separator runs the
// plain regexp.
func TestKeyRegexpCues(t *testing.T) {
	if k := newKeyRegexp(`(?i)\b(?:hybrid options?|(?:two|three) days? in (?:the|our) office)\b`, 40, 40, "hybrid", "day"); k.load().cue == nil {
		t.Error("selective prefixes: no cue search")
	}
	if k := newKeyRegexp(`(?i)(?:^|[\s(,])(\pL+) only\b`, 40, 10, "only"); k.load().cue != nil {
		t.Errorf("one-byte prefixes: cue search with %d-byte prefixes", k.cue.fast.MinPrefix())
	}
	for name, k := range keyRegexps {
		if k.load().cue != nil && k.cue.fast.MinPrefix() < minCuePrefix {
			t.Errorf("%s: cue search with %d-byte prefixes", name, k.cue.fast.MinPrefix())
		}
		t.Logf("%s: cue search %v", name, k.cue != nil)
	}
}

func FuzzKeyRegexp(f *testing.F) {
	f.Add("You'll be in our Denver office three days a week.")
	f.Add("Telecommuting is not permitted; remote candidates will not be considered.")
	f.Add("Employment type: Temporary (3 months). We are hiring a freelance designer.")
	f.Add("Must commute to our Chicago office daily. Remote-friendly team.")
	f.Add("Work from home 2 days/week, 3 days on-site. US-based applicants only.")
	f.Fuzz(func(t *testing.T, s string) {
		for name, k := range keyRegexps {
			got, want := k.FindStringIndex(s), k.plain().FindStringIndex(s)
			if name != "placeOnly" && (got == nil) != (want == nil) { // placeOnly's place may be longer than its window
				t.Errorf("%s on %q: key regexp %v, plain %v", name, s, got, want)
			}
			for _, m := range k.FindAllStringSubmatchIndex(s, -1) {
				if m[0] < 0 || m[1] > len(s) || m[0] > m[1] {
					t.Errorf("%s on %q: bad match %v", name, s, m)
				}
			}
			checkKey(t, name, k, s)
		}
	})
}

// TestSharedKeyWindows: every key regexp of the package finds its windows
// in the shared scan of all their keys exactly where a scan for its own
// keys finds them, on the agreement cases, the fast paths' texts and
// texts crowded with keys.
func TestSharedKeyWindows(t *testing.T) {
	texts := keyTexts(t)
	var all []string
	keyOnce.Do(shareKeys)
	for _, k := range keyRegistry {
		all = append(all, k.keys...)
	}
	texts = append(texts, strings.Join(all, " "), strings.ToUpper(strings.Join(all, "")), strings.Join(all, "é"))
	shared := 0
	for _, k := range keyRegistry {
		if k.rank == nil {
			continue
		}
		shared++
		for _, s := range texts {
			checkSharedWindows(t, k, s)
		}
	}
	if shared < 15 {
		t.Errorf("%d key regexps share the key scan, want every one of the package's", shared)
	}
}

// checkSharedWindows checks k's windows of s against its own scan's, twice
// (the second time from the cached scan).
func checkSharedWindows(t *testing.T, k *keyRegexp, s string) {
	t.Helper()
	want := k.ownWindows(s)
	for range 2 {
		if got := k.windows(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s on %q: shared scan windows %v, own scan %v", k.plain(), s, got, want)
		}
	}
}

// FuzzSharedKeyWindows: the shared key scan gives every key regexp the
// windows its own scan gives, on any text.
func FuzzSharedKeyWindows(f *testing.F) {
	f.Add("Remote (US only), 3 days a week in our Berlin office; contract 6 months. Home-based.")
	f.Add("HYBRID OPTION: commute to the office; report to our team; type: freelance")
	f.Fuzz(func(t *testing.T, s string) {
		keyOnce.Do(shareKeys)
		for _, k := range keyRegistry {
			if k.rank != nil {
				checkSharedWindows(t, k, s)
				checkSharedWindows(t, k, strings.ToLower(s))
			}
		}
	})
}

// BenchmarkKeyWindows: the windows of every key regexp of the package on
// one description, from the shared scan (cached after the first) and from
// a scan of each one's own.
func BenchmarkKeyWindows(b *testing.B) {
	keyOnce.Do(shareKeys)
	text := Text(benchHTML)
	b.Run("shared", func(b *testing.B) {
		for b.Loop() {
			s := strings.Clone(text) // a new text: the scan is not cached
			for _, k := range keyRegistry {
				k.windows(s)
			}
		}
	})
	b.Run("own", func(b *testing.B) {
		for b.Loop() {
			s := strings.Clone(text)
			for _, k := range keyRegistry {
				k.ownWindows(s)
			}
		}
	})
}

// TestSharedKeyWindowsConcurrent: goroutines scanning different texts at
// once each get their own text's windows (the cache is per pool entry).
func TestSharedKeyWindowsConcurrent(t *testing.T) {
	texts := keyTexts(t)
	keyOnce.Do(shareKeys)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(texts); i += 4 {
				for _, k := range keyRegistry {
					if k.rank != nil && !reflect.DeepEqual(k.windows(texts[i]), k.ownWindows(texts[i])) {
						select {
						case errs <- k.expr + " on " + texts[i]:
						default:
						}
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("shared scan windows differ from the own scan's: %.200s", e)
	}
}
