package digest

import (
	"testing"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

// envStoreDSN, when set, gives newEnv its store (else SQLite in the
// test's directory).
var envStoreDSN func(testing.TB) string

// TestOnPostgres runs the digest tests that write the store again on a
// PostgreSQL store (skipped without GIGSCOUT_TEST_PG_DSN, failed on CI):
// the ledger, the opt-in, retries and two concurrent runs sending once.
func TestOnPostgres(t *testing.T) {
	storetest.PostgresDSN(t) // skips here when not configured
	envStoreDSN = storetest.PostgresDSN
	defer func() { envStoreDSN = nil }()
	for _, tt := range []struct {
		name string
		fn   func(*testing.T)
	}{
		{"ConfirmationFlowAndNothingBeforeIt", TestConfirmationFlowAndNothingBeforeIt},
		{"BadInputAndTokens", TestBadInputAndTokens},
		{"DigestContentAndHeaders", TestDigestContentAndHeaders},
		{"NoListingTwiceAcrossRuns", TestNoListingTwiceAcrossRuns},
		{"NoCrossSourceDuplicate", TestNoCrossSourceDuplicate},
		{"RetryOn4xxAndFailOn5xx", TestRetryOn4xxAndFailOn5xx},
		{"TemporaryFailureKeepsDigestPending", TestTemporaryFailureKeepsDigestPending},
		{"UnsubscribeAndPreferences", TestUnsubscribeAndPreferences},
		{"DryRunWritesNothing", TestDryRunWritesNothing},
		{"ConcurrentRunsSendOnce", TestConcurrentRunsSendOnce},
		{"LocalHourAcrossZonesAndDST", TestLocalHourAcrossZonesAndDST},
		{"DigestGolden", TestDigestGolden},
	} {
		t.Run(tt.name, tt.fn)
	}
}
