package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// PostgreSQL through pgx's database/sql driver, so that both backends run
// the same database/sql code. Each connection has lock_timeout set to the
// busy timeout: a write waiting that long for the write lock fails with
// 55P03 and is retried like SQLite's "database is locked" (write.go).

func openPostgres(ctx context.Context, dsn string, busy time.Duration) (*sqlStore, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: postgres DSN %s: %w", redact(dsn), err)
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	if _, ok := cfg.RuntimeParams["lock_timeout"]; !ok {
		cfg.RuntimeParams["lock_timeout"] = strconv.FormatInt(busy.Milliseconds(), 10)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	db := sql.OpenDB(rebindConnector{stdlib.GetConnector(*cfg)})
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	pctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout+time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect to %s: %w", redact(dsn), err)
	}
	return &sqlStore{db: db, d: postgresDialect}, nil
}

// isPostgresBusy: serialization failure, deadlock, lock wait timed out.
func isPostgresBusy(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "55P03":
			return true
		}
	}
	return false
}

// migrationLockKey is the first key of the advisory lock migrators take;
// the second is the schema's name hashed, so stores in different schemas
// of one database migrate independently.
const migrationLockKey = 0x67696773 // "gigs"

// pgMigrateLocked runs fn on one connection holding the session advisory
// lock of the schema's migrations, waiting for another migrator (another
// process starting at the same time) at most two minutes.
func pgMigrateLocked(ctx context.Context, db *sql.DB, fn func(context.Context, execer) error) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: migrations: %w", err)
	}
	defer conn.Close()
	deadline := time.Now().Add(2 * time.Minute)
	wait := 10 * time.Millisecond
	for {
		var got bool
		if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, hashtext(current_schema()))`, migrationLockKey).Scan(&got); err != nil {
			return fmt.Errorf("store: migration lock: %w", err)
		}
		if got {
			break
		}
		if time.Now().After(deadline) {
			return errors.New("store: migration lock: another process held it for 2m0s")
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("store: migration lock: %w", ctx.Err())
		case <-t.C:
		}
		wait = min(wait*2, 500*time.Millisecond)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, migrationLockKey)
	return fn(ctx, conn)
}

// rebindConnector hands out pgx connections that rewrite SQLite
// placeholders as PostgreSQL's before every query (dialect.rebind).
type rebindConnector struct{ driver.Connector }

func (c rebindConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &rebindConn{conn.(*stdlib.Conn)}, nil
}

type rebindConn struct{ *stdlib.Conn }

func (c *rebindConn) Prepare(query string) (driver.Stmt, error) {
	return c.Conn.Prepare(rebindDollar(query))
}

func (c *rebindConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, rebindDollar(query))
}

func (c *rebindConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, rebindDollar(query), args)
}

func (c *rebindConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, rebindDollar(query), args)
}
