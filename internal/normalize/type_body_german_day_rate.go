package normalize

// germanDayRate is a German freelance day rate stated with an amount of
// three or four figures: "Tagessatz: 850 €", "Tagessätze bis 1.100 EUR".
// A day rate is what a freelancer or interim manager is paid by, so it
// makes the post a contract, as an English "Day rate: £450" does
// (ukContractType). One or two figures a day are an allowance ("Tagessatz
// 28 € Verpflegung"), and a rate with no amount ("Tagessatz nach
// Absprache") is left to the other readers: it often sits beside a
// permanent choice.
var germanDayRate = newKeyRegexp(`(?i)\btagess(?:atz|ätze)\b[^.\n]{0,24}?(?:\d{1,2}\.?)?\d{3}\b`, 2, 40, "tagess")
