package web

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// regionCanon maps a region code in any case to the code as indexed.
var regionCanon = func() map[string]string {
	m := map[string]string{}
	for code := range model.RegionNames {
		m[strings.ToUpper(code)] = code
	}
	return m
}()

// canonicalRegion is the indexed form of a region code ("us" -> "US",
// "americas" -> "Americas"), and whether it is known.
func canonicalRegion(s string) (string, bool) {
	c, ok := regionCanon[strings.ToUpper(strings.TrimSpace(s))]
	return c, ok
}

// knownFlag reports whether id (any case) is a red flag's id.
func knownFlag(id string) bool {
	_, ok := model.FlagLabels[strings.ToUpper(id)]
	return ok
}

func flagIDList() string {
	ids := make([]string, 0, len(model.FlagLabels))
	for id := range model.FlagLabels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

// checkSources returns a ParamError naming the first source of q that is
// not configured. Without a source list (Options.Sources nil) any name goes.
func (s *Server) checkSources(ctx context.Context, q index.Query) error {
	if len(q.Source) == 0 || s.opts.Sources == nil {
		return nil
	}
	h, err := s.health(ctx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	var names []string
	for _, si := range h.List {
		known[si.Name] = true
		names = append(names, si.Name)
	}
	for _, src := range q.Source {
		if !known[src] {
			sort.Strings(names)
			return &ParamError{Param: "source", Value: src, Message: fmt.Sprintf("unknown source %q: the sources are %s", src, strings.Join(names, ", "))}
		}
	}
	return nil
}
