package normalize

// A range's second end far below its first is no end of the range but a
// slip or another figure: "$50,000 - $10" (a board's form with a stray
// maximum) is 50,000, not 10 to 50,000. Pay ranges rise; one written
// falling with the second end under a hundredth of the first (and no
// multiplier on either end, which "$150K - 200" and "₹25L - 30" share) is
// read as its first amount alone.

// dropTinyEnd (called in scanMoney before a falling range is turned round)
// reads mo as its first amount alone when its second end is under a
// hundredth of the first; plain reports that neither end has a multiplier,
// firstEnd is where the first amount ends.
func dropTinyEnd(mo *money, plain bool, firstEnd int) {
	if mo.ranged && plain && mo.max*100 < mo.min { // a zero end too: "€90,000 - €00"
		mo.max, mo.ranged, mo.end = mo.min, false, firstEnd
	}
}
