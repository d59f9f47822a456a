package digest

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	sent        *prometheus.CounterVec // kind: digest, confirmation, notice
	failures    *prometheus.CounterVec // kind: temporary, permanent
	listings    prometheus.Counter
	resent      prometheus.Counter
	runs        prometheus.Counter
	lastRun     prometheus.Gauge
	subscribers *prometheus.GaugeVec // status
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gigscout_digest_emails_sent_total",
			Help: "E-mails the mail server accepted, by kind (digest, confirmation, notice)."}, []string{"kind"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "gigscout_digest_send_failures_total",
			Help: "Failed send attempts: temporary (4xx or connection; retried) or permanent (5xx; the address is marked failed)."}, []string{"kind"}),
		listings: prometheus.NewCounter(prometheus.CounterOpts{Name: "gigscout_digest_listings_sent_total",
			Help: "Listings sent in digests (shown or counted in \"and N more\")."}),
		resent: prometheus.NewCounter(prometheus.CounterOpts{Name: "gigscout_digest_resent_total",
			Help: "Pending digests sent again after an interrupted run (same Message-ID)."}),
		runs: prometheus.NewCounter(prometheus.CounterOpts{Name: "gigscout_digest_runs_total", Help: "Digest runs."}),
		lastRun: prometheus.NewGauge(prometheus.GaugeOpts{Name: "gigscout_digest_last_run_timestamp_seconds",
			Help: "When the last digest run finished (Unix time)."}),
		subscribers: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "gigscout_digest_subscriptions",
			Help: "Subscriptions by status at the last run (paused ones count as paused)."}, []string{"status"}),
	}
	for _, k := range []string{"digest", "confirmation", "notice"} {
		m.sent.WithLabelValues(k)
	}
	for _, k := range []string{"temporary", "permanent"} {
		m.failures.WithLabelValues(k)
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.sent, m.failures, m.listings, m.resent, m.runs, m.lastRun, m.subscribers} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return nil, err
			}
		}
	}
	return m, nil
}
