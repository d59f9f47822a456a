package normalize

// noOnsiteWork denies any on-site part of the job, which leaves it remote:
// "No on-site work required.", "there is no in-person attendance",
// "No onsite work: you work from home". The denial must end its
// clause (or take "required", "needed" and the like first): "no on-site
// work on weekends" only narrows an office schedule.
var noOnsiteWork = newKeyRegexp(`(?i)\bno (?:on[- ]?site|in[- ]office|in[- ]person) (?:work|attendance|presence)(?: (?:is )?(?:needed|required|necessary|involved|at all))?\s*(?:[.!:;,)\n]|$)`, 2, 60,
	"no onsite", "no on-site", "no on site", "no in-office", "no in office", "no in-person", "no in person")

// mustBeRemote states the job remote as a duty closing its clause: "Must
// be remote.", "The role will be fully remote." ("must be remote-ready"
// or "must be remote from the office's noise" go on and are not read).
var mustBeRemote = newKeyRegexp(`(?i)\b(?:must|will|shall)\s+be\s+(?:fully\s+|100%\s+|entirely\s+)?remote\s*(?:[.!;]|$)`, 40, 30, "remote")

// remoteChoiceHome is remote said as what the worker may do or where the
// work is done: "You can work fully remotely", "You can choose to work
// fully remotely or from our Lisbon hub", "through our online platform
// from the comfort of your home" (remote_hands_on_titles_test.go).
// remoteWorkDone, lessonsFromHome and remoteNoException say it of the
// work itself: "About 25 hours over three weeks, completed remotely",
// "Teach live one-on-one lessons from home", "Every one of our employees
// works remotely, and this role is no exception". Each is a small regexp
// of its own, so that its windows stay on the backtracker.
var (
	remoteChoiceHome = newKeyRegexp(`(?i)\b(?:can|may|could|are\s+free\s+to|are\s+welcome\s+to)\s+(?:choose\s+to\s+|opt\s+to\s+|also\s+)?work\s+(?:fully|entirely|completely|100%)\s+remotely\b|\bfrom\s+the\s+comfort\s+of\s+(?:your|their)\s+(?:own\s+)?homes?\b`,
		60, 30, "remotely", "comfort of")
	// not a question: "Can this be done remotely? No."
	remoteWorkDone    = newKeyRegexp(`(?i)\b(?:completed|done|performed|carried\s+out)\s+(?:fully\s+|entirely\s+|100%\s+)?remotely\s*(?:[.;,!)]|$)`, 40, 4, "remotely")
	lessonsFromHome   = newKeyRegexp(`(?i)\b(?:teach|tutor|coach|lessons?|sessions?|classes)\b[^.;!?\n]{0,40}?\bfrom\s+(?:your\s+(?:own\s+)?)?home\b`, 60, 8, "from home", "from your home", "from your own home")
	remoteNoException = newKeyRegexp(`(?i)\bremote(?:ly)?\b[^.;!?\n]{0,60}?\bthis\s+(?:role|position|job)\s+is\s+no\s+exception\b`, 100, 4, "no exception")
)
