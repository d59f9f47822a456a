package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// flagsInputFields are the documented input fields of `gigscout flags`.
var flagsInputFields = jsonFields(reflect.TypeFor[flagsInput]())

// flagsAPIFields are the fields of the API's own listing JSON (from
// /api/v1/listings/{id} or a search result, which adds "snippet").
var flagsAPIFields = func() map[string]bool {
	m := jsonFields(reflect.TypeFor[model.Listing]())
	m["snippet"] = true
	return m
}()

func jsonFields(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			m[name] = true
		}
	}
	return m
}

// flagsLineError is a line `gigscout flags` cannot read: it is named on
// stderr with its line number and makes the command exit 2.
type flagsLineError struct {
	line int
	msg  string
}

func (e *flagsLineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// decodeFlagsLine reads one input line: the documented input fields, or
// the API's listing JSON (recognized by a field only it has, or by pay
// being an object). Unknown fields are an error that names them.
func decodeFlagsLine(line []byte, n int) (model.Posting, json.RawMessage, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return model.Posting{}, nil, &flagsLineError{n, "invalid JSON: " + err.Error()}
	}
	api := bytes.HasPrefix(bytes.TrimSpace(raw["pay"]), []byte("{"))
	for k := range raw {
		if flagsAPIFields[k] && !flagsInputFields[k] {
			api = true
		}
	}
	known, form := flagsInputFields, "the input fields"
	if api {
		known, form = flagsAPIFields, "the API's listing fields"
	}
	var unknown []string
	for k := range raw {
		if !known[k] {
			unknown = append(unknown, fmt.Sprintf("%q", k))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		what := "unknown field"
		if len(unknown) > 1 {
			what = "unknown fields"
		}
		return model.Posting{}, nil, &flagsLineError{n, fmt.Sprintf("%s %s (read as %s: %s)", what, strings.Join(unknown, ", "), form, fieldList(known))}
	}
	if api {
		var l model.Listing
		if err := json.Unmarshal(line, &l); err != nil {
			return model.Posting{}, nil, &flagsLineError{n, "invalid listing JSON: " + err.Error()}
		}
		if strings.TrimSpace(l.Title) == "" {
			return model.Posting{}, nil, &flagsLineError{n, `missing "title"`}
		}
		desc := l.DescriptionHTML
		if desc == "" {
			desc = l.Text
		}
		id, _ := json.Marshal(l.ID)
		if l.ID == "" {
			id = nil
		}
		return model.Posting{Source: "flags", URL: l.URL, ApplyURL: l.ApplyURL, Title: l.Title, Company: l.Company,
			CompanyURL: l.CompanyURL, CompanyInfo: l.CompanyInfo, DescriptionHTML: desc, PayText: apiPayText(&l),
			EmploymentType: l.EmploymentType, Locations: l.Locations}, id, nil
	}
	var in flagsInput
	if err := json.Unmarshal(line, &in); err != nil {
		return model.Posting{}, nil, &flagsLineError{n, "invalid JSON: " + err.Error()}
	}
	if strings.TrimSpace(in.Title) == "" {
		return model.Posting{}, nil, &flagsLineError{n, `missing "title"`}
	}
	p := model.Posting{Source: "flags", URL: in.URL, Title: in.Title, Company: in.Company, CompanyInfo: in.CompanyProfile,
		DescriptionHTML: in.Description, PayText: in.Pay, EmploymentType: in.EmploymentType}
	if strings.TrimSpace(in.Location) != "" {
		p.Locations = []string{in.Location}
	}
	return p, in.ID, nil
}

// apiPayText is the pay a listing's JSON states, as text to read again:
// the source's own pay text, else the parsed pay written out.
func apiPayText(l *model.Listing) string {
	switch {
	case l.PayText != "":
		return l.PayText
	case l.Unpaid:
		return "unpaid"
	case l.Pay != nil && l.Pay.Max > 0:
		return l.Pay.Display()
	}
	return ""
}

func fieldList(m map[string]bool) string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}
