package model

import "strings"

// Which countries each wider area holds, for searches by where a student
// lives: "remote from Germany" finds the listings that name Germany, and
// those open to an area Germany lies in (Europe, EMEA) or to the whole
// world. Europe is the continent (normalize writes EU for "Europe" as
// well as for the European Union), with the countries that span it and
// Asia; Asia-Pacific holds all of Asia, as normalize reads "Asia" as APAC.
var areaCountries = map[string]string{
	RegionEU: "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT JE LI LT LU " +
		"LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK",
	RegionMENA: "AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE",
	RegionAfrica: "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU " +
		"MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
	RegionLATAM: "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC MF MQ " +
		"MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI",
	RegionAPAC: "AF AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN IO JP KG KH KI KP KR KZ LA LK MH MM MN MO MP MV MY NC " +
		"NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU WF WS",
}

// areaWithin names the areas each area lies in.
var areaWithin = map[string][]string{
	RegionEU: {RegionEMEA}, RegionMENA: {RegionEMEA}, RegionAfrica: {RegionEMEA}, RegionLATAM: {RegionAmericas},
}

// regionOpenTo maps each region code to the codes whose listings a
// student there may apply to: itself, the areas around it, worldwide.
var regionOpenTo = func() map[string][]string {
	within := map[string][]string{} // code -> the areas it lies in, nearest first
	add := func(code, area string) {
		for _, a := range within[code] {
			if a == area {
				return
			}
		}
		within[code] = append(within[code], area)
	}
	for area, codes := range areaCountries {
		for _, c := range strings.Fields(codes) {
			add(c, area)
		}
	}
	for _, c := range strings.Fields("US CA BM GL PM UM") {
		add(c, RegionAmericas)
	}
	for code, areas := range within {
		for _, a := range areas {
			for _, outer := range areaWithin[a] {
				add(code, outer)
			}
		}
	}
	for area, outer := range areaWithin {
		within[area] = append(within[area], outer...)
	}
	m := map[string][]string{}
	for code := range RegionNames {
		m[code] = append(append([]string{code}, within[code]...), RegionWorldwide)
	}
	m[RegionWorldwide] = []string{RegionWorldwide}
	return m
}()

// RegionsOpenTo returns the region codes of the listings a student in
// region code may apply to: the code itself, every area it lies in, and
// worldwide ("DE" -> DE, EU, EMEA, worldwide; "EU" -> EU, EMEA,
// worldwide). An unknown code is returned alone.
func RegionsOpenTo(code string) []string {
	if rs, ok := regionOpenTo[code]; ok {
		return rs[:len(rs):len(rs)] // shared: an append copies
	}
	return []string{code}
}
