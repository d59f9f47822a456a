package normalize

import "testing"

// japaneseTagCases: titles in this project's own wording, read by
// type_title_japanese_tag.go, and the traps it must leave alone.
var japaneseTagCases = []struct{ title, want string }{
	{"【アルバイト】カフェのホールスタッフ", "part_time"}, {"【パート・アルバイト】惣菜の調理補助", "part_time"},
	{"【正社員】設備保全エンジニア", "full_time"}, {"一般事務（派遣）", "contract"}, {"経理アシスタント［契約社員］", "contract"},
	{"【業務委託】Webデザイナー", "contract"}, {"【長期インターン】マーケティングアシスタント", "internship"},
	{"【東京】【正社員】法人営業", "full_time"}, {"経理事務 正社員", "full_time"}, {"アルバイト　キッチンスタッフ", "part_time"},
	// Traps: the words outside a tag, a tag of two kinds, a tag of other words.
	{"派遣コーディネーター（東京本社）", "unknown"}, {"販売スタッフ 正社員登用あり", "unknown"},
	{"【正社員・契約社員】倉庫管理", "unknown"}, {"【未経験歓迎】ITサポート", "unknown"}, {"アルバイト採用担当（人事部）", "unknown"},
	{"パート 正社員 同時募集", "unknown"},
}

func TestJapaneseTitleTagType(t *testing.T) {
	for _, c := range japaneseTagCases {
		if got := ParseType("", c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(title %q) = %s, want %s", c.title, got, c.want)
		}
	}
}
