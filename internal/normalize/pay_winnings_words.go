package normalize

import "strings"

// Russian and Ukrainian words for winnings and prizes ("клиенты
// выигрывают до €50 000": customers win up to that sum) join the perk
// words (pay_labels_world.go): an amount they name among the five words
// before it is a sum won, not pay. Table tests in
// pay_winnings_words_test.go.
func init() {
	for _, w := range strings.Split("выигрыш,выигрыша,выигрывают,выигрывает,выиграть,выиграйте,приз,призы,призовой,призовые,призовых,"+
		"виграш,виграють,виграти,призовий", ",") {
		worldPerkWords[termKey(w)] = true
	}
}
