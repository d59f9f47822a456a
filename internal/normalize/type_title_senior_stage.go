package normalize

import "regexp"

// seniorStage is "Stage" right after an English seniority or level word
// in a title: "Senior Stage Fluids Engineer I", "Lead Stage Engineer".
// A French or Dutch internship title opens with "Stage" or puts it after
// a dash ("Stage - Marketing", "Stage Data Analyst H/F"); an English
// seniority word before it makes "stage" the English noun (a frac stage,
// a stage of a product), so titleInternNotStage drops it as it drops
// englishStage ("Growth Stage Manager").
var seniorStage = regexp.MustCompile(`(?i)\b(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head)\s+stage\b`)
