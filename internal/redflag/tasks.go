package redflag

import "slices"

// taskCount counts distinct task verbs in the title and text, leaving out
// qualifications ("able to plan"), up to taskCountCap (see there). The
// result is computed once per assessment.
func (c *ctx) taskCount() int {
	if !c.tasksDone {
		c.tasks, c.tasksDone = countTasksUpTo(taskCountCap, c.title, c.text), true
	}
	return c.tasks
}

// countTasks counts the distinct stems of the task verbs of the views
// (taskStem), a verb counting only where reQualifier does not match the
// 40 bytes before it: the count of the rule's map-based scan, with the
// words looked up in taskTable and the stems seen kept as bits.
func countTasks(views ...*view) int { return countTasksUpTo(maxTaskStems, views...) }

// taskWordByte is isWordByte as a table.
var taskWordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// minTaskWord and maxTaskWord bound the lengths of the task verbs.
var minTaskWord, maxTaskWord = func() (lo, hi int) {
	lo = 1 << 30
	for w := range taskWords {
		lo, hi = min(lo, len(w)), max(hi, len(w))
	}
	return lo, hi
}()

// maxTaskStems bounds the stems of taskStems (the bits of countTasks).
const maxTaskStems = 256

// taskEntry is one task verb of taskTable: the word and its stem's index.
type taskEntry struct {
	word string
	stem int32
}

// taskTableBits sizes taskTable: a quarter full or less.
const taskTableBits = 13

// taskTable holds the keys of taskWords by open addressing on taskHash's
// full 32 bits, each with the index of its stem in taskStemList: a lookup
// is one hash of the word and, for most words, one empty slot.
var taskTable, taskStemList = func() (t [1 << taskTableBits]taskEntry, stems []string) {
	for _, st := range taskWords {
		stems = append(stems, st)
	}
	slices.Sort(stems)
	stems = slices.Compact(stems)
	if len(stems) > maxTaskStems || 4*len(taskWords) > len(t) {
		panic("redflag: too many task verbs for taskTable")
	}
	for w, st := range taskWords {
		k, _ := slices.BinarySearch(stems, st)
		i := taskHash32(w) & (len(t) - 1)
		for t[i].word != "" {
			i = (i + 1) & (len(t) - 1)
		}
		t[i] = taskEntry{word: w, stem: int32(k)}
	}
	return t, stems
}()

// taskHash32 is the 32-bit FNV-1a hash of w.
func taskHash32(w string) int {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h)
}

// taskStemIndex returns the index in taskStemList of the task stem of w,
// if w is a task verb: taskStem by taskTable.
func taskStemIndex(w string) (int, bool) {
	for i := taskHash32(w) & (len(taskTable) - 1); taskTable[i].word != ""; i = (i + 1) & (len(taskTable) - 1) {
		if taskTable[i].word == w {
			return int(taskTable[i].stem), true
		}
	}
	return 0, false
}
