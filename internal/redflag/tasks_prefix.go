package redflag

// taskPrefix3 is a bitmap of the first three bytes of the task verbs
// (taskWords): a word whose first three bytes begin no task verb is not
// looked up in taskTable. Most words of a description fail it (about
// three in four of the words countTasks looks at), which spares their hash.
// Only letters are coded; a word with another byte among its first three
// (a digit, an apostrophe) is no task verb, as no task verb has one.
var taskPrefix3 = func() (t [taskPrefixBits / 64]uint64) {
	for w := range taskWords {
		k, ok := taskPrefixKey(w)
		if !ok {
			panic("redflag: task verb " + w + " does not start with three letters")
		}
		t[k/64] |= 1 << (k % 64)
	}
	return t
}()

// taskPrefixBits: three letters of five bits each.
const taskPrefixBits = 1 << 15

// taskPrefixKey returns the bitmap index of the first three bytes of w
// (at least three long), false when one of them is not a letter.
func taskPrefixKey(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	a, b, c := w[0]-'a', w[1]-'a', w[2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return int(a)<<10 | int(b)<<5 | int(c), true
}

// mayBeTaskWord reports whether w may be a task verb: false only for a
// word that no task verb starts like.
func mayBeTaskWord(w string) bool {
	if shortcutsOff || len(w) < 3 {
		return true
	}
	k, ok := taskPrefixKey(w)
	return ok && taskPrefix3[k/64]&(1<<(k%64)) != 0
}

// shortcutsOff turns the task-prefix and cue-factor shortcuts off: the
// reference the tests compare them with.
var shortcutsOff = false
