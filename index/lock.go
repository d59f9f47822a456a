package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	bolterrors "go.etcd.io/bbolt/errors"
)

// DefaultLockTimeout is how long Open waits for another process to release
// the index before it fails with a *LockedError.
const DefaultLockTimeout = 5 * time.Second

// OpenOptions choose how OpenContext waits and who it says it is.
type OpenOptions struct {
	// LockTimeout bounds the wait for the index's file lock; 0 means
	// DefaultLockTimeout.
	LockTimeout time.Duration
	// Owner is written beside the index while it is open, so that another
	// process that finds the index locked can say who holds it.
	Owner Owner
}

// Owner describes the process holding an index. It is kept in the file
// INDEX.owner (beside the index directory, which Rebuild replaces).
type Owner struct {
	PID      int       `json:"pid"`
	Command  string    `json:"command,omitempty"`  // "serve", "crawl", "demo", ...
	Instance string    `json:"instance,omitempty"` // the server's instance id
	Addr     string    `json:"addr,omitempty"`     // where the process serves HTTP, if it does
	Started  time.Time `json:"started"`
}

func (o Owner) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pid %d", o.PID)
	if o.Command != "" {
		fmt.Fprintf(&b, ", gigscout %s", o.Command)
	}
	if o.Addr != "" {
		fmt.Fprintf(&b, " on %s", o.Addr)
	}
	if !o.Started.IsZero() {
		fmt.Fprintf(&b, ", since %s", o.Started.UTC().Format(time.RFC3339))
	}
	return b.String()
}

// LockedError is returned when another process holds the index.
type LockedError struct {
	Path    string
	Waited  time.Duration
	Holder  *Owner // nil when the holder did not say who it is
	Timeout bool
}

func (e *LockedError) Error() string {
	who := "another process"
	if e.Holder != nil {
		who = "another gigscout process (" + e.Holder.String() + ")"
	}
	return fmt.Sprintf("index %s is in use by %s; waited %s for it. Stop that process, or give this one another data directory (--data DIR)",
		e.Path, who, e.Waited)
}

// ReadOwner returns the owner recorded beside the index at path, if any.
func ReadOwner(path string) (*Owner, error) {
	b, err := os.ReadFile(ownerPath(path))
	if err != nil {
		return nil, err
	}
	var o Owner
	if err := json.Unmarshal(b, &o); err != nil {
		return nil, fmt.Errorf("index: owner file %s: %w", ownerPath(path), err)
	}
	return &o, nil
}

func ownerPath(path string) string { return filepath.Clean(path) + ".owner" }

func boltConfig(timeout time.Duration) map[string]interface{} {
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	return map[string]interface{}{"bolt_timeout": timeout.String()}
}

// lockInfo is what an open Index knows of its own owner file.
type lockInfo struct {
	path    string // the owner file; "" when none was written
	timeout time.Duration
}

func (l *lockInfo) release() {
	if l.path != "" {
		os.Remove(l.path)
		l.path = ""
	}
}

// OpenContext opens the index at path like Open, waiting at most
// opts.LockTimeout for another process to release it, and returning early
// with ctx's error when ctx ends first. A held index is a *LockedError
// naming the directory and, when it said so, the process holding it.
func OpenContext(ctx context.Context, path string, opts OpenOptions) (*Index, error) {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The lock is tried in short attempts, the context checked between
	// them, so an interrupted open leaves nothing running behind it.
	start := time.Now()
	for {
		idx, err := openOrCreate(path, min(lockPoll, timeout))
		if err == nil {
			x := &Index{path: path, idx: idx, lock: lockInfo{timeout: timeout}}
			if opts.Owner.PID != 0 {
				b, _ := json.Marshal(opts.Owner)
				if werr := os.WriteFile(ownerPath(path), b, 0o644); werr == nil {
					x.lock.path = ownerPath(path)
				}
			}
			return x, nil
		}
		if !errors.Is(err, bolterrors.ErrTimeout) {
			return nil, err
		}
		if time.Since(start) >= timeout {
			le := &LockedError{Path: path, Waited: time.Since(start).Round(time.Millisecond), Timeout: true}
			if o, err := ReadOwner(path); err == nil {
				le.Holder = o
			}
			return nil, le
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
}

// lockPoll is one attempt at the index's lock; between attempts
// OpenContext checks its context.
const lockPoll = 250 * time.Millisecond

// scorchDefaults sets scorch's package settings once: a package variable
// written on every open would race with indexes already open.
var scorchDefaults sync.Once
