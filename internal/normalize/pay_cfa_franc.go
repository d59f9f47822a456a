package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// The CFA franc is two currencies of one value: West Africa's (XOF:
// Senegal, Côte d'Ivoire, Mali, Burkina Faso, Benin, Togo, Niger,
// Guinea-Bissau) and Central Africa's (XAF: Cameroon, Gabon, Chad, the
// Central African Republic, the Republic of the Congo, Equatorial
// Guinea). Boards of both write "FCFA" (or "F CFA") after the amount:
// "250 000 FCFA par mois". The money scanner reads "FCFA" as XOF, and
// "XOF" and "XAF" as themselves (money.go); cfaFranc makes an "FCFA"
// amount Central African where the listing is in a Central African
// country. With no period, CFA and Moroccan dirham ("MAD") amounts are
// sized as a month's (monthCeiling, pay_place_period.go), as those boards
// quote pay by the month. Table tests in pay_cfa_franc_test.go.

// centralAfricanFranc are the countries that pay in XAF.
var centralAfricanFranc = map[string]bool{"CM": true, "GA": true, "TD": true, "CF": true, "CG": true, "GQ": true}

// cfaFranc sets an "FCFA" amount's currency to XAF in a Central African
// listing.
func cfaFranc(pay *model.Pay, l *model.Listing) {
	if pay.Currency != "XOF" || pay.Evidence == nil || !strings.Contains(pay.Evidence.Text+l.PayText, "CFA") {
		return
	}
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if centralAfricanFranc[r] {
				pay.Currency = "XAF"
				return
			}
		}
	}
}
