package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Work modes and regions in many languages. Work modes: Japanese
// remote-policy words beyond "フルリモート" ("リモート可", "週2出社" office days
// a week, "常駐" on the client's site, "リモート不可"), Korean and Chinese
// ones, Arabic ("عن بعد", "العمل من المنزل"), Lithuanian ("nuotolinis darbas",
// "hibridinis"), a Ukrainian or Russian "Формат роботи:" label and office-only
// sentences in a description, other European and Asian languages' words in
// the short fields (Dutch "thuiswerken", Swedish "distansarbete", Turkish
// "uzaktan", Indonesian "kerja dari rumah"), a remote field that denies
// remote work ("remote not allowed"), and "based at our Pune office".
// Regions: a foreign city before a US state code ("Paris, TX"), a state
// code before a foreign country ("Chennai, TN, India"), a lower-case
// country code ending an ATS location ("Kuala Lumpur, my"), a remote title
// ending in a region ("Account Executive - EMEA"), a green card required,
// and places no list had (Bay Area, Noida, Kuala Lumpur, Cairo, Indian
// states).
//
// The description readers are key regexps (keyre.go) whose keys join the
// shared key scan; the hint, location and title readers look only at those
// short fields.

// reviseLanguageModes looks again at what the earlier readers made of a listing and
// returns it adjusted.
func reviseLanguageModes(hint string, locs []string, title, text string, ri RemoteInfo) RemoteInfo {
	before := ri.Remote
	if ri.Remote == model.RemoteRemote && hintDenied(hint) {
		ri.Remote, ri.Evidence = model.RemoteOnsite, "structured: "+strings.TrimSpace(hint)
		ri.Regions = ri.Regions[:0] // regions are read for remote and hybrid listings only
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote {
		if r, ev := shortFieldsMode(hint, locs, title); r != model.RemoteUnknown && (ri.Remote == model.RemoteUnknown || r == model.RemoteHybrid) {
			ri.Remote, ri.Evidence = r, ev
		}
	}
	if ri.Remote == model.RemoteUnknown || ri.Remote == model.RemoteRemote {
		if r, ev := textLanguageMode(text); r != model.RemoteUnknown && (ri.Remote == model.RemoteUnknown || r == model.RemoteHybrid) {
			ri.Remote, ri.Evidence = r, "text: "+ev
		}
	}
	ri = reviseWorldModes(hint, locs, title, text, ri) // Nordic, Finnish, Greek, Thai ... words; denied remote (remote_words_world.go)
	if ri.Remote == model.RemoteUnknown {
		if loc := officeBasedAt(text); loc != nil { // not "based in the office or at home" (remote_office_based_choice.go)
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+text[loc[0]:loc[1]]
		}
	}
	if r, ev := labelMode(text, ri); r != ri.Remote {
		ri.Remote, ri.Evidence = r, ev
		if r != model.RemoteRemote && r != model.RemoteHybrid {
			ri.Regions = ri.Regions[:0]
		}
	}
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteHybrid {
		return ri
	}
	fixed, changed := fixCodeLocs(locs)
	if changed {
		fixed = officesDroppedAlike(locs, fixed) // "London, UK" beside "Remote - Europe" (region_offices_rewritten.go)
	}
	if changed || before != model.RemoteRemote && before != model.RemoteHybrid {
		ri.Regions = scopeRegions(hint, fixed, newScopeDoc(text), remoteRegions(hintLocations(hint, fixed), text))
		ri.Regions = usScopeRegions(hint, fixed, text, ri.Regions)
		ri.Regions = exclusionRegions(hint, ri.Remote, fixed, title, text, ri.Regions)
	}
	if len(ri.Regions) == 0 {
		ri.Regions = titleRegionsMore(title, text)
	}
	if len(ri.Regions) == 0 && len(locs) == 0 && ri.Remote == model.RemoteHybrid {
		ri.Regions = locationLineRegions(text) // the office of a hybrid role
	}
	return ri
}

// More work-mode wording: a remote
// field written as a label in the text ("Remote working: Parziale",
// Italian boards' field), remote days a week ("Télétravail 3j/semaine",
// "3 days of remote work per week", or the week left implied where the
// count ends its clause: "hybrid, 2 days remote."), a French in-person
// post ("poste en présentiel") and a French remote reading that is a
// denial ("sans télétravail").
var (
	remoteLabel = newKeyRegexp(`(?i)\b(?:remote\s+working|smart\s+working|lavoro\s+(?:da\s+)?remoto|telelavoro)\s*:\s*(totale|total|full|completo|parziale|partial|parzial|assente|none|no)\b`,
		24, 40, "remote working", "smart working", "remoto", "telelavoro")
	remoteDaysWord = newKeyRegexp(`(?i)\bt[ée]l[ée]travail\s*:?\s*(?:de\s+)?[1-4]\s*j(?:ours?)?\s*(?:/|par)\s*sem(?:aine)?\b|\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:of\s+)?(?:remote|home|wfh)(?:\s+work(?:ing)?)?\s+(?:per|a|each)\s+week\b|\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:remote|wfh)\s*[.,;!)\n]`,
		40, 40, "travail", "days of", "day of", "days remote", "days home", "day remote", "day home", "days wfh", "day wfh")
	presentiel = newKeyRegexp(`(?i)\b(?:poste|travail|emploi|mission)\s+(?:en\s+)?pr[ée]sentiel\b|\bpr[ée]sentiel(?:le)?\s+(?:uniquement|exclusivement|obligatoire)\b|\b100\s?%\s+pr[ée]sentiel\b`,
		24, 40, "sentiel")
	sansTele = newKeyRegexp(`(?i)\bsans\s+(politique\s+de\s+)?t[ée]l[ée]travail\b`, 24, 24, "travail")
)

// labelMode returns the work mode those readers give, or ri's.
func labelMode(text string, ri RemoteInfo) (model.Remote, string) {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteOnsite {
		return ri.Remote, ri.Evidence
	}
	if ms := remoteLabel.FindAllStringSubmatchIndex(text, 1); len(ms) > 0 {
		m := ms[0]
		switch v := strings.ToLower(text[m[2]:m[3]]); {
		case strings.HasPrefix(v, "parzial") || v == "partial":
			return model.RemoteHybrid, "text: " + text[m[0]:m[1]]
		case v == "assente" || v == "none" || v == "no":
			return model.RemoteOnsite, "text: " + text[m[0]:m[1]]
		default:
			return model.RemoteRemote, "text: " + text[m[0]:m[1]]
		}
	}
	if m := remoteDaysWord.FindStringIndex(text); m != nil {
		return model.RemoteHybrid, "text: " + text[m[0]:m[1]]
	}
	if ri.Remote == model.RemoteUnknown {
		if m := presentiel.FindStringIndex(text); m != nil {
			return model.RemoteOnsite, "text: " + text[m[0]:m[1]]
		}
		return ri.Remote, ri.Evidence
	}
	if containsFold(ri.Evidence, "travail") {
		if ms := sansTele.FindAllStringSubmatchIndex(text, 1); len(ms) > 0 {
			m := ms[0]
			if m[2] >= 0 {
				return model.RemoteUnknown, "" // "sans politique de télétravail": no policy stated
			}
			return model.RemoteOnsite, "text: " + text[m[0]:m[1]]
		}
	}
	return ri.Remote, ri.Evidence
}

// locLineRe is a location line in a description: "Location: Hyderabad
// (Hybrid)"; locLineLead the same line opening the text.
var (
	locLineRe = newKeyRegexp(`(?i)
\s*(?:job\s+|work\s+)?location\s*:\s*([^
]{2,60})`, 24, 70, "location")
	locLineLead = regexp.MustCompile(`(?i)^\s*(?:job\s+|work\s+)?location\s*:\s*([^
]{2,60})`)
)

// locationLineRegions returns the regions of a listing's location line when
// the listing has no location field.
func locationLineRegions(text string) []string {
	m := locLineLead.FindStringSubmatch(text[:min(len(text), 80)])
	if m == nil {
		if ms := locLineRe.FindAllStringSubmatch(text, 1); len(ms) > 0 {
			m = ms[0]
		}
	}
	if m == nil {
		return nil
	}
	return Regions(m[1])
}

// hintDenial is a remote field that denies remote work: "remote not
// allowed", "Remote: no", "no remote work".
var hintDenial = regexp.MustCompile(`(?i)^\s*(?:(?:remote|telework|wfh|work from home)(?:\s+work)?\s*(?:[:=-]\s*)?(?:is\s+)?(?:not\s+(?:allowed|possible|available|permitted|offered|an\s+option)|no|none|n/a)|(?:no|not)\s+remote(?:\s+work)?)\s*\.?\s*$`)

// hintDenied reports a remote field that denies remote work.
func hintDenied(hint string) bool {
	return hint != "" && len(hint) < 60 && hintDenial.MatchString(hint)
}

// Work-mode words in short fields (a remote-policy field, a location, a
// title), by language. Each set reads on-site before hybrid before remote:
// "リモート不可" (remote not allowed) is on-site, "一部リモート" (partly
// remote) hybrid.
var (
	// Japanese. Office days on the first day or in training are visits:
	// "初日出社" (on site the first day) leaves a remote role remote.
	japaneseVisit    = regexp.MustCompile(`(?:初日|初回|初月|入場日|入社日|入場時|研修(?:期間)?中?)(?:のみ|は)?出社`)
	japaneseOnsite   = regexp.MustCompile(`常駐(?:必須|案件|勤務|型)?|フル出社|出社必須|基本出社|完全出社|毎日出社|オンサイト|(?:リモート|在宅|テレワーク)(?:勤務|ワーク)?(?:は)?不可`)
	japaneseNoOnsite = regexp.MustCompile(`^(?:なし|無し|不要|なく)`)
	japaneseHybrid   = regexp.MustCompile(`週\s*[1-4１-４一二三四]\s*(?:日|回)?\s*(?:程度)?\s*(?:の)?\s*(?:出社|リモート|在宅)|一部リモート|一部在宅|リモート併用|在宅併用|ハイブリッド|出社とリモート|リモートと出社`)
	japaneseRemote   = regexp.MustCompile(`リモート(?:可|OK|ＯＫ|のみ|中心|メイン)|在宅(?:可|OK|ＯＫ|のみ|100)|フル在宅|完全在宅|出社なし|出社不要|全国リモート|フルリモ|完全リモート`)
	// Korean.
	koreanOnsite = regexp.MustCompile(`상주\s*(?:근무|필수)|사무실\s*출근|전일\s*출근|(?:재택|원격)(?:\s*근무)?\s*불가`)
	koreanHybrid = regexp.MustCompile(`하이브리드|부분\s*재택|재택\s*병행|주\s*[1-4]\s*(?:일|회)\s*(?:출근|재택)`)
	koreanRemote = regexp.MustCompile(`완전\s*재택|전면\s*재택|풀\s*재택|100%\s*재택|재택\s*근무|원격\s*근무|재택\s*가능|원격\s*가능|리모트\s*근무`)
	// Chinese.
	chineseOnsite = regexp.MustCompile(`(?i)驻场|坐班|现场办公|(?:不支持|不可|不接受|不提供|不允许|无法|不能)\s*(?:远程|遠程|remote)`)
	chineseHybrid = regexp.MustCompile(`混合办公|混合辦公|部分远程|部分遠程`)
	chineseRemote = regexp.MustCompile(`(?i)远程办公|遠程辦公|远程工作|遠程工作|居家办公|全远程|全遠程|在家办公|` + chineseMixedRemote)
	// Arabic: a denial word just before the remote word ("ليس عن بعد") is
	// no remote reading.
	arabicOnsite = regexp.MustCompile(`حضوري|من المكتب|في المكتب|من مقر الشركة`)
	arabicHybrid = regexp.MustCompile(`هجين|هجينة|مختلط`)
	arabicRemote = regexp.MustCompile(`عن\s*بعد|العمل من المنزل|من المنزل|عمل منزلي`)
	arabicDeny   = regexp.MustCompile(`(?:لا|ليس|غير|بدون)\s*(?:\p{Arabic}+\s+)?$`)
	// Other European and Asian languages (Latin script): Lithuanian,
	// Latvian, Estonian, Dutch, Swedish, Danish, Norwegian, Finnish,
	// Turkish, Indonesian and Malay.
	latinOnsite = newCueRegexp(`(?i)\b(?:op kantoor|op locatie|p[åa] kontoret|ofiste|ofisten|di kantor|wfo|darbas biure|biure)\b`)
	latinHybrid = newCueRegexp(`(?i)\b(?:hibridin(?:is|ė|e|iu)|hibr[iī]d[sa]?\w*|h[üu]briid\w*|hybride?|hybridarbete|hybridt|hibrit|hibrida)\b`)
	latinRemote = newCueRegexp(`(?i)\b(?:nuotolin(?:is|ė|iu|iai|io)\w*|att[āa]lin[aā]t\w*|kaugt[öo][öo]|thuiswerk(?:en)?|op afstand|volledig remote|distansarbete|p[åa] distans|fjernarbejde|fjernarbeid|hjemmefra|et[äa]ty[öo]|uzaktan|evden (?:[çc]al[ıi][şs]ma|[çc]al[ıi][şs])|jarak jauh|kerja dari rumah|wfh|wfa|dari rumah|bekerja dari rumah)\b`)
	latinDeny   = regexp.MustCompile(`(?i)\b(?:ne|niet|geen|ikke|inte|ei|de[ğg]il|tidak|bukan|no|not)\s+$`)
)

// shortFieldModeRead reads one short field's work mode in the languages
// above (shortFieldMode remembers its answers: memo_short.go).
func shortFieldModeRead(s string) (model.Remote, string) {
	if s == "" {
		return model.RemoteUnknown, ""
	}
	ascii := isASCIIText(s)
	if !ascii {
		if r, ev := cjkMode(s); r != model.RemoteUnknown {
			return r, ev
		}
		if r, ev := arabicMode(s); r != model.RemoteUnknown {
			return r, ev
		}
	}
	if m := latinOnsite.FindStringIndex(s); m != nil {
		return model.RemoteOnsite, s[m[0]:m[1]]
	}
	if m := latinHybrid.FindStringIndex(s); m != nil {
		return model.RemoteHybrid, s[m[0]:m[1]]
	}
	for _, m := range latinRemote.FindAllStringIndex(s, 4) {
		if latinDeny.MatchString(s[:m[0]]) {
			return model.RemoteOnsite, s[max(0, m[0]-8):m[1]] // "niet thuiswerken"
		}
		return model.RemoteRemote, s[m[0]:m[1]]
	}
	return model.RemoteUnknown, ""
}

// cjkMode reads Japanese, Korean and Chinese work-mode words.
func cjkMode(s string) (model.Remote, string) {
	s = japaneseVisit.ReplaceAllString(s, " ")
	for _, m := range japaneseOnsite.FindAllStringIndex(s, 4) {
		if !japaneseNoOnsite.MatchString(s[m[1]:]) { // "常駐なし": no client site
			return model.RemoteOnsite, s[m[0]:m[1]]
		}
	}
	if m := japaneseAttendance(s); m != nil { // "必要に応じて出社", "週1〜2日出社" (remote_nouns_day_counts.go)
		return model.RemoteHybrid, s[m[0]:m[1]]
	}
	if r, ev, ok := cjkHybridFrame(s); ok { // "出社併用", "在宅勤務週2日", "慣れたら在宅" (remote_japanese_hybrid_frames.go)
		return r, ev
	}
	for _, set := range [...]struct{ on, hy, re *regexp.Regexp }{
		{nil, japaneseHybrid, japaneseRemote}, {koreanOnsite, koreanHybrid, koreanRemote}, {chineseOnsite, chineseHybrid, chineseRemote}} {
		if set.on != nil {
			if m := set.on.FindStringIndex(s); m != nil {
				return model.RemoteOnsite, s[m[0]:m[1]]
			}
		}
		if m := set.hy.FindStringIndex(s); m != nil {
			return model.RemoteHybrid, s[m[0]:m[1]]
		}
		if m := set.re.FindStringIndex(s); m != nil {
			return model.RemoteRemote, s[m[0]:m[1]]
		}
	}
	return traditionalChineseMode(s) // "全遠端", "需進辦公室" (remote_chinese_traditional.go)
}

// arabicMode reads Arabic work-mode words.
func arabicMode(s string) (model.Remote, string) {
	if m := arabicOnsite.FindStringIndex(s); m != nil {
		return model.RemoteOnsite, s[m[0]:m[1]]
	}
	if m := arabicHybrid.FindStringIndex(s); m != nil {
		return model.RemoteHybrid, s[m[0]:m[1]]
	}
	for _, m := range arabicRemote.FindAllStringIndex(s, 4) {
		if !arabicDeny.MatchString(s[:m[0]]) {
			return model.RemoteRemote, s[m[0]:m[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// shortFieldsMode reads the remote field, then the locations, then the
// title; hybrid in any of them beats remote in another.
func shortFieldsMode(hint string, locs []string, title string) (model.Remote, string) {
	best, ev := model.RemoteUnknown, ""
	try := func(field, s string) bool {
		if len(s) > 200 {
			return false
		}
		r, e := shortFieldMode(s)
		if r == model.RemoteUnknown {
			if field == "structured" && (strings.TrimSpace(s) == "オンライン" || strings.TrimSpace(s) == "リモート") {
				r, e = model.RemoteRemote, strings.TrimSpace(s) // a policy field that says only "online"
			} else {
				return false
			}
		}
		if best == model.RemoteUnknown || r == model.RemoteHybrid && best == model.RemoteRemote {
			best, ev = r, field+": "+s
			_ = e
		}
		return r == model.RemoteHybrid || r == model.RemoteOnsite
	}
	if try("structured", hint) {
		return best, ev
	}
	for _, l := range locs {
		if _, denied := locDeniedMode(l); denied {
			continue // fromLocations read the denial ("Remote, without hybrid") (remote_location_denied.go)
		}
		if hybridThingsOnly(l) {
			continue // "Experience with hybrid cloud": a technology (remote_location_hybrid_thing.go)
		}
		if try("location", l) {
			return best, ev
		}
	}
	if best == model.RemoteUnknown && !isASCIIText(title) {
		try("title", title) // "مطور برمجيات - العمل من المنزل"
	}
	return best, ev
}

// modeTextKeys is the description's work-mode wording the short-field
// readers know, found through the key scan: Japanese, Korean, Chinese and
// Arabic words, Lithuanian ones, a Ukrainian or Russian work-format label,
// office-only and hybrid sentences in Ukrainian and Russian.
var modeTextKeys = newKeyRegexp(`(?i)`+chineseMixedRemote+`|出社|常駐|リモート|在宅|テレワーク|ハイブリッド|재택|원격|하이브리드|상주|远程|遠程|居家办公|混合办公|驻场|遠端|遠距|辦公|办公室|駐點|驻点|在家|居家|彈性|弹性|عن\s*بعد|من المنزل|هجين|حضوري|nuotolin\w*|hibridin\w*|`+
	`(?:формат|режим)\s+(?:роботи|работы)\s*[:：]\s*[^\n,.;]{2,40}|(?:лише|тільки|только)\s+(?:в\s+)?(?:офіс[іе]?|офисе?)|(?:гібридн|гибридн)\w*`,
	24, 120, "出社", "常駐", "リモート", "在宅", "テレワーク", "ハイブリッド", "재택", "원격", "하이브리드", "상주", "远程", "遠程", "居家", "混合办公", "驻场",
	"遠端", "遠距", "辦公", "办公室", "駐點", "驻点", "在家", "彈性", "弹性", // traditional Chinese (remote_chinese_traditional.go)
	"支持", "工作", "办公", // the English word in Chinese text (remote_chinese_mixed.go)
	"بعد", "المنزل", "هجين", "حضوري", "nuotolin", "hibridin", "ормат", "ежим", "ише", "ільки", "олько", "ібридн", "ибридн")

// textLanguageMode reads the description's work mode in those words; on-site
// and hybrid wording beat remote wording.
func textLanguageMode(text string) (model.Remote, string) {
	best, ev := model.RemoteUnknown, ""
	for _, m := range modeTextKeys.FindAllStringIndex(text, 12) {
		// Read the sentence around the key with the short-field readers.
		lo, hi := clauseAround(text, m[0], m[1])
		clause := text[lo:hi]
		var r model.Remote
		if label := formatLabel.FindStringSubmatch(text[m[0]:m[1]]); label != nil {
			r, _ = cyrillicMode(strings.TrimSpace(label[1]), nil) // "Формат роботи: віддалено"
		} else if officeOnly.MatchString(text[m[0]:m[1]]) {
			r = model.RemoteOnsite // "Робота лише в офісі"
		} else if cyrillicHybrid.MatchString(text[m[0]:m[1]]) {
			if hybridProduct(text[m[1]:]) {
				continue // "гибридные модели автомобилей": a product, not the work
			}
			r = model.RemoteHybrid // "Гібридний формат"
		} else {
			r, _ = shortFieldMode(clause)
		}
		if r == model.RemoteUnknown {
			continue
		}
		if r == model.RemoteOnsite || r == model.RemoteHybrid {
			return r, clause
		}
		if best == model.RemoteUnknown {
			best, ev = r, clause
		}
	}
	return best, ev
}

var (
	formatLabel    = regexp.MustCompile(`(?i)^(?:формат|режим)\s+(?:роботи|работы)\s*[:：]\s*([^\n,.;]{2,40})`)
	officeOnly     = regexp.MustCompile(`(?i)^(?:лише|тільки|только)\s`)
	cyrillicHybrid = regexp.MustCompile(`(?i)^(?:гібридн|гибридн)`)
	// hybridProductNoun is the noun after a Russian or Ukrainian "hybrid"
	// adjective that names a product or a technology (cars, engines, models,
	// the cloud, apps, systems, plants), not the way of working.
	hybridProductNoun = regexp.MustCompile(`(?i)^[\p{Cyrillic}]*[\s\x{00a0}]+(?:модел|двигател|двигун|автомоб|машин|авто(?:[^\p{L}]|$)|транспорт|облак|хмар|приложен|застосун|додат|систем|технолог|решени|рішен|архитектур|архітектур|инфраструктур|інфраструктур|сет[еьи]|мереж|энерг|енерг|установ|растен|рослин|сорт|семен|насін)`)
)

// hybridProduct reports whether the rest of a "гибридн-" word and the word
// after it make the phrase a product or a technology, given the text just
// after the stem.
func hybridProduct(after string) bool { return hybridProductNoun.MatchString(after) }

// clauseAround returns the bounds of the clause around [i, j): up to a line
// break or a sentence end, at most 80 bytes either side.
func clauseAround(s string, i, j int) (int, int) {
	lo := max(0, i-80)
	for k := i - 1; k >= lo; k-- {
		if c := s[k]; c == '\n' || c == '.' || c == ';' || c == '!' || c == '?' {
			lo = k + 1
			break
		}
	}
	for lo < i && s[lo]&0xC0 == 0x80 {
		lo++ // start on a rune
	}
	hi := min(len(s), j+80)
	for k := j; k < hi; k++ {
		if c := s[k]; c == '\n' || c == '.' || c == ';' || c == '!' || c == '?' {
			hi = k
			break
		}
	}
	for hi > j && hi < len(s) && s[hi]&0xC0 == 0x80 {
		hi-- // end on a rune
	}
	return lo, hi
}

// officeBased is a role placed at one of the employer's offices: "This
// position is based at our Pune office", "based out of our Austin HQ",
// "you'll be based in the office".
var officeBased = newKeyRegexp(`(?i)\b(?:(?:position|role|job|you)\s+(?:is|are|will\s+be)|you['’](?:ll\s+be|re))\s+based\s+(?:at|in|out\s+of)\s+(?:our|the)\s+(?:[\p{L}.'-]+\s+){0,3}(?:office|offices|headquarters|hq|campus)\b`,
	60, 60, "based")

// fixCodeLocs rewrites the locations whose codes mislead the region
// readers; changed reports whether any was: "Paris, TX" is in Texas
// ("United States"), "Chennai, TN, India" in India ("Chennai, India"),
// "Kuala Lumpur, my" in Malaysia ("Kuala Lumpur, Malaysia").
func fixCodeLocs(locs []string) ([]string, bool) {
	var out []string
	for i, loc := range locs {
		f := fixLocChain(loc) // "London, ON, Canada" (region_town_state_country.go); "SW1E 5LB" (region_uk_postcode_alone.go); "Remote in CA, US" (region_state_before_us.go); a state, county or canton by name: "Sidcup, Kent" (region_subdivisions_iso.go); a town the gazetteer alone knows: "Remote - Leicester" (region_towns_geonames.go); a metro or area: "Greater Cleveland", "East Coast" (region_metro_areas.go); a region heading a path: "EMEA - Germany" (region_broad_path.go); a list of country codes: "US/UK/CA" (region_code_lists.go); a city's short form: "LA", "KL" (region_town_short_forms.go); a Mexican state's abbreviation: "Monterrey, N.L." (region_mexico_state_codes.go)
		if f == loc {
			if l := lowerFieldLoc(loc, fixLocChain); l != "" {
				f = l // "hubli", "campina grande, pb": a field in lower case (region_lower_field.go)
			} else if a := auStateAloneLoc(loc); a != "" {
				f = a // "NSW", "Remote - VIC" (region_au_state_alone.go)
			} else if r := remoteLowerCodeLoc(loc); r != "" {
				f = r // "Remote - lk", "Remote, us" (region_remote_lower_code.go)
			}
		}
		if f != loc && out == nil {
			out = append([]string(nil), locs...)
		}
		if out != nil {
			out[i] = f
		}
	}
	if out == nil {
		return locs, false
	}
	return out, true
}

// fixLocChain rewrites one location by the readers of fixCodeLocs.
func fixLocChain(loc string) string {
	return geoTownLoc(metroAreaLoc(subdivisionLoc(ukPostcodeLoc(fixCodeLoc(stateBeforeUSLoc(townStateCountryLoc(broadPathLoc(codeListLoc(townShortLoc(mexicoStateLoc(eastEuropeLatamLoc(townProvinceZipLoc(asiaAfricaPlaceLoc(santiagoCommuneLoc(remoteParenTownLoc(gluedStateLoc(trailingNoteLoc(loc)))))))))))))))))) // "Remoto (Olinda, PE)" (region_remote_paren_town.go)
}

// fixCodeLoc rewrites one location (see fixCodeLocs).
func fixCodeLoc(loc string) string {
	if brazilPlaceWrapped(loc) {
		return loc // "Remoto (Belém, PA)": remoteRegions reads it as Brazil (region_brazil_wrapped.go)
	}
	if c := capsConnectorLoc(loc); c != "" {
		loc = c // "PRINCIPADO DE ASTURIAS", "CASTILLA - LA MANCHA" (region_caps_connectors.go)
	}
	if d := doubleDashCodeLoc(loc); d != "" {
		loc = d // "Portland -- OR" (region_caps_connectors.go)
	}
	if j := fixJoinedLoc(loc); j != "" {
		return j // "Espoo, FI | Berlin, DE" (region_ats_joined.go)
	}
	if u := usStateTailLoc(loc); u != "" {
		return u // "Norfolk VA 23504", "Rochester, NY RESALE" (region_us_state_tail.go)
	}
	if u := usCountyLoc(loc); u != "" {
		return u // "Mission District, San Francisco, CA", "Dover, Kent Co., Delaware", "Fargo, N.D." (region_us_county.go)
	}
	loc = jpPostcodeLoc(loc) // "〒100-0001 東京都千代田区…" (region_official_forms.go)
	if c := cjkAddressLoc(loc); c != "" {
		return c // "東京都渋谷区", "广东省深圳市南山区" (region_cjk_address.go)
	}
	if f := placeFrameLoc(loc); f != "" {
		loc = f // "Dublin OH", "London, Ontario", "Munich, Bavaria" (region_place_frames.go)
	}
	if len(loc) > 80 || strings.Count(loc, ",") == 0 {
		return loc
	}
	parts := strings.Split(loc, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	last := parts[len(parts)-1]
	// A lower-case country code ends an ATS location: "Noida, UP, in".
	if len(last) == 2 && last[0] >= 'a' && last[0] <= 'z' && last[1] >= 'a' && last[1] <= 'z' && last != "us" {
		if name := codeCountryName(strings.ToUpper(last)); name != "" {
			parts[len(parts)-1], last = name, name
		} else if name := townLowerCodeName(parts[0], strings.ToUpper(last)); name != "" {
			parts[len(parts)-1], last = name, name // "Sofia, bg" (region_town_lower_code.go)
		}
	}
	if name := townCodeRemoteTail(parts); name != "" {
		parts[len(parts)-2] = name // "Apex, us, Remote" (region_town_code_remote_tail.go)
	}
	if name := townCodeLoc(parts); name != "" {
		return name // "Tel Aviv, IL", "Perth, WA", "Erfurt, TH" (region_town_code.go)
	}
	if l := remoteTownCodeLoc(parts); l != "" {
		return l // "Remote - Nagpur, IN" (region_remote_town_code.go)
	}
	if name := isoCodeAfterPlace(parts); name != "" {
		parts[len(parts)-1], last = name, name // "Hsinchu, TW" (regions_asia_cities.go)
	}
	// A state code between a city and a foreign country is the country's:
	// "Chennai, TN, India".
	if len(parts) >= 3 {
		if rs := Regions(last); len(rs) == 1 && rs[0] != "US" && len(rs[0]) == 2 {
			keep := parts[:0:0]
			for i, p := range parts {
				if i > 0 && i < len(parts)-1 && len(p) == 2 && usStates[p] {
					continue
				}
				keep = append(keep, p)
			}
			if sp := spelledCodeLoc(parts); sp != "" {
				return sp // "Amsterdam, NH, NL" (region_ats_joined.go)
			}
			return strings.Join(keep, ", ")
		}
	}
	// A foreign city before a US state code is a US town: "Paris, TX",
	// "Dublin, CA" (not "Toronto, CA", where CA is the city's country).
	if len(parts) == 2 && len(last) == 2 && usStates[last] {
		// The first part must be one place name ("Paris"), not a list
		// ("United Kingdom or Lehi").
		if code, ok := regionNames[strings.ToLower(parts[0])]; ok && code != "US" && len(code) == 2 && regionCodes[last] != code {
			return "United States"
		}
		if townNamedForCountry(parts[0], last) {
			return "United States" // "China Grove, NC" (region_town_state.go)
		}
	}
	if caTownForeignName(parts) {
		return "Canada" // "Lorraine, QC" (region_ca_town_foreign_name.go)
	}
	return strings.Join(parts, ", ")
}

// atsCodeNames are the country codes an ATS writes in lower case at the
// end of a location, with an English name each.
var atsCodeNames = map[string]string{
	"IN": "india", "MY": "malaysia", "CA": "canada", "DE": "germany", "GB": "united kingdom", "UK": "united kingdom", "IE": "ireland",
	"FR": "france", "ES": "spain", "IT": "italy", "NL": "netherlands", "PL": "poland", "PT": "portugal", "SE": "sweden", "NO": "norway",
	"DK": "denmark", "FI": "finland", "CH": "switzerland", "AT": "austria", "BE": "belgium", "AU": "australia", "NZ": "new zealand",
	"SG": "singapore", "PH": "philippines", "JP": "japan", "CN": "china", "HK": "hong kong", "TW": "taiwan", "KR": "south korea",
	"BR": "brazil", "MX": "mexico", "AR": "argentina", "CO": "colombia", "CL": "chile", "PE": "peru", "ZA": "south africa",
	"NG": "nigeria", "KE": "kenya", "EG": "egypt", "AE": "united arab emirates", "IL": "israel", "TR": "turkey", "RO": "romania",
	"CZ": "czech republic", "HU": "hungary", "GR": "greece", "UA": "ukraine", "VN": "vietnam", "TH": "thailand", "ID": "indonesia",
	"PK": "pakistan", "BD": "bangladesh", "LK": "sri lanka",
}

// codeCountryName is the English name of the country with code, or "".
func codeCountryName(code string) string {
	return atsCodeNames[code]
}

var (
	// remoteTitleTail is a remote title's last bracket or dash segment:
	// "Software Engineer (US)", "Account Executive - EMEA".
	remoteTitleTail = regexp.MustCompile(`(?:\(\s*([^()]{2,30}?)\s*\)|\s[-–—|]\s*([^-–—|()]{2,30}?))\s*$`)
	// greenCard is a green card asked of applicants.
	greenCard = newKeyRegexp(`(?i)\bgreen\s+card\s+(?:required|holders?\s+only|only|is\s+required|needed)\b|\b(?:must|need\s+to)\s+(?:hold|have)\s+a\s+green\s+card\b`, 40, 40, "green card")
)

// titleRegionsMore reads a remote listing's regions no earlier reader found:
// a title ending in a region's name, a green card required.
func titleRegionsMore(title, text string) []string {
	if rs := titleTailPlace(title); rs != nil {
		return rs // "(San Francisco, CA)", "US Only" (region_title_tail_place.go)
	}
	if m := remoteTitleTail.FindStringSubmatch(title); m != nil {
		tail := m[1] + m[2]
		if rs := wholeRegion(tail); len(rs) > 0 {
			return rs
		}
	}
	if rs := titleGluedDashTail(title); len(rs) > 0 {
		return rs // "Account Manager- APAC" (region_title_glued_dash.go)
	}
	if rs := titleCommaTail(title); len(rs) > 0 {
		return rs // "Product Designer, Europe" (region_title_comma_tail.go)
	}
	if rs := titleBasedRegions(title); rs != nil {
		return rs // "Support Specialist (US-Based)" (region_title_based.go)
	}
	if greenCard.MatchString(text) {
		return []string{"US"}
	}
	return nil
}

// wholeRegion returns the regions of s when every item of it is a
// region's name or code ("US", "EMEA", "US/Canada") or a group of
// countries ("Benelux", "DACH": region_group_whole_test.go), else nil.
func wholeRegion(s string) []string {
	var out []string
	for _, item := range listSep.Split(strings.TrimSpace(s), -1) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		code, ok := regionCodes[item]
		if !ok {
			code, ok = regionNames[strings.ToLower(item)]
		}
		if !ok {
			group, isGroup := regionGroups[strings.ToLower(item)] // "Benelux", "DACH", "Nordics"
			if !isGroup {
				return nil
			}
			for _, c := range group {
				out = appendUnique(out, c)
			}
			continue
		}
		out = appendUnique(out, code)
	}
	return out
}

func init() {
	// Places the tables named that no list had: the San Francisco Bay Area,
	// Indian and Malaysian cities and states as ATS locations write them,
	// Cairo and Egypt in Arabic.
	for name, code := range map[string]string{
		"bay area": "US", "sf bay area": "US",
		"noida": "IN", "gurgaon": "IN", "gurugram": "IN", "kolkata": "IN", "ahmedabad": "IN", "telangana": "IN", "karnataka": "IN",
		"maharashtra": "IN", "tamil nadu": "IN", "kerala": "IN", "uttar pradesh": "IN", "haryana": "IN", "gujarat": "IN", "west bengal": "IN",
		"kuala lumpur": "MY", "penang": "MY", "selangor": "MY", "johor": "MY",
		"cairo": "EG", "القاهرة": "EG", "مصر": "EG",
		// Russia, Central Asia and the Caucasus, Belarus.
		"russia": "RU", "russian federation": "RU", "россия": "RU", "рф": "RU", "moscow": "RU", "москва": "RU",
		"saint petersburg": "RU", "санкт-петербург": "RU", "kazakhstan": "KZ", "казахстан": "KZ", "almaty": "KZ", "алматы": "KZ",
		"uzbekistan": "UZ", "узбекистан": "UZ", "tashkent": "UZ", "ташкент": "UZ", "kyrgyzstan": "KG", "кыргызстан": "KG",
		"tajikistan": "TJ", "turkmenistan": "TM", "azerbaijan": "AZ", "baku": "AZ", "belarus": "BY", "беларусь": "BY",
		"минск": "BY", "minsk": "BY", "mongolia": "MN", "kyiv": "UA", "kiev": "UA", "київ": "UA", "киев": "UA", "україна": "UA", "украина": "UA",
	} {
		addRegionName(name, code)
	}
}
