package normalize

// reviseWorkPatternWordings applies work-pattern wordings the readers
// before it miss (round 121b; cases in remote_work_pattern_wordings_test.go):
//
//   - no office days at all ("0 days / week in-office", "zero days on
//     site") is remote work, not an office one (remote_zero_office_days.go);
//   - home and office working named together ("home and office-based
//     working", "remote and on-site collaboration required") is hybrid
//     (remote_home_office_pair.go);
//   - a few days from home allowed ("up to two days working from home",
//     "includes some remote working") is hybrid (remote_home_days_allowance.go);
//   - a policy said not to apply to remote roles ("This policy does not
//     apply to fully remote roles") says nothing of this job's mode
//     (remote_roles_disclaimer.go);
//   - a remote field or location narrowed by the text's own office line:
//     "Location: Omaha, NE – Hybrid", "must be able to commute to our
//     Denver office" (remote_flag_office_line.go);
//   - a hybrid word offered as a choice to some or naming past roles ("you
//     are welcome to work in a hybrid capacity", "prior work in ... hybrid
//     roles") does not narrow a remote field (remote_side_hybrid.go);
//   - an on-site word naming a session ("organize on-site Tableau training
//     sessions") is no on-site job (remote_onsite_side_events.go);
//   - a presence label with fewer than five days ("Onsite presence: 2 days
//     per week") and Dutch work partly at the office ("(deels) werken op
//     kantoor") are hybrid (remote_presence_day_label.go,
//     remote_dutch_partial_office.go).
func reviseWorkPatternWordings(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if text == "" {
		return ri
	}
	ri = reviseZeroOfficeDays(text, ri)
	ri = reviseHomeOfficePair(text, ri)
	ri = reviseHomeDaysAllowance(text, ri)
	ri = reviseRemoteRolesDisclaimer(text, ri)
	ri = reviseFlagOfficeLine(text, ri)
	ri = reviseSideHybrid(hint, locs, text, ri)
	ri = reviseOnsiteSideEvents(hint, locs, text, ri)
	ri = revisePresenceDayLabel(text, ri)
	ri = reviseFieldOfficeDuties(text, ri) // "Relocation is required for this position" (remote_field_office_duties.go)
	return reviseDutchPartialOffice(text, ri)
}
