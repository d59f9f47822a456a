package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// philippineCityCases pin the Philippine cities of regions_asia_cities.go
// beyond Metro Manila, Cebu and Davao: a "P" amount in a posting placed
// there is pesos, and a hybrid post there is in PH. Trap: a "P" before a
// number in a posting placed nowhere stays unread.
var philippineCityCases = []truthCase{
	{name: "peso sign in a visayas city", p: model.Posting{Title: "Store Associate", Locations: []string{"Iloilo City"}, PayText: "P15,200"}, pay: "15200 15200 PHP month"},
	{name: "peso range in a mindanao city", p: model.Posting{Title: "Call Center Agent", Locations: []string{"Cagayan de Oro"}, PayText: "P17,000 - P21,000"}, pay: "17000 21000 PHP month"},
	{name: "hybrid post in a luzon province", p: model.Posting{Title: "Bookkeeper (Hybrid)", Locations: []string{"Hybrid - Pampanga"}}, remote: "hybrid", regions: "PH"},
	{name: "trap: a P before a figure placed nowhere", p: model.Posting{Title: "Clerk", PayText: "P15,200"}, pay: "-"},
}

func TestPhilippineCityCases(t *testing.T) { runFieldCases(t, philippineCityCases) }
