package normalize

import "regexp"

// germanInternHeading is a description line that is only a German
// internship heading, "Praktikum im Bereich Controlling": the offer named
// the way a title would name it. The words after "Bereich" must be
// capitalised nouns (joined by "und" or "&") up to the line's end, so a
// requirement on its own line ("Praktikum im Bereich Vertrieb von
// Vorteil", "... wünschenswert") is not read: it asks for an internship
// done before.
var germanInternHeading = regexp.MustCompile(`(?m)^[ \t]*([Pp]raktikum)\s+im\s+Bereich(?:[ \t]+(?:\p{Lu}[\p{L}&/-]*|und|&)){1,5}[ \t]*[.!]?[ \t]*$`)
