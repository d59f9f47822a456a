package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// asianGreekHebrewFieldWords join fieldModeWords (remote_field_mode_words.go):
// whole work-mode values of a workplace field, in Southeast Asian, Greek
// and Hebrew job apps, that the readers miss. Vietnamese boards list
// "Linh hoạt" (flexible) beside "Tại văn phòng" and "Từ xa" as their
// hybrid value, and "Làm việc trực tiếp" (working in person) as on-site;
// Greek careers pages say "Φυσική παρουσία" (physical presence) for
// on-site and "Από απόσταση" for remote; Thai "หน้างาน" (at the work
// site) is on-site and "รีโมต" remote; Hebrew "משרדי" (office) is on-site
// and "עובד מהבית" (works from home) remote; Indonesian "Di kantor",
// Malay "Di pejabat" and Filipino "Sa opisina" (at the office) are
// on-site. Only a whole value counts: "linh hoạt" in a sentence is any
// flexibility (hours, say). Table tests in remote_modes_asian_greek_hebrew_test.go.
var asianGreekHebrewFieldWords = fieldModeTable(map[string]model.Remote{
	// Vietnamese.
	"linh hoạt": model.RemoteHybrid, "làm việc trực tiếp": model.RemoteOnsite, "trực tiếp": model.RemoteOnsite,
	"làm việc từ xa hoàn toàn": model.RemoteRemote, "từ xa hoàn toàn": model.RemoteRemote,
	// Greek.
	"φυσική παρουσία": model.RemoteOnsite, "με φυσική παρουσία": model.RemoteOnsite, "δια ζώσης": model.RemoteOnsite,
	"από απόσταση": model.RemoteRemote, "μόνο από απόσταση": model.RemoteRemote, "εργασία από απόσταση": model.RemoteRemote,
	"υβριδικό": model.RemoteHybrid, "υβριδική εργασία": model.RemoteHybrid,
	// Thai.
	"หน้างาน": model.RemoteOnsite, "ออนไซต์": model.RemoteOnsite, "ประจำออฟฟิศ": model.RemoteOnsite,
	"รีโมต": model.RemoteRemote, "รีโมท": model.RemoteRemote, "ทำงานทางไกล": model.RemoteRemote,
	// Hebrew.
	"משרדי": model.RemoteOnsite, "עבודה משרדית": model.RemoteOnsite, "מהמשרד": model.RemoteOnsite, "במשרד": model.RemoteOnsite,
	"עובד מהבית": model.RemoteRemote, "עובדת מהבית": model.RemoteRemote, "מהבית": model.RemoteRemote,
	// Indonesian, Malay, Filipino.
	"di kantor": model.RemoteOnsite, "di tempat": model.RemoteOnsite, "di lokasi": model.RemoteOnsite,
	"di pejabat": model.RemoteOnsite, "sa opisina": model.RemoteOnsite, "hibrida": model.RemoteHybrid,
	"hibrid": model.RemoteHybrid, "kerja jarak jauh": model.RemoteRemote, "mula sa bahay": model.RemoteRemote,
	"trabaho mula sa bahay": model.RemoteRemote,
})

// vietThaiWorldModeWords join the world words (remote_words_world_more.go),
// read in a sentence with their denials: Vietnamese "làm (việc) tại văn
// phòng" (work at the office), so that "làm việc từ xa, lên văn phòng
// khi cần" style sentences with both words read hybrid, and Thai
// "ทำงานทางไกล" (working from afar).
var vietThaiWorldModeWords = []struct {
	phrase string
	mode   model.Remote
}{
	{"làm tại văn phòng", model.RemoteOnsite}, {"làm việc tại văn phòng", model.RemoteOnsite},
	{"ทำงานทางไกล", model.RemoteRemote},
}

// asianTurkishTitleRemote is a Southeast Asian or Turkish remote phrase set off
// in a title by brackets, a comma or a dash: "Admin (Kerja dari Rumah)",
// "Kế toán - Làm việc từ xa". A phrase with more words after it inside
// the brackets, or opening the title ("Uzaktan Eğitim Uzmanı" teaches
// distance learning), is not matched.
var asianTurkishTitleRemote = regexp.MustCompile(`(?i)(?:[(\[,–—|/]|\s-)\s*(?:bisa\s+|full\s+)?(?:kerja dari rumah|bekerja dari rumah|kerja jarak jauh|jarak jauh|làm việc từ xa|làm từ xa|uzaktan|ทำงานที่บ้าน|ทำงานจากที่บ้าน|trabaho mula sa bahay)\s*(?:[)\],–—|/]|\s-|$)`)

// asianTurkishTitleNote returns "Remote" for a title naming remote work so; ""
// otherwise. A plain byte search for the phrases' stems gates it.
func asianTurkishTitleNote(title string) string {
	if len(title) > 200 {
		return ""
	}
	lt := strings.ToLower(title)
	if !(strings.Contains(lt, "rumah") || strings.Contains(lt, "jarak") || strings.Contains(lt, "từ xa") ||
		strings.Contains(lt, "uzaktan") || strings.Contains(lt, "ทำงาน") || strings.Contains(lt, "bahay")) {
		return ""
	}
	if asianTurkishTitleRemote.MatchString(title) {
		return "Remote"
	}
	return ""
}

// asianTurkishModeLabel is a work-mode label in a description followed by its
// value on the same line: Turkish "Çalışma Yeri: İş Yerinde" or
// "Çalışma Şekli: Hibrit", Vietnamese "Hình thức làm việc: Từ xa",
// Indonesian "Sistem kerja: WFO". The value is read whole with
// fieldModeWord, as a workplace field is.
var asianTurkishModeLabel = newKeyRegexp(`(?i)(?:çalışma\s+(?:yeri|şekli|modeli|biçimi)|hình\s+thức\s+làm\s+việc|sistem\s+kerja|model\s+kerja)\s*:\s*([^\n.;|]{2,40})`, 30, 50,
	"alışma yeri", "alışma şekli", "alışma modeli", "alışma biçimi", "hình thức", "sistem kerja", "model kerja")

// asianTurkishLabelMode reads the first labelled work-mode value in text whose
// value is a known whole work-mode word; unknown when there is none.
func asianTurkishLabelMode(text string) (model.Remote, string) {
	for _, m := range asianTurkishModeLabel.FindAllStringSubmatchIndex(text, 4) {
		v := strings.TrimSpace(text[m[2]:m[3]])
		if r := fieldModeWord(v); r != model.RemoteUnknown {
			return r, text[m[0]:m[1]]
		}
	}
	return model.RemoteUnknown, ""
}
