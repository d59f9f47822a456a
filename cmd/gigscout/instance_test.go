package main

import (
	"context"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// setAddr points the config at addr for server.addr.
func setAddr(t *testing.T, cfgPath, addr string) {
	t.Helper()
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgPath, []byte(strings.Replace(string(data), `addr: "127.0.0.1:0"`, `addr: "`+addr+`"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// holdIndex opens cfgPath's data directory as `gigscout serve` would,
// without serving, and returns it.
func holdIndex(t *testing.T, cfgPath string) *Main {
	t.Helper()
	e := &env{getenv: func(string) string { return "" }, configPath: cfgPath}
	cfg, err := e.config()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(context.Background(), cfg, discardLogger(), OpenOptions{Index: true, Command: "serve"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// silentServer accepts connections on 127.0.0.1 and never answers: a
// server too busy to reply.
func silentServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		<-done
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().String()
}

func shortWaits(t *testing.T) {
	oldLock, oldProbe := indexLockTimeout, serverProbeTimeout
	indexLockTimeout, serverProbeTimeout = 300*time.Millisecond, 200*time.Millisecond
	t.Cleanup(func() { indexLockTimeout, serverProbeTimeout = oldLock, oldProbe })
}

// A second serve (or search) on a data directory whose index another
// process holds fails within the lock timeout, naming the directory and
// the holder, with exit 1.
func TestSecondProcessOnDataDirFails(t *testing.T) {
	shortWaits(t)
	b := newBoard(t, boardFile)
	cfgPath, dataDir := writeConfig(t, b.srv.URL)
	holdIndex(t, cfgPath)
	for _, args := range [][]string{{"serve"}, {"search", "data"}, {"reindex"}} {
		code, _, errs := gigscout(t, append(args, "--config", cfgPath)...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1: %s", args, code, errs)
		}
		for _, want := range []string{dataDir, "gigscout serve", "pid " + strconv.Itoa(os.Getpid()), "--data"} {
			if !strings.Contains(errs, want) {
				t.Errorf("%v: stderr %q does not mention %q", args, errs, want)
			}
		}
	}
}

// A crawl beside a server that does not answer in time neither hangs on
// the index that server holds nor fails: it writes the store, which the
// server indexes.
func TestCrawlBesideSilentServer(t *testing.T) {
	shortWaits(t)
	b := newBoard(t, boardFile)
	cfgPath, _ := writeConfig(t, b.srv.URL)
	setAddr(t, cfgPath, silentServer(t))
	m := holdIndex(t, cfgPath)
	code, out, errs := gigscout(t, "crawl", "--json", "--config", cfgPath)
	if code != 0 || !strings.Contains(out, `"new": 3`) {
		t.Fatalf("crawl: exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "held by gigscout serve") {
		t.Errorf("crawl does not say who indexes it: %q", errs)
	}
	if n, err := m.CatchUp(context.Background()); err != nil || n != 3 {
		t.Errorf("the holder indexed %d changes (%v), want 3", n, err)
	}
}

// The command line delegates only to the server of its own data
// directory: a server of another one is noted and the local index used.
func TestCommandsIgnoreAnotherDataDirsServer(t *testing.T) {
	b := newBoard(t, boardFile)
	otherCfg, _ := writeConfig(t, b.srv.URL)
	other := mustServe(t, otherCfg)
	cfgPath, dataDir := writeConfig(t, b.srv.URL)
	setAddr(t, cfgPath, other.Addr())
	code, out, errs := gigscout(t, "search", "--json", "--config", cfgPath, "data")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "serves the data directory") || !strings.Contains(errs, absDir(dataDir)) {
		t.Errorf("no note about the other server: %q", errs)
	}
	if !strings.Contains(out, `"total":0`) {
		t.Errorf("search used the other server's listings: %s", out)
	}
}

// Ctrl-C while waiting for a held index ends the wait: the command exits 1
// ("interrupted") long before the lock timeout.
func TestInterruptWhileWaitingForIndex(t *testing.T) {
	old := indexLockTimeout
	indexLockTimeout = time.Hour
	t.Cleanup(func() { indexLockTimeout = old })
	b := newBoard(t, boardFile)
	cfgPath, _ := writeConfig(t, b.srv.URL)
	holdIndex(t, cfgPath)
	ctx, cancel := context.WithCancel(context.Background()) // as signal.NotifyContext is on Ctrl-C
	defer cancel()
	time.AfterFunc(300*time.Millisecond, cancel)
	var out, errb strings.Builder
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--config", cfgPath}, strings.NewReader(""), &out, &errb, func(string) string { return "" })
	}()
	select {
	case code := <-done:
		if code != 1 || !strings.Contains(errb.String(), "interrupted") {
			t.Errorf("exit %d: %s", code, errb.String())
		}
	case <-time.After(30 * time.Second): // a bound on the test, not a timing assertion
		t.Fatal("serve kept waiting for the index after its context ended")
	}
}
