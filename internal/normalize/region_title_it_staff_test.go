package normalize

import "testing"

// A Vietnamese, Indonesian or Malay staff noun before "IT" in a remote
// title is the trade, not Italy; "Remote - IT" and an English "IT" place
// segment keep their reading elsewhere.
func TestITStaffSegment(t *testing.T) {
	for _, c := range []struct {
		seg  string
		want bool
	}{
		{"Nhân viên IT", true},
		{"Kỹ sư IT", true},
		{"Staf IT", true},
		{"Juruteknik IT", true},
		{"Remote IT", false},
		{"Milano IT", false},
		{"IT", false},
	} {
		if got := itStaffSegment(c.seg); got != c.want {
			t.Errorf("itStaffSegment(%q) = %v, want %v", c.seg, got, c.want)
		}
	}
	runRegionSentenceCases(t, []regionSentenceCase{
		{"vi staff it remote title", "Nhân viên IT (Remote)", "", "", ""},
		{"id staff it remote title", "Teknisi IT (Remote)", "", "", ""},
	})
}
