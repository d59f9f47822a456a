package config

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// applyEnv overrides scalar settings from GIGSCOUT_<SECTION>_<KEY>
// variables: GIGSCOUT_DATA_DIR, GIGSCOUT_SERVER_ADDR,
// GIGSCOUT_CRAWLER_ALLOW_PRIVATE, GIGSCOUT_DIGEST_SMTP_HOST, ... Lists take
// comma-separated values. Sources and maps are not set from the
// environment.
func applyEnv(cfg *Config, getenv func(string) string) error {
	return envStruct(reflect.ValueOf(cfg).Elem(), "GIGSCOUT", getenv)
}

func envStruct(v reflect.Value, prefix string, getenv func(string) string) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		name := prefix + "_" + strings.ToUpper(tag)
		f := v.Field(i)
		if f.Kind() == reflect.Struct {
			if err := envStruct(f, name, getenv); err != nil {
				return err
			}
			continue
		}
		raw := getenv(name)
		if raw == "" {
			continue
		}
		if err := setScalar(f, raw); err != nil {
			return fmt.Errorf("environment %s: %w", name, err)
		}
	}
	return nil
}

func setScalar(f reflect.Value, raw string) error {
	switch p := f.Addr().Interface().(type) {
	case *Duration:
		return p.set(raw)
	case *ByteSize:
		return p.set(raw)
	case *[]string:
		var out []string
		for _, s := range strings.Split(raw, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		*p = out
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(raw)
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return fmt.Errorf("invalid boolean %q", raw)
		}
		f.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("invalid integer %q", raw)
		}
		f.SetInt(n)
	case reflect.Float64:
		n, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return fmt.Errorf("invalid number %q", raw)
		}
		f.SetFloat(n)
	}
	return nil // maps and slices of structs are file-only
}
