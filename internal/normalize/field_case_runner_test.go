package normalize

import (
	"testing"
	"time"
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
