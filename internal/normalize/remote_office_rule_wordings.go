package normalize

// reviseOfficeRuleWordings applies three office rules the readers before it
// miss (round 120b; cases in remote_office_rule_wordings_test.go):
//
//   - Russian and Ukrainian "work only from the office" and an obligatory
//     office ("Работа только из офиса", "робота в офісі обов'язкова")
//     read as on-site (remote_cyrillic_office_only.go);
//   - a required hybrid attendance ("Hybrid attendance is required") reads
//     as hybrid (remote_hybrid_attendance.go);
//   - "work full-time from our Porto office" in the text outweighs a
//     remote location field such as "Anywhere in the World"
//     (remote_full_time_office.go).
func reviseOfficeRuleWordings(text string, ri RemoteInfo) RemoteInfo {
	ri = reviseCyrillicOfficeOnly(text, ri)
	ri = reviseHybridAttendance(text, ri)
	return reviseFullTimeOffice(text, ri)
}
