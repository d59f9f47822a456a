package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldCaseOpts are the options of the twenty-third round's table tests
// (pay_code_parenthesized_test.go and the files beside it).
var fieldCaseOpts = Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}

// runFieldCases runs cases with checkFieldCaseNot: pay and type traps
// written "!..." and, through checkFieldCase, remote and region ones.
func runFieldCases(t *testing.T, cases []truthCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldCaseNot(t, tc, fieldCaseOpts)
		})
	}
}

// bodyTypeCase is a description and the type ParseType should read from it.
type bodyTypeCase struct {
	text string
	want model.JobType
}

// runBodyTypeCases checks ParseType on each case's description, with no
// type field and the given title (the body type tables share this loop).
func runBodyTypeCases(t *testing.T, title string, cases []bodyTypeCase) {
	t.Helper()
	for _, c := range cases {
		if got := ParseType("", title, c.text); got != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// runFieldCasesShortAndLong runs cases with checkFieldCase as written and
// again behind a filler that takes each description past minGuardedText,
// where the key regexps search windows instead of the whole text.
func runFieldCasesShortAndLong(t *testing.T, cases []truthCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
	checkLongCases(t, strings.Repeat("Our studio prints posters for local fairs. ", 14)+"\n", checkFieldCase, cases)
}

// shopsPad is a neutral paragraph that takes a case's description past
// minGuardedText (checkLongCases), where the key regexps search windows.
var shopsPad = strings.Repeat("We build tools for small shops and ship every week. ", 1+minGuardedText/50) + "\n"
