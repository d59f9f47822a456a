package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"sync"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/normalize"
	"github.com/gigscout/gigscout/internal/redflag"
)

// A scheduled crawl sees mostly the postings it saw last time. Building a
// listing (normalize, red flags) is most of ingest's CPU, so a posting
// whose stored listing was built from the same posting, by the same code
// with the same options, is not built again: the store only moves its
// last_seen (store.SeenUnchanged). The posting hash covers the whole
// posting, the options and the running executable's own hash, so a new
// binary or a config change rebuilds every listing once.

// exeHash is the hash of the running executable, "" when it cannot be read
// (then nothing is skipped: every posting is built).
var exeHash = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})

// buildKey is what, besides the posting, a built listing depends on: the
// code and the options (the clock aside: Build takes it from the store).
// "" disables skipping.
func (p *Pipeline) buildKey() string {
	p.keyOnce.Do(func() {
		exe := exeHash()
		if exe == "" {
			return
		}
		norm := p.Normalize
		norm.Now = time.Time{}
		b, err := json.Marshal(struct {
			Exe       string
			Normalize normalize.Options
			Rules     redflag.Options
		}{exe, norm, p.Engine.Options()})
		if err != nil {
			return
		}
		sum := sha256.Sum256(b)
		p.key = hex.EncodeToString(sum[:])
	})
	return p.key
}

// skipUnchanged returns the postings of batch that need building, each
// with its posting hash, after the store has taken those it holds
// unchanged (their last_seen moved). seen counts the unchanged, flagged
// those of them whose risk is not low.
func (p *Pipeline) skipUnchanged(ctx context.Context, batch []model.Posting) (build []model.Posting, hashes []string, seen, flagged int, err error) {
	key := p.buildKey()
	hashes = make([]string, len(batch))
	if key == "" {
		return batch, hashes, 0, 0, nil
	}
	ids := make([]string, len(batch))
	want := make(map[string]string, len(batch))
	for i := range batch {
		ids[i] = model.ListingID(batch[i].Source, batch[i].ExternalID)
		hashes[i] = postingHash(&batch[i], key)
		want[ids[i]] = hashes[i]
	}
	risks, err := p.Store.SeenUnchanged(ctx, want)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	if len(risks) == 0 {
		return batch, hashes, 0, 0, nil
	}
	build = make([]model.Posting, 0, len(batch)-len(risks))
	buildHashes := make([]string, 0, len(batch)-len(risks))
	for i := range batch {
		risk, ok := risks[ids[i]]
		if !ok {
			build = append(build, batch[i])
			buildHashes = append(buildHashes, hashes[i])
			continue
		}
		seen++
		if risk != model.SeverityLow {
			flagged++
		}
	}
	return build, buildHashes, seen, flagged, nil
}
