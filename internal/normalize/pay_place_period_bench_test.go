package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// placePeriodWordsText is a worst case for these readers: a long
// description naming leva, rupees written "Rs", CTC and alternatives many
// times, in Bulgarian and English, with no salary until the last line.
var placePeriodWordsText = strings.Repeat("Картата за транспорт струва 50 лв., обучението е безплатно. "+
	"Benefits: Rs 500 meal card, CTC review each year, laptop or tablet, 2 lacs insurance cover. "+
	"You will answer calls or chats for customers in Lahore or Colombo. ", 12) + "Заплата: 1 800 - 2 400 лева месечно"

// BenchmarkPlacePeriodWords normalizes a listing with placePeriodWordsText as its
// description, placed in Lahore (built on main too, to compare: it uses
// none of these readers).
func BenchmarkPlacePeriodWords(b *testing.B) {
	p := &model.Posting{Source: "t", ExternalID: "w", Title: "Оператор", Locations: []string{"Lahore, Pakistan"},
		PayText: "Rs 60,000 or Rs 70,000", DescriptionText: placePeriodWordsText}
	b.ReportAllocs()
	for b.Loop() {
		Normalize(p, testOpts)
	}
}
