package jobs

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/gigscout/gigscout/internal/store/storetest"
)

// testPool is a pool on a fresh schema of the GIGSCOUT_TEST_PG_DSN database
// (see storetest: skipped without a server, failed under CI=true), with
// Migrate applied.
func testPool(t *testing.T) *pgxpool.Pool {
	t.Helper()
	dsn := storetest.PostgresDSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if err := Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	return pool
}
