package normalize

import "testing"

// Type fields naming only a civil-law contract (my own examples), with
// traps that must keep their earlier readings.
func TestTypeFieldCivilContractWords(t *testing.T) {
	cases := []struct{ name, field, title, want string }{
		{"polish mandate board key", "mandate", "Tester oprogramowania", "contract"},
		{"polish mandate key capitalised", "Mandate", "Księgowa", "contract"},
		{"polish mandate noun", "Zlecenie", "Kurier", "contract"},
		{"chinese contract alone", "合同", "仓库管理员", "contract"},
		{"chinese contract alone padded", " 合同 ", "仓库管理员", "contract"},
		{"traditional chinese contract alone", "合約", "倉庫管理員", "contract"},
		{"trap: mandatory is no contract", "Mandatory", "Nurse", "unknown"},
		{"trap: contract term field", "合同期", "仓库管理员", "unknown"},
		{"trap: contract expiry field", "合同到期", "仓库管理员", "unknown"},
		{"trap: contract worker still contract", "合同工", "仓库管理员", "contract"},
		{"trap: full-time after contract word", "合同 / 全职", "仓库管理员", "full_time"},
		{"trap: mandate contract spelled out", "Mandate contract", "Kurier", "contract"},
		{"trap: mandate in a title alone", "", "Mandate Manager", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(ParseType(c.field, c.title, "")); got != c.want {
				t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
			}
		})
	}
}
