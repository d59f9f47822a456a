package normalize

import "strings"

// Chinese county-level cities (县级市) that are known manufacturing, trade
// and tech hubs, written with 市 as an address or a board gives them:
// "昆山市" (Kunshan), "义乌市" (Yiwu), "晋江市" (Jinjiang). The
// prefecture-level cities are listed in region_asia_africa_places.go; these
// sit one level below, so an address led by one of them ("昆山市花桥镇") was
// one unknown word. With the name known, cjkAddressLoc splits it off and the
// location reads as China. Only the 市 form is added: the bare names are
// short and some are also ordinary words. Table tests in
// region_cn_county_cities_test.go.
func init() {
	for _, name := range strings.Fields(`义乌 昆山 江阴 张家港 常熟 太仓 宜兴 溧阳 丹阳 靖江 泰兴 如皋 启东
		慈溪 余姚 诸暨 海宁 桐乡 乐清 瑞安 温岭 永康 东阳 晋江 石狮 南安 福清 寿光 龙口 胶州 平度 荣成 巩义 新郑
		浏阳 醴陵 仙桃 普宁 英德 都江堰`) {
		if _, ok := regionNames[name+"市"]; !ok {
			addRegionName(name+"市", "CN")
		}
	}
}
