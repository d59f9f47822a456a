package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/redflag"
	"github.com/gigscout/gigscout/internal/web"
)

// instanceID names this process to the command line run beside it: the
// server reports it on /admin/instance and writes it beside the index it
// owns, so `gigscout search` and `crawl` delegate only to their own server.
var instanceID = newInstanceID()

func newInstanceID() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return fmt.Sprintf("pid-%d-%d", os.Getpid(), time.Now().UnixNano())
	}
	return hex.EncodeToString(b)
}

// indexLockTimeout bounds the wait for an index another process holds;
// tests shorten it.
var indexLockTimeout = index.DefaultLockTimeout

// serverProbeTimeout bounds the command line's check for a running
// server. The check is cheap for the server (admission control never
// queues it behind searches), so a server that cannot answer within it is
// treated as absent: the command then opens the index itself, which fails
// within indexLockTimeout (never hangs) when that server holds it.
var serverProbeTimeout = 2 * time.Second

func indexPath(cfg *config.Config) string { return filepath.Join(cfg.DataDir, "index.bleve") }

// absDir is dir made absolute with symlinks resolved, for comparing data
// directories; dir itself when that fails.
func absDir(dir string) string {
	if a, err := filepath.Abs(dir); err == nil {
		dir = a
	}
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		dir = r
	}
	return dir
}

// openIndex opens the index of cfg's data directory for command, waiting at
// most indexLockTimeout. With optional set, an index held by a server of
// this data directory is not an error: (nil, note) tells the caller to
// write only the store, which that server indexes by tailing it.
func openIndex(ctx context.Context, cfg *config.Config, command string, optional bool) (*index.Index, string, error) {
	owner := index.Owner{PID: os.Getpid(), Command: command, Instance: instanceID, Started: time.Now().UTC()}
	x, err := index.OpenContext(ctx, indexPath(cfg), index.OpenOptions{LockTimeout: indexLockTimeout, Owner: owner})
	var le *index.LockedError
	if err == nil || !errors.As(err, &le) {
		return x, "", err
	}
	if optional && le.Holder != nil && (le.Holder.Command == "serve" || le.Holder.Command == "demo") {
		return nil, fmt.Sprintf("the index is held by gigscout %s (pid %d), which indexes this crawl from the database", le.Holder.Command, le.Holder.PID), nil
	}
	return nil, "", err
}

// ownServer returns the base URL of the gigscout server answering at
// server.addr when it serves cfg's data directory, or "" with a note saying
// why the command works locally instead (empty when no server answered).
func ownServer(ctx context.Context, cfg *config.Config) (base, note string) {
	base = "http://" + cfg.Server.Addr
	ctx, cancel := context.WithTimeout(ctx, serverProbeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/admin/instance", nil)
	if err != nil {
		return "", ""
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", ""
	}
	defer resp.Body.Close()
	var in web.Instance
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&in) != nil {
		return "", fmt.Sprintf("the server at %s did not say which data directory it serves (%s); using the local index", base, resp.Status)
	}
	if absDir(in.DataDir) == absDir(cfg.DataDir) {
		return base, ""
	}
	if o, err := index.ReadOwner(indexPath(cfg)); err == nil && o.Instance != "" && o.Instance == in.ID {
		return base, ""
	}
	return "", fmt.Sprintf("the server at %s serves the data directory %s, not %s; using the local index", base, in.DataDir, absDir(cfg.DataDir))
}

// serverInstance is what this process reports on /admin/instance.
func serverInstance(cfg *config.Config, command string) *web.Instance {
	return &web.Instance{ID: instanceID, DataDir: absDir(cfg.DataDir), PID: os.Getpid(), Command: command, Version: version}
}

// flagIDs are the red-flag ids the API's exclude_flag accepts.
func flagIDs() []string {
	var ids []string
	for _, r := range redflag.Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}

// strictParams checks --filter values as the API checks its query string
// (empty values, repeats, bounds, flag ids): a bad one is exit 2.
func strictParams(params url.Values) (url.Values, error) {
	ids := map[string]bool{}
	for _, id := range flagIDs() {
		ids[id] = true
	}
	out, err := web.StrictQuery(params.Encode(), ids)
	var pe *web.ParamError
	if errors.As(err, &pe) {
		return nil, usagef("search: --filter %s: %s", pe.Param, pe.Message)
	}
	return out, err
}
