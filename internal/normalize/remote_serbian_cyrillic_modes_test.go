package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestSerbianCyrillicAndBulgarianHomeModes pins the Serbian Cyrillic
// phrases and Bulgarian "from home" forms of
// remote_balkan_baltic_south_asian_modes.go: the genitive "рада на
// даљину" and "рада од куће" after a noun, an office in Cyrillic, Serbian
// denials ("нема", "није"); Bulgarian "изцяло от дома" and "работите от
// дома". Traps: Russian minutes from home, remote monitoring, an office
// mentioned as a place to pick up equipment with remote work stated.
func TestSerbianCyrillicAndBulgarianHomeModes(t *testing.T) {
	post := func(title, text string) model.Posting {
		return model.Posting{Title: title, DescriptionText: text}
	}
	runPostingModeCases(t, []postingModeCase{
		{name: "sr genitive remote", p: post("Преводилац", "Нудимо могућност рада на даљину и флексибилно радно време."), want: model.RemoteRemote},
		{name: "sr genitive home", p: post("Оператер", "Посао подразумева рад од куће, пуно радно време."), want: model.RemoteRemote},
		{name: "sr office", p: post("Књиговођа", "Рад се обавља у нашој канцеларији у Новом Саду."), want: model.RemoteOnsite},
		{name: "sr remote denied", p: post("Продавац", "Нема могућности рада на даљину, посао је у продавници."), want: model.RemoteOnsite},
		{name: "sr remote and office days", p: post("Аналитичар", "Два дана недељно у канцеларији, остатак рада на даљину."), want: model.RemoteHybrid},
		{name: "bg fully from home", p: post("Асистент", "Работа изцяло от дома, гъвкаво работно време."), want: model.RemoteRemote},
		{name: "bg you work from home", p: post("Копирайтър", "Вие работите от дома си и сами планирате деня."), want: model.RemoteRemote},
		{name: "trap: ru minutes from home", p: post("Курьер", "Склад в 10 минут от дома, работа по городу."), want: model.RemoteUnknown},
		{name: "trap: sr remote monitoring", p: post("Техничар", "Одржавање система за надзор на даљину у нашем објекту."), want: model.RemoteUnknown},
	})
}
