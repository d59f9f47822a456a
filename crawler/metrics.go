package crawler

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the per-source crawl metrics (gigscout_crawl_*).
type Metrics struct {
	runs        *prometheus.CounterVec
	postings    *prometheus.CounterVec
	changes     *prometheus.CounterVec
	errors      *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	lastSuccess *prometheus.GaugeVec
	listings    *prometheus.GaugeVec
}

// NewMetrics creates the crawl metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gigscout_crawl_runs_total", Help: "Crawl runs by source and final status.",
		}, []string{"source", "status"}),
		postings: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gigscout_crawl_postings_total", Help: "Postings fetched by source.",
		}, []string{"source"}),
		changes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gigscout_crawl_listings_total", Help: "Listings by source and what the run did to them (new, updated, unchanged, closed, flagged).",
		}, []string{"source", "change"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gigscout_crawl_errors_total", Help: "Errors recorded on crawl runs, by source.",
		}, []string{"source"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gigscout_crawl_duration_seconds", Help: "Crawl run duration by source.",
			Buckets: []float64{0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600},
		}, []string{"source"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "gigscout_crawl_last_success_timestamp_seconds", Help: "When each source last completed a run (Unix time).",
		}, []string{"source"}),
		listings: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "gigscout_crawl_yield", Help: "Postings the last run of each source fetched.",
		}, []string{"source"}),
	}
	for _, c := range []prometheus.Collector{m.runs, m.postings, m.changes, m.errors, m.duration, m.lastSuccess, m.listings} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// observe records a finished run; a nil *Metrics records nothing.
func (m *Metrics) observe(r *Run) {
	if m == nil {
		return
	}
	m.runs.WithLabelValues(r.Source, string(r.Status)).Inc()
	m.postings.WithLabelValues(r.Source).Add(float64(r.Fetched))
	for change, n := range map[string]int{"new": r.New, "updated": r.Updated, "unchanged": r.Unchanged, "closed": r.Closed, "flagged": r.Flagged} {
		m.changes.WithLabelValues(r.Source, change).Add(float64(n))
	}
	m.errors.WithLabelValues(r.Source).Add(float64(r.Errors))
	m.duration.WithLabelValues(r.Source).Observe(r.Duration.Seconds())
	m.listings.WithLabelValues(r.Source).Set(float64(r.Fetched))
	if r.Status == StatusOK || r.Status == StatusNotModified {
		m.lastSuccess.WithLabelValues(r.Source).Set(float64(r.FinishedAt.Unix()))
	}
}
