package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A second Open of an index that is open fails after the lock timeout with
// a message naming the directory and the holder, instead of waiting forever.
func TestOpenLockedIndexFailsNamingHolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	owner := Owner{PID: os.Getpid(), Command: "serve", Instance: "abc", Addr: "127.0.0.1:8080", Started: time.Now()}
	x, err := OpenContext(context.Background(), path, OpenOptions{LockTimeout: time.Second, Owner: owner})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()

	_, err = OpenContext(context.Background(), path, OpenOptions{LockTimeout: 200 * time.Millisecond})
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second open: got %v, want a *LockedError", err)
	}
	for _, want := range []string{path, "gigscout serve", "pid " + itoa(os.Getpid()), "--data"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if le.Holder == nil || le.Holder.Instance != "abc" {
		t.Errorf("holder = %+v, want instance abc", le.Holder)
	}
}

// A cancelled context ends the wait for a held index early.
func TestOpenLockedIndexHonoursContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	x, err := OpenContext(context.Background(), path, OpenOptions{LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := OpenContext(ctx, path, OpenOptions{LockTimeout: time.Hour}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := OpenContext(ctx, path, OpenOptions{LockTimeout: 2 * time.Second}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
}

// Close removes the owner file and frees the index for the next process.
func TestCloseReleasesLockAndOwner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	x, err := OpenContext(context.Background(), path, OpenOptions{Owner: Owner{PID: 1, Command: "crawl"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadOwner(path); err != nil {
		t.Fatalf("owner file while open: %v", err)
	}
	x.Close()
	if _, err := ReadOwner(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("owner file after close: %v", err)
	}
	y, err := OpenContext(context.Background(), path, OpenOptions{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	y.Close()
}

func itoa(n int) string { return strconv.Itoa(n) }
