package normalize

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Work-mode phrases of Bulgarian, Greek, Slovene, Croatian, Serbian and
// Bosnian, Estonian, Latvian, Lithuanian, Finnish, Hindi, Urdu, Persian and
// Bengali postings that the other readers leave unread or read alone, read
// here in their sentence, as reviseAsianMideastModes reads its languages:
// "работа в офиса", "στα γραφεία μας", "v pisarni", "u uredu", "kontoris",
// "birojā", "biure", "toimistolla", "दफ्तर से काम", "دفتر میں", "حضوری",
// "অফিসে" are on-site; "τηλεργασία", "na daljinu", "no mājām", "दूरस्थ",
// "ریموٹ", "دورکاری", "বাসা থেকে কাজ" remote; "хибриден", "υβριδικ",
// "hibridinis", "हाइब्रिड", "هیبریدی" hybrid. A remote phrase denied in
// its sentence ("без възможност за работа от вкъщи", "Dela na daljavo ni
// mogoče", "امکان دورکاری وجود ندارد", "घर से काम का विकल्प नहीं") is on-site
// evidence; a remote and an office phrase in one sentence ("Etätyö
// mahdollinen, mutta pääosin toimistolla"), a remote or office phrase with
// days of a week ("dvakrat tedensko", "সপ্তাহে দুই দিন") or a choice between
// them ("možete birati", "चुन सकते") is hybrid. Remote phrases naming remote
// control or monitoring ("дистанционно наблюдение", "nuotolinio stebėjimo",
// "रिमोट कंट्रोल"), a home-office allowance ("kodukontori sisustamise
// toetus") and hybrid cars or clouds are no work mode. Table tests in
// remote_balkan_baltic_south_asian_modes_test.go.

// bbsaKind is what a phrase of bbsaPhrases names.
type bbsaKind uint8

const (
	bbsaRemote bbsaKind = iota + 1
	bbsaOnsite
	bbsaHybrid
)

// bbsaPhrases are the phrases (lower case), each with what it names.
var bbsaPhrases = []struct {
	phrase string
	kind   bbsaKind
}{
	// Bulgarian.
	// Cyrillic phrases are read only in a text with no Russian or Ukrainian
	// letters (bbsaBulgarian): Russian "работа в офисе" is not read.
	{"дистанционн", bbsaRemote}, {"от вкъщи", bbsaRemote}, {"работа от дома", bbsaRemote}, {"от разстояние", bbsaRemote},
	{"изцяло от дома", bbsaRemote}, {"работите от дома", bbsaRemote}, {"работи от дома", bbsaRemote},
	{"в офиса", bbsaOnsite}, {"в нашия офис", bbsaOnsite}, {"в нашите офиси", bbsaOnsite}, {"работа на място", bbsaOnsite},
	{"хибридн", bbsaHybrid}, {"хибриден", bbsaHybrid},
	// Greek.
	{"τηλεργασ", bbsaRemote}, {"απομακρυσμένη εργασία", bbsaRemote}, {"απομακρυσμένης εργασίας", bbsaRemote},
	{"πλήρως απομακρυσμένη", bbsaRemote}, {"από το σπίτι", bbsaRemote}, {"εξ αποστάσεως", bbsaRemote}, {"από απόσταση", bbsaRemote},
	{"στο γραφείο", bbsaOnsite}, {"στα γραφεία", bbsaOnsite}, {"φυσική παρουσία", bbsaOnsite}, {"δια ζώσης", bbsaOnsite},
	{"υβριδικ", bbsaHybrid},
	// Slovene.
	{"na daljavo", bbsaRemote}, {"od doma", bbsaRemote},
	{"v pisarni", bbsaOnsite}, {"v naših prostorih", bbsaOnsite}, {"delo poteka v", bbsaOnsite}, {"delo se opravlja v", bbsaOnsite},
	{"hibridn", bbsaHybrid},
	// Croatian, Serbian, Bosnian.
	{"na daljinu", bbsaRemote}, {"od kuće", bbsaRemote}, {"od kuce", bbsaRemote},
	{"u uredu", bbsaOnsite}, {"u kancelariji", bbsaOnsite}, {"u našem uredu", bbsaOnsite}, {"dolazak u ured", bbsaOnsite},
	{"na licu mjesta", bbsaOnsite}, {"na licu mesta", bbsaOnsite}, {"posao se obavlja u", bbsaOnsite},
	// Serbian in Cyrillic ("рада на даљину", as the Latin phrases read).
	{"на даљину", bbsaRemote}, {"од куће", bbsaRemote},
	{"у канцеларији", bbsaOnsite}, {"у нашој канцеларији", bbsaOnsite}, {"на лицу места", bbsaOnsite},
	// Estonian.
	{"kaugtöö", bbsaRemote}, {"kaugelt", bbsaRemote}, {"kodus", bbsaRemote},
	{"kontoris", bbsaOnsite}, {"kohapeal", bbsaOnsite}, {"kohalolek", bbsaOnsite}, {"töö toimub", bbsaOnsite},
	{"hübriid", bbsaHybrid},
	// Latvian.
	{"attālinā", bbsaRemote}, {"no mājām", bbsaRemote},
	{"birojā", bbsaOnsite}, {"klātien", bbsaOnsite}, {"darbs notiek", bbsaOnsite},
	{"hibrīd", bbsaHybrid},
	// Lithuanian.
	{"nuotolin", bbsaRemote}, {"nuotoliu", bbsaRemote}, {"iš namų", bbsaRemote},
	{"biure", bbsaOnsite}, {"darbas vietoje", bbsaOnsite}, {"dirbti vietoje", bbsaOnsite}, {"darbas vyksta", bbsaOnsite},
	{"hibridin", bbsaHybrid},
	// Finnish.
	{"etätyö", bbsaRemote}, {"etänä", bbsaRemote}, {"etätöi", bbsaRemote}, {"kotoa", bbsaRemote}, {"kotona", bbsaRemote},
	{"toimistolla", bbsaOnsite}, {"toimistollamme", bbsaOnsite}, {"toimistossa", bbsaOnsite}, {"paikan päällä", bbsaOnsite},
	{"lähityö", bbsaOnsite},
	{"hybridi", bbsaHybrid},
	// Hindi.
	{"घर से काम", bbsaRemote}, {"वर्क फ्रॉम होम", bbsaRemote}, {"रिमोट", bbsaRemote}, {"दूरस्थ", bbsaRemote}, {"दूर से काम", bbsaRemote},
	{"ऑफिस में", bbsaOnsite}, {"ऑफिस से काम", bbsaOnsite}, {"दफ्तर से काम", bbsaOnsite}, {"दफ्तर में", bbsaOnsite},
	{"कार्यालय में", bbsaOnsite}, {"कार्यालय से काम", bbsaOnsite}, {"कार्यस्थल पर", bbsaOnsite},
	{"हाइब्रिड", bbsaHybrid},
	// Urdu.
	{"ریموٹ", bbsaRemote}, {"گھر سے کام", bbsaRemote}, {"ورک فرام ہوم", bbsaRemote},
	{"دفتر میں", bbsaOnsite}, {"دفتر سے کام", bbsaOnsite}, {"دفتر آنا", bbsaOnsite}, {"آفس میں", bbsaOnsite}, {"حاضری", bbsaOnsite},
	{"ہائبرڈ", bbsaHybrid},
	// Persian.
	{"دورکاری", bbsaRemote}, {"دور کاری", bbsaRemote}, {"دور\u200cکاری", bbsaRemote}, {"کار از خانه", bbsaRemote},
	{"کار از منزل", bbsaRemote}, {"از راه دور", bbsaRemote},
	{"حضوری", bbsaOnsite}, {"در دفتر", bbsaOnsite},
	{"هیبرید", bbsaHybrid},
	// Bengali.
	{"রিমোট", bbsaRemote}, {"বাসা থেকে কাজ", bbsaRemote}, {"বাড়ি থেকে কাজ", bbsaRemote}, {"ওয়ার্ক ফ্রম হোম", bbsaRemote},
	{"অফিসে", bbsaOnsite}, {"অফিস থেকে কাজ", bbsaOnsite}, {"সরাসরি", bbsaOnsite},
	{"হাইব্রিড", bbsaHybrid},
}

// bbsaKindOf maps a phrase to its entry; bbsaRe finds the phrases, longest
// first.
var bbsaKindOf, bbsaRe = func() (map[string]bbsaKind, *regexp.Regexp) {
	of := map[string]bbsaKind{}
	alts := make([]string, 0, len(bbsaPhrases))
	for _, p := range bbsaPhrases {
		of[p.phrase] = p.kind
		alts = append(alts, regexp.QuoteMeta(p.phrase))
	}
	for i := 1; i < len(alts); i++ {
		for j := i; j > 0 && len(alts[j]) > len(alts[j-1]); j-- {
			alts[j], alts[j-1] = alts[j-1], alts[j]
		}
	}
	return of, regexp.MustCompile(`(?i)(?:` + strings.Join(alts, "|") + `)`)
}()

// bbsaKindAt returns the kind of a matched phrase.
func bbsaKindAt(m string) bbsaKind {
	if k, ok := bbsaKindOf[strings.ToLower(m)]; ok {
		return k
	}
	for _, p := range bbsaPhrases {
		if strings.EqualFold(p.phrase, m) {
			return p.kind
		}
	}
	return 0
}

// bbsaLatinGate are stems of the Latin-letter languages' phrases: a text in
// none of the other scripts is read only with one of them ("hybridi", the
// Finnish stem, not the English "hybrid", which most hybrid postings hold).
var bbsaLatinGate = []string{"daljav", "daljin", "od doma", "od ku", "pisarn", "uredu", "kancelarij", "licu m", "u ured", "kodukontor", "kaugt", "kaugelt",
	"kodus", "kontoris", "kohapeal", "kohalolek", "toimub", "hibr", "hybridi", "h\u00fcbriid", "attāl", "no m\u0101j", "biroj", "kl\u0101tien",
	"notiek", "nuotol", "nam\u0173", "biure", "vietoje", "vyksta", "et\u00e4", "kotoa", "kotona", "toimisto", "paikan p", "l\u00e4hity",
	"prostorih", "poteka", "obavlja"}

// bbsaScript reports a letter of the Cyrillic, Greek, Arabic, Devanagari or
// Bengali scripts (lead bytes of their UTF-8 forms).
func bbsaScript(s string) bool {
	for i := nextHighByte(s, 0); i+1 < len(s); i = nextHighByte(s, i+1) {
		b := s[i]
		switch {
		case b < 0xCE:
		case b <= 0xD1: // Greek, Cyrillic
			return true
		case b >= 0xD8 && b <= 0xDB: // Arabic, Persian, Urdu
			return true
		case b == 0xE0 && s[i+1] >= 0xA4 && s[i+1] <= 0xA7: // Devanagari, Bengali
			return true
		}
	}
	return false
}

// bbsaGate reports whether the phrases may be in s: a cheap look before the
// scan.
func bbsaGate(s string) bool {
	if s == "" {
		return false
	}
	if bbsaScript(s) {
		return true
	}
	return hasKeyHit(bbsaLatinKeys, s) || hasLeadByte(s, bbsaWideLeads) && containsAnyFold(s, bbsaLatinWide) // the shared key scan, not a hasFold a stem
}

// bbsaWideLeads are the UTF-8 lead bytes of the first non-ASCII letter of
// each bbsaLatinWide stem in all its cases: a text holding none of them
// holds none of the stems (hasFold looks for that letter first), so an
// English description is passed by in a few vector scans for a byte.
var bbsaWideLeads = firstRuneLeads(bbsaLatinWide)

// firstRuneLeads is the lead bytes of the first non-ASCII rune of each
// word, in every case unicode.SimpleFold gives it, each once.
func firstRuneLeads(words []string) []byte {
	var leads []byte
	for _, w := range words {
		for _, r := range w {
			if r < utf8.RuneSelf {
				continue
			}
			f := r
			for {
				var b [utf8.UTFMax]byte
				utf8.EncodeRune(b[:], f)
				if !slices.Contains(leads, b[0]) {
					leads = append(leads, b[0])
				}
				if f = unicode.SimpleFold(f); f == r {
					break
				}
			}
			break
		}
	}
	return leads
}

// hasLeadByte reports one of the bytes leads in s.
func hasLeadByte(s string, leads []byte) bool {
	for _, b := range leads {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	return false
}

// bbsaLatinKeys are the ASCII stems of bbsaLatinGate as keys of the shared
// key scan, and bbsaLatinWide the others, looked for with hasFold (which
// folds "ETÄ" to "etä"; the key scan folds ASCII letters only).
var bbsaLatinKeys, bbsaLatinWide = func() (*keyRegexp, []string) {
	var ascii, wide []string
	for _, w := range bbsaLatinGate {
		if isASCIIText(w) {
			ascii = append(ascii, w)
		} else {
			wide = append(wide, w)
		}
	}
	return keyGate(ascii), wide
}()

// bbsaSentence returns the bounds of the sentence around [i, j): cut at a
// line break, a full stop (Latin, Devanagari "।", Urdu "۔"), a question or
// exclamation mark or a semicolon.
func bbsaSentence(s string, i, j int) (int, int) {
	return clauseAroundStops(s, i, j, bbsaStops) // remote_asian_mideast_phrases.go
}

// bbsaStops are the Devanagari and Urdu full stops and the Arabic-script
// semicolon and question mark.
var bbsaStops = []string{"।", "۔", "؛", "؟"}

// bbsaDeniedBefore is a denial a few words before a phrase, with no comma
// between: "без възможност за", "χωρίς δυνατότητα", "brez možnosti",
// "nema mogućnosti", "ilma", "bez iespējas strādāt", "be galimybės dirbti",
// "ei", "بدون امکان".
var bbsaDeniedBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:без|няма|нема|није|не\s+се|не|χωρίς|δεν|brez|ni|nema|bez|nije|ilma|pole|ei|nav|be|nėra|ilman|بدون|نه)(?:[^\p{L},،]+\p{L}+){0,3}[^\p{L},،]*$`)

// bbsaDeniedAfter is a denial after a phrase in its clause: "не е
// възможна", "ni mogoče", "nije moguć", "ei ole võimalik", "nav", "nėra",
// "ei ole", "नहीं", "نہیں", "وجود ندارد", "نیست", "নেই".
var bbsaDeniedAfter = regexp.MustCompile(`(?i)^[^,،]{0,60}?(?:[^\p{L}](?:не\s+е|не\s+се\s+предлага|няма|нема|није|δεν|ni|nije|nema|ei|pole|nav|nėra|negalim\p{L}*)(?:[^\p{L}]|$)|नहीं|نہیں|ندار|نیست|نمی|নেই|নয়)`)

// bbsaTechWords name what a remote phrase beside them does that is no work
// mode: remote control, monitoring, support, maintenance.
var bbsaTechWords = []string{"наблюдение", "надзор", "управљањ", "подршк", "управление", "контрол", "поддръжка", "παρακολούθηση", "έλεγχ", "υποστήριξη",
	"nadzor", "upravljanj", "podpor", "podršk", "jälgim", "juhtim", "uzraudzīb", "vadīb", "stebėjim", "valdym",
	"valvonta", "ohjaus", "कंट्रोल", "नियंत्रण", "کنٹرول", "کنترل", "مانیتور", "نظارت", "কন্ট্রোল", "নিয়ন্ত্রণ", "পর্যবেক্ষণ",
	"monitor", "control"}

// bbsaPerkWords are an allowance or equipment for a home office: a remote
// or office phrase beside them is a perk, no work mode.
var bbsaPerkWords = []string{"добавка", "надбавка", "компенсаци", "επίδομα", "εξοπλισμ", "dodatek", "opremo", "naknad",
	"opremanj", "toetus", "sisustam", "kompensācij", "aprīkojum", "kompensacij", "įrang", "tuki", "tuen", "kalust",
	"भत्ता", "الاؤنس", "کمک هزینه", "ভাতা"}

// bbsaVehicleWords are cars and clouds a hybrid word names.
var bbsaVehicleWords = []string{"автомоб", "кол", "облак", "αυτοκίνητ", "όχημ", "νέφ", "vozil", "automobil", "auto", "oblak",
	"sõiduk", "pilv", "automašīn", "mākon", "debes", "कार", "गाड़ी", "گاڑی", "خودرو", "ماشین", "গাড়ি", "cloud", "cars"}

// bbsaChoiceWords are a choice between modes: "избирате", "επιλογή",
// "izbirate", "birati", "valida", "izvēlēties", "rinktis", "valita",
// "चुन", "انتخاب", "বেছে".
var bbsaChoiceWords = []string{"избира", "по избор", "επιλογή", "επιλέξ", "bira", "izbor", "odabr", "valida", "valik",
	"izvēlē", "rinktis", "pasirink", "valita", "valitse", "चुन", "انتخاب", "বেছে"}

// bbsaPartWords are "partly" beside a remote phrase: "osaliselt kaugtööd",
// "daļēji attālināti", "частично дистанционно".
var bbsaPartWords = []string{"частично", "μερικ", "εν μέρει", "delno", "djelomi", "delimi", "osaliselt", "daļēji", "iš dalies",
	"osittain", "osittainen", "आंशिक", "جزوی", "بخشی", "আংশিক"}

// bbsaOfficeNouns are the office nouns a choice or a count of days names.
var bbsaOfficeNouns = []string{"офис", "канцелариј", "γραφεί", "pisarn", "ured", "kancelarij", "kontor", "biroj", "biur", "toimisto",
	"ऑफिस", "दफ्तर", "कार्यालय", "دفتر", "آفس", "حضوری", "অফিস"}

// bbsaWeekDays is a count of days (or times) as the languages write it.
var bbsaWeekDays = regexp.MustCompile(`(?i)(?:[1-4١-٤۱-۴१-४১-৪]|два|две|три|δύο|τρεις|τρία|dva|dve|tri|kaks|kolm|divas|trīs|dvi|tris|kaksi|kolme|दो|तीन|دو|تین|سه|দুই|তিন)\s*(?:дни|ден|ημέρ|μέρ|dni|dan|dana|päev|dien|päivä|दिन|دن|روز|দিন)|dvakrat|trikrat|kahdesti|dvaput`)

// bbsaWeekWords are a week: "седмица", "εβδομάδα", "teden", "tjedn",
// "nedelj", "nädal", "nedēļ", "savait", "viiko", "सप्ताह", "ہفتے", "هفته",
// "সপ্তাহ".
var bbsaWeekWords = []string{"седмиц", "εβδομάδ", "teden", "tedn", "tjedn", "nedelj", "sedmic", "nädal", "nedēļ", "savait",
	"viiko", "सप्ताह", "हफ्ते", "ہفتے", "هفته", "সপ্তাহ"}

// bbsaRead is the reading of the phrases in a text.
type bbsaRead struct {
	remote, onsite, hybrid, denied string // the evidence of each
	techOnly                       bool   // every remote phrase named something else
	vehicle                        bool   // a hybrid word named a car or a cloud
}

// bbsaRunes returns the first n runes of s.
func bbsaRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// bbsaTail returns the last n runes of s.
func bbsaTail(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// bbsaWordAt reports a Latin or Cyrillic phrase starting a word: "ni", not
// "dni"; stems may run on ("дистанционна").
func bbsaWordAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r < 0x0590)
}

// bbsaBulgarian reports a text with none of the letters of Russian,
// Belarusian or Ukrainian that Bulgarian lacks ("ы", "э", "ё", "і", "ї",
// "є"): the Cyrillic phrases are Bulgarian.
func bbsaBulgarian(s string) bool {
	for _, l := range []string{"ы", "э", "ё", "і", "ї", "є", "Ы", "Э", "І"} {
		if strings.Contains(s, l) {
			return false
		}
	}
	return true
}

// bbsaReadText reads the phrases of s.
func bbsaReadText(s string, r *bbsaRead) {
	sawRemote, sawMode := false, false
	bulgarian := -1
	for _, m := range bbsaRe.FindAllStringIndex(s, 16) {
		if !bbsaWordAt(s, m[0]) || bbsaEnglishHybridi(s, m[0], m[1]) { // not "hybridization" (remote_hybridi_english.go)
			continue
		}
		if c := s[m[0]]; c == 0xD0 || c == 0xD1 || (c == ' ' && m[0]+1 < m[1] && (s[m[0]+1] == 0xD0 || s[m[0]+1] == 0xD1)) {
			if bulgarian < 0 {
				bulgarian = 0
				if bbsaBulgarian(s) {
					bulgarian = 1
				}
			}
			if bulgarian == 0 {
				continue
			}
		}
		kind := bbsaKindAt(s[m[0]:m[1]])
		lo, hi := bbsaSentence(s, m[0], m[1])
		before, after, sentence := strings.ToLower(s[lo:m[0]]), strings.ToLower(s[m[1]:hi]), s[lo:hi]
		lsent := strings.ToLower(sentence)
		near := bbsaTail(before, 24) + " " + bbsaRunes(after, 24)
		ev := s[m[0]:m[1]]
		if containsAnyKey(lsent, bbsaPerkWords) {
			if kind == bbsaRemote {
				sawRemote = true
			}
			continue
		}
		switch kind {
		case bbsaRemote:
			sawRemote = true
			if containsAnyKey(near, bbsaTechWords) {
				continue
			}
			sawMode = true
			switch {
			case bbsaDeniedBefore.MatchString(before) || bbsaDeniedAfter.MatchString(after):
				r.denied = firstNonEmpty(r.denied, sentence)
			case bbsaMixed(lsent):
				r.hybrid = firstNonEmpty(r.hybrid, sentence)
			default:
				r.remote = firstNonEmpty(r.remote, ev)
			}
		case bbsaOnsite:
			if bbsaDeniedBefore.MatchString(before) && !strings.Contains(bbsaTail(before, 12), ",") && bbsaShortDenial(before) {
				continue
			}
			if bbsaWeekDays.MatchString(lsent) && containsAnyKey(lsent, bbsaWeekWords) || bbsaWeekDays.MatchString(lsent) && bbsaRemoteIn(lsent) {
				r.hybrid = firstNonEmpty(r.hybrid, sentence)
				continue
			}
			r.onsite = firstNonEmpty(r.onsite, ev)
		case bbsaHybrid:
			if containsAnyKey(near, bbsaVehicleWords) || containsAnyKey(strings.ToLower(bbsaRunes(s[m[1]:], 6)), []string{"auto"}) {
				r.vehicle = true
				continue
			}
			if bbsaDeniedBefore.MatchString(bbsaTail(before, 10)) {
				continue
			}
			r.hybrid = firstNonEmpty(r.hybrid, ev)
		}
	}
	if sawRemote && !sawMode {
		r.techOnly = true
	}
}

// bbsaShortDenial reports a denial word right before an office phrase
// ("ne u uredu", "не в офиса").
func bbsaShortDenial(before string) bool {
	t := strings.TrimSpace(bbsaTail(before, 8))
	for _, w := range []string{"не", "ne", "ei", "nav", "ni", "nije", "δεν", "χωρίς"} {
		if strings.HasSuffix(t, " "+w) || t == w {
			return true
		}
	}
	return false
}

// bbsaRemoteIn reports an undenied-looking remote phrase in a lower-case
// sentence.
func bbsaRemoteIn(lsent string) bool {
	for _, m := range bbsaRe.FindAllStringIndex(lsent, 8) {
		if bbsaKindAt(lsent[m[0]:m[1]]) == bbsaRemote {
			return true
		}
	}
	return false
}

// bbsaMixed reports a sentence holding a remote phrase with a count of days
// in a week, with an office phrase, or with a choice and an office noun.
func bbsaMixed(lsent string) bool {
	if bbsaWeekDays.MatchString(lsent) && (containsAnyKey(lsent, bbsaWeekWords) || containsAnyKey(lsent, bbsaOfficeNouns)) {
		return true
	}
	if containsAnyKey(lsent, bbsaChoiceWords) && containsAnyKey(lsent, bbsaOfficeNouns) || containsAnyKey(lsent, bbsaPartWords) {
		return true
	}
	for _, m := range bbsaRe.FindAllStringIndex(lsent, 8) {
		if bbsaKindAt(lsent[m[0]:m[1]]) == bbsaOnsite && bbsaWordAt(lsent, m[0]) {
			before := lsent[:m[0]]
			if bbsaDeniedBefore.MatchString(bbsaTail(before, 10)) {
				continue
			}
			return true
		}
	}
	return false
}

// bbsaOwnEvidence reports text or title evidence holding one of the phrases.
func bbsaOwnEvidence(evidence string) bool {
	for _, p := range []string{"text: ", "title: "} {
		if ev, ok := strings.CutPrefix(evidence, p); ok {
			return bbsaRe.MatchString(ev)
		}
	}
	return false
}

// bbsaPerkEvidence reports text evidence found in a sentence of text that
// names a home-office allowance: "kodukontori sisustamise toetus".
func bbsaPerkEvidence(text, evidence string) bool {
	ev, ok := strings.CutPrefix(evidence, "text: ")
	if !ok || ev == "" {
		return false
	}
	i := strings.Index(text, ev)
	if i < 0 {
		return false
	}
	lo, hi := bbsaSentence(text, i, i+len(ev))
	return containsAnyKey(strings.ToLower(text[lo:hi]), bbsaPerkWords)
}

// reviseBalkanBalticSouthAsianModes (called after reviseAsianMideastModes in
// Normalize) reads the phrases in the title and the text of a listing that
// no structured field placed: an unknown listing takes their mode; a
// remote one read from text is on-site when they deny remote work and name
// none, hybrid when they name a hybrid model, a mixed sentence or a week,
// and unknown when its remote word named remote control or a home-office
// allowance; an on-site one is hybrid when they name a hybrid model; a
// hybrid one read from text is on-site when they deny remote work and name
// no remote or hybrid work.
func reviseBalkanBalticSouthAsianModes(title, text string, ri RemoteInfo) RemoteInfo {
	if fromStructured(ri) {
		return ri
	}
	inText, inTitle := bbsaGate(text), bbsaGate(title)
	if !inText && !inTitle {
		return ri
	}
	var r bbsaRead
	if inTitle {
		bbsaReadText(title, &r)
	}
	titleTech := r.techOnly
	r.techOnly = false
	if inText {
		bbsaReadText(text, &r)
	}
	techOnly := r.techOnly && (titleTech || r.remote == "")
	fromText := strings.HasPrefix(ri.Evidence, "text: ")
	switch ri.Remote {
	case model.RemoteRemote:
		if r.remote == "" && r.hybrid == "" && r.denied == "" &&
			(techOnly && bbsaOwnEvidence(ri.Evidence) || bbsaPerkEvidence(text, ri.Evidence)) {
			// "Υποστήριξη πελατών εξ αποστάσεως ..., στα γραφεία μας": the
			// remote word is the task; the office is the place.
			ri.Remote, ri.Evidence = model.RemoteUnknown, ""
			if r.onsite != "" {
				ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+r.onsite
			}
			ri.Regions = nil
			return ri
		}
		if !fromText && !strings.HasPrefix(ri.Evidence, "title: ") {
			return ri
		}
		switch {
		case r.hybrid != "":
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+r.hybrid
		case r.denied != "" && r.remote == "" && fromText:
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+r.denied
			ri.Regions = nil
		}
		return ri
	case model.RemoteOnsite:
		if r.hybrid != "" {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+r.hybrid
		}
		return ri
	case model.RemoteHybrid:
		if r.vehicle && r.hybrid == "" && r.remote == "" && r.onsite == "" && r.denied == "" && bbsaOwnEvidence(ri.Evidence) {
			// "хибриден облак", "hybridiautoja": no work mode.
			ri.Remote, ri.Evidence = model.RemoteUnknown, ""
			ri.Regions = nil
			return ri
		}
		if fromText && r.hybrid == "" && r.remote == "" && r.denied != "" && bbsaOwnEvidence(ri.Evidence) {
			ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+r.denied
			ri.Regions = nil
		}
		return ri
	}
	m, e := model.RemoteUnknown, ""
	switch {
	case r.hybrid != "":
		m, e = model.RemoteHybrid, r.hybrid
	case r.remote != "" && r.onsite != "":
		m, e = model.RemoteHybrid, r.remote+" "+r.onsite
	case r.denied != "":
		m, e = model.RemoteOnsite, r.denied
	case r.onsite != "":
		m, e = model.RemoteOnsite, r.onsite
	case r.remote != "":
		m, e = model.RemoteRemote, r.remote
	}
	if m != model.RemoteUnknown {
		ri.Remote, ri.Evidence = m, "text: "+e
	}
	return ri
}
