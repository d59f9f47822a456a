package web

import (
	"fmt"
	"html"
	"html/template"
	"strings"

	"github.com/go-analyze/charts"
)

// Charts are drawn on the server as SVG by github.com/go-analyze/charts,
// which escapes every text it writes. Each SVG becomes an image with an
// accessible name (role="img", aria-label); the page puts it in a <figure>
// with a caption and the numbers as a table.

const chartWidth, chartHeight = 720, 340

// namedSeries is one line or one set of bars.
type namedSeries struct {
	Name   string
	Values []float64
}

// chartSVG finishes a painter's SVG: no fixed size (the viewBox scales
// with the page), an image role and label for assistive technology.
func chartSVG(p *charts.Painter, label string) (template.HTML, error) {
	b, err := p.Bytes()
	if err != nil {
		return "", fmt.Errorf("web: chart: %w", err)
	}
	svg := string(b)
	if !strings.HasPrefix(svg, "<svg ") {
		return "", fmt.Errorf("web: chart: not an SVG document")
	}
	attrs := `<svg role="img" aria-label="` + html.EscapeString(label) + `" focusable="false" class="chart-svg" `
	return template.HTML(attrs + strings.TrimPrefix(svg, "<svg ")), nil
}

func newPainter() *charts.Painter {
	return charts.NewPainter(charts.PainterOptions{OutputFormat: charts.ChartOutputSVG, Width: chartWidth, Height: chartHeight})
}

// chartTheme is the light theme with series colours that keep at least
// 3:1 contrast against white.
var chartTheme = charts.GetTheme(charts.ThemeLight).WithSeriesColors([]charts.Color{
	charts.ColorFromHex("#1e40af"), charts.ColorFromHex("#b45309"), charts.ColorFromHex("#047857"),
	charts.ColorFromHex("#b91c1c"), charts.ColorFromHex("#6d28d9"), charts.ColorFromHex("#0e7490"),
	charts.ColorFromHex("#4d5563"),
})

func wholeNumber(v float64) string { return fmt.Sprintf("%.0f", v) }

// lineChart draws series over the labels, with a legend when there is
// more than one.
func lineChart(labels []string, series []namedSeries, label string) (template.HTML, error) {
	values := make([][]float64, len(series))
	names := make([]string, len(series))
	for i, s := range series {
		values[i], names[i] = s.Values, s.Name
	}
	opt := charts.NewLineChartOptionWithData(values)
	opt.Theme = chartTheme
	opt.XAxis.Labels = labels
	opt.XAxis.BoundaryGap = charts.Ptr(false)
	opt.Legend.SeriesNames = names
	opt.Legend.Show = charts.Ptr(len(series) > 1)
	opt.Legend.Offset = charts.OffsetStr{Left: charts.PositionCenter}
	opt.YAxis = []charts.YAxisOption{{Min: charts.Ptr(0.0), ValueFormatter: wholeNumber, PreferNiceIntervals: charts.Ptr(true)}}
	opt.Padding = charts.Box{Top: 16, Right: 24, Bottom: 12, Left: 12}
	opt.LineStrokeWidth = 2.5
	p := newPainter()
	if err := p.LineChart(opt); err != nil {
		return "", fmt.Errorf("web: line chart: %w", err)
	}
	return chartSVG(p, label)
}

// barChart draws one bar per label for each series; horizontal bars list
// the first label at the top.
func barChart(labels []string, series []namedSeries, horizontal bool, format func(float64) string, label string) (template.HTML, error) {
	values := make([][]float64, len(series))
	names := make([]string, len(series))
	cats := labels
	for i, s := range series {
		values[i], names[i] = s.Values, s.Name
	}
	if horizontal { // the chart draws the first category at the bottom
		cats = reversed(labels)
		for i := range values {
			values[i] = reversed(values[i])
		}
	}
	opt := charts.NewBarChartOptionWithData(values)
	opt.Theme = chartTheme
	opt.Horizontal = horizontal
	opt.CategoryAxis.Labels = cats
	opt.Legend.SeriesNames = names
	opt.Legend.Show = charts.Ptr(len(series) > 1)
	opt.Legend.Offset = charts.OffsetStr{Left: charts.PositionCenter}
	opt.ValueAxis = []charts.ValueAxisOption{{Min: charts.Ptr(0.0), ValueFormatter: format}}
	opt.Padding = charts.Box{Top: 16, Right: 40, Bottom: 12, Left: 12}
	for i := range opt.SeriesList {
		opt.SeriesList[i].Label.Show = charts.Ptr(true)
		opt.SeriesList[i].Label.ValueFormatter = format
	}
	p := newPainter()
	if err := p.BarChart(opt); err != nil {
		return "", fmt.Errorf("web: bar chart: %w", err)
	}
	return chartSVG(p, label)
}

func reversed[T any](s []T) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}
