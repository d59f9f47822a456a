package normalize

// officeWeekAhead is a full office week said of the reader ahead of time,
// or said without an article before "office": "you will be in office 5
// days", "you'll work at our Leeds office full-time", "must be in office
// every day". strongOnsiteMore's other shapes need "must" and "the" or
// "our". A count of five days counts only as a whole week: followed by
// "a week" or by the end of the clause, not "5 days a month".
const officeWeekAhead = `(?:(?:must|required to|expected to|need to|will|['’]ll) (?:be|work) in office|(?:will|['’]ll) (?:be|work) (?:in|at) (?:the|our) (?:[\p{L}]+ ){0,2}office) ` +
	`(?:full[- ]time|every day|daily|all week|monday (?:through|thru|to) friday|mon(?:day)? ?[-–] ?fri(?:day)?\b|(?:5|five) days(?: (?:a|per|each|every) week)?(?:\s*[.;,!)]|\s*$))`
