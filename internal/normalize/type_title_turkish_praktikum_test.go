package normalize

import "testing"

// Turkish internship and part-time words as titles inflect or spell them,
// enum-style type words pasted into a title, and German compounds ending
// in Praktikum, in this project's own wording, with the traps they must
// leave alone.
func TestTitleTurkishAndPraktikumCompounds(t *testing.T) {
	cases := []struct{ field, title, want string }{
		{"", "Stajyerlik Başvurusu - Muhasebe", "internship"},
		{"", "Satış Stajyeri", "internship"},
		{"", "Kısa dönem stajı - İnsan Kaynakları", "internship"},
		{"", "Yaz Staj Programı: Lojistik", "internship"},
		{"", "Yaz staj programi 2027", "internship"},
		{"", "yari zamanli kasiyer", "part_time"},
		{"", "Yarım gün muhasebe elemanı", "part_time"},
		{"", "Yari gun temizlik personeli", "part_time"},
		{"", "PART_TIME Cashier", "part_time"},
		{"", "Night Auditor FULL_TIME", "full_time"},
		{"", "Herbstpraktikum Marketing (m/w/d)", "internship"},
		{"", "Grundpraktikum Maschinenbau", "internship"},
		{"", "Orientierungspraktikum im Vertrieb", "internship"},
		// Traps: the staff member who runs internships, German words that
		// go on after Praktikum, a plural that names a unit,
		// and plain titles.
		{"", "Staj Sorumlusu", "unknown"},
		{"", "Praktikumskoordinator (m/w/d)", "unknown"},
		{"", "Praktikumsbetreuerin Personal", "unknown"},
		{"", "Stajlar Birimi Müdürü", "unknown"},
		{"", "Fachinformatiker Anwendungsentwicklung", "unknown"},
		{"", "Muhasebe Uzmanı", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(field %q, title %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
