package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"

	"github.com/go-analyze/charts"
)

// Charts are drawn on the server as SVG by github.com/go-analyze/charts,
// which escapes every text it writes. Each SVG becomes an image with an
// accessible name (role="img", aria-label); the page puts it in a <figure>
// with a caption and the numbers as a table.

const chartWidth, chartHeight = 560, 320

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

// countAxis is a value axis from 0 in whole steps of 1, 2 or 5 times a
// power of ten, with about five intervals: counts never get labels like 2.5.
func countAxis(values [][]float64) charts.ValueAxisOption {
	top := 0.0
	for _, vs := range values {
		for _, v := range vs {
			top = math.Max(top, v)
		}
	}
	step := 1.0
	for top/step > 5 {
		switch m := step / math.Pow(10, math.Floor(math.Log10(step))); m {
		case 1:
			step *= 2
		case 2:
			step *= 2.5
		default:
			step *= 2
		}
	}
	n := math.Max(1, math.Ceil(top/step))
	return charts.ValueAxisOption{Min: charts.Ptr(0.0), Max: charts.Ptr(n * step), LabelCount: int(n) + 1,
		PreferNiceIntervals: charts.Ptr(false), ValueFormatter: wholeNumber}
}

// percentAxis is a value axis from 0 to 100%.
func percentAxis() charts.ValueAxisOption {
	return charts.ValueAxisOption{Min: charts.Ptr(0.0), Max: charts.Ptr(100.0), LabelCount: 6, PreferNiceIntervals: charts.Ptr(false),
		ValueFormatter: func(v float64) string { return fmt.Sprintf("%.0f%%", v) }}
}

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
	opt.YAxis = []charts.YAxisOption{countAxis(values)}
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
func barChart(labels []string, series []namedSeries, horizontal bool, axis charts.ValueAxisOption, label string) (template.HTML, error) {
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
	opt.ValueAxis = []charts.ValueAxisOption{axis}
	opt.CategoryAxis.LabelCount = len(cats) // every category named
	opt.CategoryAxis.LabelFontStyle = charts.NewFontStyleWithSize(12)
	opt.Padding = charts.Box{Top: 16, Right: 40, Bottom: 12, Left: 12}
	for i := range opt.SeriesList {
		opt.SeriesList[i].Label.Show = charts.Ptr(true)
		opt.SeriesList[i].Label.ValueFormatter = axis.ValueFormatter
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
