package normalize

import "strings"

// itStaffSegment reports a title segment that ends in "IT" after a staff
// noun of Vietnamese, Indonesian or Malay, which put the trade after the
// noun: "Chuyên viên IT", "Nhân viên IT", "Pegawai IT", "Staf IT" are IT
// staff, not Italy (table tests and traps in region_title_it_staff_test.go).
func itStaffSegment(seg string) bool {
	if !strings.HasSuffix(seg, " IT") {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(seg, " IT")))
	for _, n := range itStaffNouns {
		if head == n || strings.HasSuffix(head, " "+n) {
			return true
		}
	}
	return false
}

// itStaffNouns are the staff nouns itStaffSegment reads, lower case.
var itStaffNouns = []string{"chuyên viên", "nhân viên", "kỹ sư", "kỹ thuật viên", "trưởng phòng", "trưởng nhóm",
	"pegawai", "staf", "kakitangan", "juruteknik", "teknisi", "eksekutif", "pengurus", "penyelia", "spesialis", "manajer", "ketua"}
