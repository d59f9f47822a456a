package normalize

// The Guatemalan quetzal is written "Q" before the figure: "Q7,500 al
// mes", "Q 9 000 - Q 11 000". A "Q" before a digit is far more often a
// quarter ("Q3", "Q4 2025"), so the mark is read only before a figure
// written with its thousands ("Q7,500") or with a multiplier ("Q18 mil"),
// and only after no other amount was pay (morePay).

// quetzalMarkStarts adds to preMarkStarts the places a "Q" mark may start:
// "Q", an optional space, then a digit.
func quetzalMarkStarts(text string, add func(int)) { markStartsBeforeDigit(text, "Q", false, add) }

// quetzalFigure reports whether a figure after "Q" is sized as money.
func quetzalFigure(figure string, mult bool) bool { return mult || markThousands(figure) }
