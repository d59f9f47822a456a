package normalize

// Vouchers and reimbursements named before an amount are perks, not pay:
// "Vouchere de vacanță 1.000 lei/an" (Romanian holiday vouchers), "Meal
// vouchers 150 EUR per month", "Decont transport 300 lei". worldPerkWords
// (pay_labels_world.go) holds "tichete" and "bonuri" but not the Romanian
// plural "vouchere", the English "voucher" or the Romanian "decont"
// (reimbursement); a pay label nearer the amount still wins, as for every
// perk word.
func init() {
	for _, w := range []string{"voucher", "vouchers", "vouchere", "voucherele", "decont", "decontare", "decontarea"} {
		worldPerkWords[termKey(w)] = true
	}
}
