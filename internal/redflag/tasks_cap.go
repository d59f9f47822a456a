package redflag

// taskCountCap is where taskCount stops counting: the rules only ask
// whether a listing has at least two or at least four task verbs, so a
// count of four answers them all, and the scan stops at the fourth
// distinct verb instead of reading the rest of the text (most
// descriptions name four tasks in their first paragraphs). A rule that
// needs a higher threshold must raise the cap.
const taskCountCap = 4

// countTasksUpTo is countTasks stopped as soon as the count reaches
// limit: it returns min(countTasks(views...), limit).
func countTasksUpTo(limit int, views ...*view) int {
	var seen [(maxTaskStems + 63) / 64]uint64
	n := 0
	for _, v := range views {
		s := v.s
		// words, inline: the bounds of each run of isWordByte bytes.
		for i := 0; i < len(s); {
			if !taskWordByte[s[i]] {
				i++
				continue
			}
			a := i
			for i < len(s) && taskWordByte[s[i]] {
				i++
			}
			if i-a < minTaskWord || i-a > maxTaskWord || !mayBeTaskWord(s[a:i]) {
				continue
			}
			k, ok := taskStemIndex(s[a:i])
			if !ok || seen[k/64]&(1<<(k%64)) != 0 || v.match(reQualifier, s[max(0, a-40):a]) {
				continue
			}
			seen[k/64] |= 1 << (k % 64)
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}
