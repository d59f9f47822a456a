package normalize

// partLeadRole reads a classified ad's opening that names the hours before
// the work: "Part-time bookkeeping job, evenings." A capital "Part-time"
// starts a sentence or a heading; one to three words of the work follow,
// then the noun of the engagement. bodyPart reads "part-time role" only with
// nothing between (classifieds and their gig sections).
var partLeadRole = newKeyRegexp(`\bPart[- ][Tt]ime (?:[\p{L}&/-]+ ){1,3}(?:role|position|job|gig|post)\b`, 0, 60, "part")
