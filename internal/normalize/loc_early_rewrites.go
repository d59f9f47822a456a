package normalize

// earlyLocs rewrites the location fields before the work mode and regions
// are read (Normalize), each location on its own; locs is not changed, and
// a new slice is returned only when a location changes:
//   - "Walldorf, DE, 69190" names Germany (region_de_postcode.go) and
//     "Berlin, DE, 10557" drops its postcode (region_postcode_tail.go);
//   - "Renningen, DE" and "71272 Renningen" name Germany (region_de_postcode.go);
//   - "OH - Dublin" is Dublin, Ohio (region_state_lead_town.go);
//   - "Newry, Ireland" is in Northern Ireland (region_ni_town.go);
//   - "Remote_USA", "RemoteUS" are split (region_town_province_zip.go);
//   - "Remote - ARG", "CHE - Remote" name the code's country (region_remote_alpha3.go);
//   - "Remote (Eligible States)" is in the United States (region_remote_eligible_states.go).
func earlyLocs(locs []string) []string {
	var out []string
	for i, loc := range locs {
		f := remoteStatesLoc(remoteAlpha3Loc(unglueRemoteLoc(northIrishTownLoc(stateLeadTownLoc(trimPostcodeTail(germanTownLoc(germanPostcodeLoc(loc))))))))
		if f != loc && out == nil {
			out = append([]string(nil), locs...)
		}
		if out != nil {
			out[i] = f
		}
	}
	if out == nil {
		return locs
	}
	return out
}
