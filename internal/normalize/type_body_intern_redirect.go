package normalize

// A posting for a graduate post that sends students to the employer's
// internship ("If you have not already graduated, please apply to our
// internship program.", "If you are still a college student, please apply
// to join us as an Intern.") names an internship that is not this post;
// so does a post that runs the programme ("Support in the design and
// execution of the internship program"). internRedirect reports an
// internship cue (bodyIntern's "internship program", "as an intern")
// whose sentence opens on such a condition or such work before it, so
// internCue passes it over as it passes over past experience
// (pastContext). A cue saying "this internship" is not one: "If you are
// still a student, this internship is for you" stays an internship.
func internRedirect(text string, loc []int) bool {
	cue := text[loc[0]:loc[1]]
	if !hasPrefixFold(cue, "internship program") && !hasPrefixFold(cue, "as a") {
		return false
	}
	head := sentenceHead(text, loc[0])
	for _, w := range internRedirectMarkers {
		if containsFold(head, w) {
			return true
		}
	}
	return false
}

// internRedirectMarkers open a sentence on the reader still studying, or
// on running the programme.
var internRedirectMarkers = []string{"if you are still a ", "if you are still in ", "if you are a current student",
	"if you are currently a student", "if you are currently enrolled", "if you have not already graduated",
	"if you have not yet graduated", "if you haven't graduated", "if you haven’t graduated",
	"execution of ", "design and delivery of ", "administration of "}

// sentenceHead is the sentence holding text[i], up to i (at most 160
// bytes back), with the spaces before i kept: a marker such as
// "execution of " may end right before the cue.
func sentenceHead(text string, i int) string {
	start := max(0, i-160)
	for j := i - 1; j >= start; j-- {
		if c := text[j]; c == '.' && j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\n') || c == '!' || c == '?' || c == '\n' {
			start = j + 1
			break
		}
	}
	return text[start:i]
}
