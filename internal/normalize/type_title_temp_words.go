package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Title type words the readers before missed (table tests in
// type_title_temp_words_test.go):
//
//   - the Dutch "tijdelijk"/"tijdelijke" (temporary) and the Nordic
//     "vikariat"/"barselsvikariat" (a fixed-term substitute post) as whole
//     words: "Medewerker administratie (tijdelijk)", "Lärare, vikariat";
//     they join titleLocalWords, so a title naming a second kind
//     ("tijdelijk, deeltijd") is left to the readers after; so is the
//     Dutch "ZZP" (self-employed): "Developer (ZZP)";
//   - a leading upper-case "PT" (part-time) before a shop, kitchen or
//     front-desk job noun: "PT Barista", "PT Sales Associate". Only those
//     nouns: "PT" before another word is also a physical therapist ("PT
//     Clinic Director"), a PE teacher ("PT Teacher") or an Indonesian
//     company ("PT Bank ..."), and a "PT" at the end a country (Portugal).
var titleLocalWordsTemp = []titleLocalWord{
	{"tijdelijk", model.TypeContract, false}, {"tijdelijke", model.TypeContract, false},
	{"vikariat", model.TypeContract, false}, {"barselsvikariat", model.TypeContract, false},
	{"zzp", model.TypeContract, false},
}

// titleLeadPT is a leading "PT" and the hourly job noun after it.
var titleLeadPT = regexp.MustCompile(`^PT\s+(?i:barista|cashier|server|waiter|waitress|cook|line cook|prep cook|dishwasher|bartender|busser|host|hostess|crew|crew member|team member|sales associate|retail associate|store associate|sales assistant|shop assistant|stocker|merchandiser|receptionist|front desk|clerk|bagger|courier|delivery driver|driver|housekeeper|custodian|janitor|cleaner|teller|tutor|nanny|babysitter|caregiver|warehouse associate|package handler|picker|packer|lifeguard|security officer|usher)\b`)

// titleLeadPTType reads titleLeadPT: part-time, else unknown.
func titleLeadPTType(title string) model.JobType {
	if len(title) < 5 || !strings.HasPrefix(title, "PT") || !titleLeadPT.MatchString(title) {
		return model.TypeUnknown
	}
	return model.TypePartTime
}
