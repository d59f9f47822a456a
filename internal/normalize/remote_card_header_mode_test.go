package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A copied card header that repeats the title and closes with a mode word
// decides the mode, over a structured field too.
func TestCardHeaderMode(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Backend Developer", hint: "On-site", loc: "Canada",
			text: "Backend Developer · Northwind Labs · Canada · Remote\nWe build billing software.", want: model.RemoteRemote},
		{title: "Data Engineer", hint: "Remote", loc: "Madrid, Spain",
			text: "Data Engineer · Bluefin · Madrid, Spain · Hybrid\nPipelines in Spark.", want: model.RemoteHybrid},
		{title: "QA Analyst", loc: "Lyon, France",
			text: "QA Analyst · Tessel · Lyon, France · On-site\nManual and automated testing.", want: model.RemoteOnsite},
		{title: "support agent", hint: "Onsite",
			text: "\nSupport Agent · Helpline Co · Ohio · remote\nAnswer tickets.", want: model.RemoteRemote},
	})
}

// Lines that only look like a card header keep the old reading: another
// opening part, two parts, a longer closing part, or a line too far down.
func TestCardHeaderModeTraps(t *testing.T) {
	far := "Intro.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nBackend Developer · Northwind Labs · Canada · Remote"
	checkModes(t, []modeCase{
		{title: "Backend Developer", hint: "On-site", loc: "Canada",
			text: "Northwind Labs · Canada · Remote\nWe build billing software.", want: model.RemoteOnsite},
		{title: "Backend Developer", hint: "On-site", loc: "Canada",
			text: "Backend Developer · Remote\nWe build billing software.", want: model.RemoteOnsite},
		{title: "Backend Developer", hint: "On-site", loc: "Canada",
			text: "Backend Developer · Northwind Labs · Remote-friendly team\nWe build billing software.", want: model.RemoteOnsite},
		{title: "Backend Developer", hint: "On-site", loc: "Canada", text: far, want: model.RemoteOnsite},
	})
}
