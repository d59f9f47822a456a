package normalize

// frenchDayRate is the French freelance day rate stated with an amount of
// three or four figures: "TJM : 600-800 €/jour", "TJM cible 550 €", "taux
// journalier moyen : 480 €". The TJM (taux journalier moyen) is what an
// independent consultant bills per day, so, like the German Tagessatz
// (germanDayRate) and an English "Day rate: £450", it makes the post a
// contract. The amount must follow the label closely (a qualifier and a
// colon at most): "Le TJM sera discuté", "TJM selon profil" and a salary
// named after the label ("pas de TJM, salaire 45 000 €") are left to the
// other readers, and one or two figures are no day rate.
var frenchDayRate = newKeyRegexp(`(?i)(?:\btjm\b|\btaux\s+journaliers?(?:\s+moyens?)?)(?:\s+(?:moyen|cible|souhaité|proposé|indicatif|max(?:imum)?|min(?:imum)?))?\s*[:=]?\s*(?:(?:de|entre|jusqu'à|jusqu’à|autour\s+de|d'environ|d’environ|à\s+partir\s+de)\s+)?€?\s?\d{3,4}(?:[.,]\d{1,2})?(?:\s|$|€|-|–|/|à|\b)`, 2, 48, "tjm", "taux journalier")

// frenchDayRateType reports whether text states a French day rate with an
// amount.
func frenchDayRateType(text string) bool {
	return frenchDayRate.MatchString(text) // its keys gate it (the shared key scan)
}
