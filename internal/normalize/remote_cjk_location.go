package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Chinese location and work-mode fields write "远程" (remote; traditional
// "遠程") on its own: "远程", "北京 / 远程", "远程（全国）". In a title or a
// description the word also names remote medicine or remote control
// (远程医疗, 远程控制), so it is read only as a whole item of a short field.

// cjkRemoteItem (called in Normalize once the work mode is read) reads a
// location or remote field with "远程" or "遠程" as a whole item (items split
// at slashes, commas, bars, semicolons, dashes and brackets) when nothing
// else set the work mode; else it returns r and ev.
func cjkRemoteItem(hint string, locs []string, r model.Remote, ev string) (model.Remote, string) {
	if r != model.RemoteUnknown {
		return r, ev
	}
	if cjkRemoteField(hint) {
		return model.RemoteRemote, "structured: " + hint
	}
	for _, loc := range locs {
		if cjkRemoteField(loc) {
			return model.RemoteRemote, "location: " + loc
		}
	}
	return r, ev
}

// cjkRemoteField reports a short field with "远程" or "遠程" as a whole item.
func cjkRemoteField(f string) bool {
	if len(f) > 120 || !strings.Contains(f, "程") {
		return false
	}
	for _, item := range strings.FieldsFunc(f, cjkItemSep) {
		if item = strings.TrimSpace(item); item == "远程" || item == "遠程" {
			return true
		}
	}
	return false
}

// cjkItemSep reports a rune that separates the items of a location field.
func cjkItemSep(r rune) bool {
	switch r {
	case '/', ',', '|', ';', '-', '(', ')', '、', '，', '／', '（', '）', '｜', '；', '·':
		return true
	}
	return false
}
