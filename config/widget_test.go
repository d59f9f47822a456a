package config

import (
	"strings"
	"testing"
)

func TestWidgetSettings(t *testing.T) {
	p := write(t, "server:\n  admin_token: \"from-the-file-0123456789\"\nsources:\n  - {name: a, kind: greenhouse, board: acme}\n")
	env := map[string]string{"GIGSCOUT_SERVER_WIDGET_SECRET": "a-secret-from-the-environment-0123456789"}
	cfg, err := Load(p, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Server.AdminToken != "from-the-file-0123456789" || cfg.Server.WidgetSecret != env["GIGSCOUT_SERVER_WIDGET_SECRET"] {
		t.Errorf("server = %+v", cfg.Server)
	}
	env = map[string]string{"GIGSCOUT_SERVER_ADMIN_TOKEN": "short", "GIGSCOUT_SERVER_WIDGET_SECRET": "also short"}
	_, err = Load(p, func(k string) string { return env[k] })
	for _, want := range []string{"server.admin_token: must be at least 16 characters", "server.widget_secret: must be at least 32 characters"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("short values: %v, want %q", err, want)
		}
	}
}
