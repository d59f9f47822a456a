package normalize

import "strings"

// Japanese listings name the work place on a labelled line, as Chinese ones
// do: "勤務地：渋谷区", "【勤務地】新宿", "エリア：大阪市". The labels join the
// Chinese ones in cjkPlaceLabels, so a remote or hybrid listing with no
// location field reads such a line as its location (see
// region_desc_location_line.go); the line must still open its line, so
// "対応エリア：全国" inside other text is not read.
var jaPlaceLabels = []string{"勤務地：", "勤務地:", "【勤務地】", "勤務場所：", "勤務場所:", "就業場所：", "就業場所:", "エリア：", "エリア:"}

// tokyoAreaNames are Tokyo districts that listings write without the ward
// suffix 区 ("新宿", "品川"). Names that are also common surnames or words
// (神田, 恵比寿, 上野) are left out.
const tokyoAreaNames = `新宿 渋谷 品川 池袋 六本木 秋葉原 大手町 丸の内 五反田 赤坂 日本橋 虎ノ門 汐留 豊洲 中目黒 西新宿 北千住`

func init() {
	cjkPlaceLabels = append(cjkPlaceLabels, jaPlaceLabels...)
	for _, name := range strings.Fields(tokyoAreaNames) {
		addRegionName(name, "JP")
	}
}
