package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-analyze/charts"
)

func hexOf(c charts.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// TestChartColours: lines and bars keep 3:1 against the white chart
// background (WCAG 1.4.11), texts 4.5:1.
func TestChartColours(t *testing.T) {
	bg := hexOf(chartTheme.GetBackgroundColor())
	for i := range 7 {
		if c := hexOf(chartTheme.GetSeriesColor(i)); contrast(c, bg) < 3 {
			t.Errorf("series colour %d %s on %s: %.2f:1", i, c, bg, contrast(c, bg))
		}
	}
	for name, c := range map[string]charts.Color{"label": chartTheme.GetLabelTextColor(), "legend": chartTheme.GetLegendTextColor(),
		"x axis": chartTheme.GetXAxisTextColor(), "y axis": chartTheme.GetYAxisTextColor()} {
		if r := contrast(hexOf(c), bg); r < 4.5 {
			t.Errorf("%s text %s on %s: %.2f:1", name, hexOf(c), bg, r)
		}
	}
}

func TestCountAxis(t *testing.T) {
	tests := []struct {
		top       float64
		max       float64
		intervals int
	}{
		{0, 1, 1}, {1, 1, 1}, {4, 4, 4}, {5, 5, 5}, {6, 6, 3}, {9, 10, 5}, {24, 25, 5}, {28, 30, 3}, {32, 40, 4}, {99, 100, 5}, {101, 150, 3}, {1234, 1500, 3},
	}
	for _, tt := range tests {
		a := countAxis([][]float64{{0, tt.top / 2, tt.top}})
		if *a.Max != tt.max || a.LabelCount != tt.intervals+1 || *a.Min != 0 {
			t.Errorf("top %v: axis 0..%v in %d labels, want 0..%v in %d", tt.top, *a.Max, a.LabelCount, tt.max, tt.intervals+1)
		}
		step := *a.Max / float64(a.LabelCount-1)
		if step != float64(int(step)) {
			t.Errorf("top %v: step %v is not whole", tt.top, step)
		}
	}
}

// TestChartSVG: an image with an escaped accessible name and no fixed size.
func TestChartSVG(t *testing.T) {
	svg, err := barChart([]string{"a", "b"}, []namedSeries{{Name: "n", Values: []float64{1, 2}}}, true, countAxis([][]float64{{1, 2}}), `Say "<hi>" & bye`)
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	if !strings.HasPrefix(s, `<svg role="img" aria-label="Say &#34;&lt;hi&gt;&#34; &amp; bye" focusable="false" class="chart-svg" `) {
		t.Errorf("svg starts %q", s[:min(len(s), 160)])
	}
	if !strings.Contains(s, `viewBox="0 0 560 320"`) || strings.Contains(s[:200], ` width=`) {
		t.Errorf("svg is not scalable: %q", s[:200])
	}
}
