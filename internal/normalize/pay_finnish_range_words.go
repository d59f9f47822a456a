package normalize

// Finnish names a salary range with compounds that begin with "palkka"
// (salary) and end in a word for a frame or a span: "palkkaraami" (the
// salary frame), "palkkahaarukka" (the salary fork, in its case forms
// "palkkahaarukan", "palkkahaarukassa", "palkkahaarukaksi"), "palkkahaitari"
// (the salary spread) and "palkkataso" (the salary level). labelCompounds
// (pay_labels_world.go) reads compounds that end in "palkka" only; these
// are pay labels alone, with no period ("alustava palkkaraami on
// 5000-6500 €"). A candidate's salary wish ("palkkatoive") is no label and
// is not added.
func init() {
	for _, w := range []string{
		"palkkaraami", "palkkaraamin", "palkkaraamiksi",
		"palkkahaarukka", "palkkahaarukan", "palkkahaarukassa", "palkkahaarukaksi", "palkkahaarukalla",
		"palkkahaitari", "palkkahaitarin", "palkkahaitarilla",
		"palkkataso", "palkkatason", "palkkatasolla",
	} {
		worldPayLabels[termKey(w)] = ""
	}
}
