package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// employmentTypes maps a source's employment type, lower-cased with
// everything but letters removed, to a JobType.
var employmentTypes = map[string]model.JobType{
	"fulltime": model.TypeFullTime, "fulltimepermanent": model.TypeFullTime, "permanent": model.TypeFullTime,
	"permanentfulltime": model.TypeFullTime, "fulltimeemployee": model.TypeFullTime, "regular": model.TypeFullTime,
	"fulltimetemporary": model.TypeContract, "ft": model.TypeFullTime, "salaried": model.TypeFullTime,
	"parttime": model.TypePartTime, "parttimepermanent": model.TypePartTime, "pt": model.TypePartTime, "parttimetemporary": model.TypePartTime,
	"intern": model.TypeInternship, "internship": model.TypeInternship, "interns": model.TypeInternship, "trainee": model.TypeInternship,
	"workingstudent": model.TypeInternship, "werkstudent": model.TypeInternship, "werkstudentin": model.TypeInternship, "coop": model.TypeInternship, "stage": model.TypeInternship,
	"stagiaire": model.TypeInternship, "apprenticeship": model.TypeInternship, "apprentice": model.TypeInternship, "alternance": model.TypeInternship,
	"studentjob": model.TypeInternship, "graduate": model.TypeInternship, "fellowship": model.TypeInternship, "externship": model.TypeInternship,
	"microinternship": model.TypeMicroInternship, "student": model.TypeInternship,
	"contract": model.TypeContract, "contractor": model.TypeContract, "contracttohire": model.TypeContract, "temporary": model.TypeContract,
	"temp": model.TypeContract, "freelance": model.TypeContract, "freelancer": model.TypeContract, "shortterm": model.TypeContract,
	"perdiem": model.TypeContract, "seasonal": model.TypeContract, "consultant": model.TypeContract, "consulting": model.TypeContract,
	"fixedterm": model.TypeContract, "selfemployed": model.TypeContract, "independentcontractor": model.TypeContract, "gig": model.TypeProject,
	"wcontract": model.TypeContract, "contractw": model.TypeContract, "cc": model.TypeContract, "corptocorp": model.TypeContract,
	"contractcc": model.TypeContract, "temptoperm": model.TypeContract, "temptohire": model.TypeContract, "perm": model.TypeFullTime,
	"ch": model.TypeContract, // C2H, contract to hire
	// periodic (seasonal) work, a Turkish board's English work-type value "Periodical"
	"periodical": model.TypeContract,
	// casual and zero-hours work: employed, for as many hours as are offered
	"casual": model.TypePartTime, "zerohours": model.TypePartTime, "zerohourscontract": model.TypePartTime, "casualparttime": model.TypePartTime,
	"interim": model.TypeContract, "locum": model.TypeContract, "temporarycontract": model.TypeContract, "contracttemporary": model.TypeContract,
	"seasonaltemporary": model.TypeContract, "fixedtermcontract": model.TypeContract, "freelancecontract": model.TypeContract,
	"project": model.TypeProject, "projectbased": model.TypeProject, "oneoff": model.TypeProject, "perproject": model.TypeProject,
	// freelance boards' job types: "Fixed-price", "One-time project" (type_gig_fields.go)
	"fixedprice": model.TypeProject, "fixedpriceproject": model.TypeProject, "fixedfee": model.TypeProject,
	"onetimeproject": model.TypeProject, "oneoffproject": model.TypeProject,
	// the same in other languages: German, French, Spanish, Italian, Dutch
	"vollzeit": model.TypeFullTime, "festanstellung": model.TypeFullTime, "festeanstellung": model.TypeFullTime, "cdi": model.TypeFullTime, "tempsplein": model.TypeFullTime,
	"jornadacompleta": model.TypeFullTime, "tiempocompleto": model.TypeFullTime, "tempoindeterminato": model.TypeFullTime, "voltijd": model.TypeFullTime,
	// the German job board's working-time codes "vz" (Vollzeit) and "tz" (Teilzeit), as a whole value
	"vz": model.TypeFullTime, "tz": model.TypePartTime,
	"teilzeit": model.TypePartTime, "minijob": model.TypePartTime, "tempspartiel": model.TypePartTime, "mediajornada": model.TypePartTime,
	"tiempoparcial": model.TypePartTime, "deeltijd": model.TypePartTime, "cdd": model.TypeContract, "befristet": model.TypeContract, "temporaire": model.TypeContract, "intrim": model.TypeContract, "intrimaire": model.TypeContract, "interimaire": model.TypeContract,
	"prn": model.TypeContract, "asneeded": model.TypeContract, "asneededprn": model.TypeContract, "prnasneeded": model.TypeContract,
	"tempodeterminato": model.TypeContract, "becario": model.TypeInternship, "prcticas": model.TypeInternship, "practicas": model.TypeInternship,
	"tirocinio": model.TypeInternship, "stagista": model.TypeInternship, "pasanta": model.TypeInternship, "pasantia": model.TypeInternship,
	// "Continuing" is the Canadian and Australian public sector's and universities' ongoing appointment;
	// "Interships" a common misspelling ("Intership" in a title: type_title_intern_more.go)
	"continuing": model.TypeFullTime, "continuingappointment": model.TypeFullTime, "continuingposition": model.TypeFullTime,
	"intership": model.TypeInternship, "interships": model.TypeInternship,
	"ongoing": model.TypeFullTime, "volunteer": model.TypeVolunteer, "volunteering": model.TypeVolunteer, "voluntary": model.TypeVolunteer, "unpaid": model.TypeVolunteer,
}

var (
	titleMicro     = newCueRegexp(`(?i)\bmicro[- ]?internships?\b|\bshort[- ]term,?\s+(?:paid,?\s+)?project[- ]based\s+internships?\b`)
	titleIntern    = newCueRegexp(`(?i)\b(?:intern|interns|internships?|co-?ops?|(?:industrial |sandwich )?placement (?:student|year)|(?:summer|undergraduate|student|university|sandwich(?: year)?|year[- ]long|12[- ]month|year) placement|sandwich year|summer (?:(?:20\d\d|['’]\d\d) )?(?:analyst|associate)s?|industrial placement|year in industry|werkstudent(?:in)?|working[- ]student|studentermedhj(?:æ|ae)lpere?|studiejob|studenterjob|stagiaire|stage|praktikum|praktikant(?:in)?|becari[oa]s?|pr[aá]cticas|pasant[eií]a?s?|tirocin(?:io|ante)|stagista|est[aá]gi(?:o|[aá]ri[oa])|trainee|apprentice(?:ship)?|externship|alternance|summer student)\b`)
	titleVolunteer = regexp.MustCompile(`(?i)\bvolunteer(?:ing)?\b`)
	titleContract  = newCueRegexp(`(?i)\b(?:freelance|freelancer|contract|contractual|contractor|contract-to-hire|temporary|temp|consultant|seasonal|c2c|corp[- ]to[- ]corp|w-?2|1099|per[- ]diem|interim|locum|summer jobs?)\b`)
	// titleContractWork is a role whose work is contracts ("Contract
	// Manager", "Contracts Administrator"), not a contract role.
	titleContractWork = newCueRegexp(`(?i)\bcontracts? (?:manager|management|administrator|admin|specialist|analyst|officer|negotiator|lawyer|attorney|counsel|coordinator|director|lead)\b`)
	titlePart         = newCueRegexp(`(?i)\bpart(?:[- ]?|\s?[–—]\s?|\s-\s)time\b|\bfractional\b|[(\[]\s*PT\s*[)\]]`)
	titleFull         = newCueRegexp(`(?i)\bfull(?:[- ]?|\s?[–—]\s?|\s-\s)time\b|\bfull\s?(?:&|and|/|or|\+)\s?part(?:[- ]?|\s?[–—]\s?|\s-\s)time\b|[(\[]\s*FT\s*[)\]]`)
	// titleRunsProgram is a role that runs interns or volunteers ("Intern
	// Program Manager", "Volunteer Coordinator", "Internship Recruiter"),
	// apprenticeships or student placements ("Apprenticeship Coordinator",
	// "Student Placement Officer"), not an internship or volunteer role; so
	// is a role that says it works with interns ("Staff Engineer (mentors
	// interns)") or names the programme it runs after its own noun
	// ("Engineering Manager, Intern Program").
	titleRunsProgram = newCueRegexp(`(?i)\b(?:(?:mentors?|mentoring|coaches|coaching|supervises|supervising|manages|managing|oversees|overseeing|leads|leading|works\s+with|working\s+with)\s+(?:our\s+|the\s+|new\s+|summer\s+|a\s+team\s+of\s+)?(?:interns|co-?op\s+students|volunteers)|(?:manager|coordinator|director|head|lead|supervisor|recruiter|specialist|partner)\s*(?:,|[-–—(])\s*(?:interns?|internships?)\s+program(?:me)?s?|(?:interns?|internships?|volunteers?|co-?ops?|apprenticeships?|(?:(?:student|work|industrial|summer)\s+)?placements?)\s+(?:program(?:me)?s?\s+|engagement\s+|services\s+)?(?:manager|management|coordinator|director|lead|recruiter|recruiting|specialist|administrator|officer|supervisor|liaison)|(?:manager|coordinator|director|head|lead|supervisor)\s+(?:of|for)\s+(?:interns?|internships?|volunteers?|co-?op|apprenticeships?|placements?)(?:\s+program(?:me)?s?)?)\b`)
	titleProject     = newCueRegexp(`(?i)\b(?:project[- ]based|(?:short|small|paid|freelance|one[- ]off|one[- ]time|fixed[- ]price|short[- ]term)[- ]project|per project|gig)\b`)
	// titleProjectNoun is a title that names the work a project ("Data
	// Labeling Project", "Financial Modeling Micro-Project", "Project: Logo
	// Design") rather than a role ("Project Manager", "Project/Program
	// Lead") or a department ("Head of Projects"): a singular "project" ends
	// the title or comes before a bracket, colon, dash, bar or comma.
	titleProjectNoun = newCueRegexp(`(?i)\bproject\s*(?:$|[(\[:|,–—]|-\s|\bfor\b)`)
	// titleFellowship is a fellowship named as such ("Civic Tech Summer
	// Fellowship", "Fellowship (Data)"), not a role running one ("Fellowship
	// Program Manager").
	titleFellowship = regexp.MustCompile(`(?i)\bfellowships?\s*(?:$|[(\[:|,/–—]|-\s|\b(?:for|in|at|on|with|20\d\d)\b)`)

	bodyMicro     = titleMicro
	bodyIntern    = newCueRegexp(`(?i)\b(?:this (?:is an? )?(?:\w+ ){0,2}internship|(?:paid|unpaid|remote|summer|virtual|part-time|full-time) (?:\w+ )?(?:internship|fellowship)|internship (?:program|position|role|opportunity)|internship (?:is )?available\b|as an? (?:\w+ )?intern\b|our interns? will|co-?op (?:work )?(?:term|placement|position|program(?:me)?|student)s?\b|(?:\d+|four|eight|twelve)[- ]month co-?op\b)`)
	bodyVolunteer = newCueRegexp(`(?i)\b(?:volunteer (?:position|role|opportunity|basis)|this is a volunteer|unpaid (?:position|role|opportunity))\b`)
	bodyContract  = newCueRegexp(`(?i)\b(?:(?:this is an? )?(?:freelance|contract|contractor|independent contractor|1099|fixed[- ]term|temporary|seasonal|temp|interim)(?: \((?:1099|w-?2)\))? (?:(?:summer|winter|holiday) )?(?:role|position|opportunity|basis|engagement|assignment|contract|job|work|appointment|mission)|self[- ]employed (?:role|position|opportunity|basis|engagement|assignment|contract)|fixed[- ]term (?:until|till|through|for \d+|for (?:one|two|three|six|nine|twelve|eighteen))\b|(?:are|be|as|engaged as) (?:1099 )?independent contractors?|1099 (?:independent )?contractors?|(?:work|working|works|partner) with (?:\w+ )?freelancers|on a (?:freelance|contract|contractor|temporary|temp|seasonal) basis|(?:hiring|hire|seeking|looking for|engage) an? (?:independent |freelance )?contractor|as an? (?:independent |freelance )?contractor|c2c|corp[- ]to[- ]corp|w-?2 contract|1099 contract|contractual (?:role|position|opportunity|basis|engagement|assignment|appointment|job)|(?:^|\n|(?:this|it) is an?\s+|we offer an?\s+)summer job)\b`)
	bodyProject   = newCueRegexp(`(?i)\b(?:project[- ]based|(?:short|small|paid|one[- ]off|one[- ]time|fixed[- ]price|short[- ]term|scoped|bounded) project|one[- ](?:off|time) (?:task|gig)|per project|for the project|fixed (?:fee|price)|escopo fechado)\b`)
	bodyPart      = newCueRegexp(`(?i)\b(?:an? part[- ]time\b|(?:this is an? )?part[- ]time (?:staff )?(?:role|position|job|opportunity|contract|basis)|work part[- ]time|is part[- ]time|(?:per|a|/)\s*week\s*[,;(–-]\s*part[- ]time|part[- ]time\s*[,(:–-]\s*(?:(?:about|around|approx\.?|approximately|up to|roughly|~)\s*)?\d+(?:\s*-\s*\d+)?\s*(?:hours|hrs|h)\b)\b`)
	bodyFull      = newCueRegexp(`(?i)\b(?:(?:this is an? )?full[- ]time (?:role|position|job|opportunity|employment|permanent)|is full[- ]time|permanent,? full[- ]time|full[- ]time,? permanent|full[- ]time employee|full[- ]time,? (?:salaried|exempt|regular|benefited|benefits-eligible)\b|full[- ]time\s*[,(:–-]\s*(?:(?:about|around|approx\.?|approximately|roughly|~)\s*)?\d+(?:\.\d)?(?:\s*-\s*\d+(?:\.\d)?)?\s*(?:hours|hrs|h)\b)\b`)
)

// bodyContractMore is more contract wording: temp-to-perm, hiring a
// freelancer, a 12-month contract (tried around its key words: see keyRegexp).
var bodyContractMore = newKeyRegexp(`(?i)\b(?:temp(?:orary)?[- ]to[- ](?:perm|permanent|hire)|(?:hiring|hire|seeking|looking for|need|engage|searching for) an? (?:(?:experienced|skilled|talented|senior|junior|creative|reliable)\s+)?(?:freelance|freelancer|contract)\b|contract[- ]to[- ](?:hire|perm(?:anent)?)\b|(?:\d+|three|six|nine|twelve)[- ]months? (?:contract|assignment|engagement))\b`, 60, 60, "temp", "freelance", "contract", "month")

// typeLabel finds a labeled type in a description: "Employment type:
// Temporary (3 months)", "Position type: Contract (W2)".
var typeLabel = newKeyRegexp(`(?i)\b(?:(?:employment|job|position|contract|work|engagement|role) types?(?:\*\*|__)?\s*[:–-]|(?:type|schedule|commitment|employment|engagement)(?:\*\*|__)?\s*:)[\s*_]*([\p{L}][\p{L} ,/&-]{0,40})`, 15, 60,
	"type", "schedule", "commitment", "employment", "engagement")

// internCue and partCue are bodyIntern and bodyPart counted only outside
// sentences about the reader's past work (type_body_roles_stated.go); the
// last cue below guards bodySchedule the same way.
var internCue, partCue = pastGuardCue{bodyIntern}, pastGuardCue{studyPartGuard{bodyPart}} // studyPartGuard: type_week_hours_part.go

// typeCues are the title, then description, cues in order.
var typeCues = []struct {
	re      interface{ MatchString(string) bool }
	t       model.JobType
	inTitle bool
}{
	{wordCue{titleProject}, model.TypeProject, true}, {titleProjectNoun, model.TypeProject, true},
	{bountyTitle{}, model.TypeProject, true}, {studentJobTitle{}, model.TypeInternship, true}, // type_gig_student.go
	{fixedPriceTitle{}, model.TypeProject, true}, // "Fixed-price: Logo design" (type_gig_fields.go)
	{titleContract, model.TypeContract, true},
	{titlePart, model.TypePartTime, true}, {titleFull, model.TypeFullTime, true},
	{titleWeekendPart, model.TypePartTime, true}, {titlePermanent, model.TypeFullTime, true},
	{bodyVolunteer, model.TypeVolunteer, false}, {internCue, model.TypeInternship, false},
	{internStatedBody{}, model.TypeInternship, false},                                             // "The position is an apprenticeship" (type_body_roles_stated.go)
	{hiringInternCue{}, model.TypeInternship, false},                                              // "We are hiring a software engineering intern" (type_body_hiring_intern.go)
	{workStudyBody{}, model.TypeInternship, false}, {gigSentenceBody{}, model.TypeProject, false}, // type_gig_student.go
	{budgetProjectCue{}, model.TypeProject, false}, {bodyContract, model.TypeContract, false}, {bodyContractMore, model.TypeContract, false},
	{bodyContractExtra, model.TypeContract, false}, {perDiemBody{}, model.TypeContract, false}, // type_per_diem_body.go
	{openingTagBody{}, model.TypeContract, false},                   // "Data Engineer (Contract) - Remote." opening the text (type_body_kind_choices.go)
	{freelanceProjectBody{}, model.TypeContract, false},             // "Freelance data project." (type_body_roles_stated.go)
	{consultingEngagementBody{}, model.TypeContract, false},         // "Consulting engagement, remote" (type_body_consulting_engagement.go)
	{kindModeRoleBody{contractModeRole}, model.TypeContract, false}, // "a contract, remote role" (type_body_kind_mode_role.go)
	{partCue, model.TypePartTime, false}, {partLeadRole, model.TypePartTime, false}, {casualBody{}, model.TypePartTime, false}, {weekHoursPartBody{}, model.TypePartTime, false}, {benefitGuardCue{bodyFull}, model.TypeFullTime, false}, {bodyPermanent, model.TypeFullTime, false},
	{permanentBody{}, model.TypeFullTime, false},                                                   // "Permanent psychiatric NP position" (type_permanent_body.go)
	{hoursPartBody{}, model.TypePartTime, false}, {permanentPostBody{}, model.TypeFullTime, false}, // "20 hours part time", "Permanent staff" (type_body_load_permanent_hire.go)
	{bodyFullRole, model.TypeFullTime, false}, {kindModeRoleBody{fullModeRole}, model.TypeFullTime, false}, // "a full-time, hybrid position" (type_body_kind_mode_role.go)
	{pastGuardCue{bodySchedule}, model.TypePartTime, false},
	{roleLineFullBody{}, model.TypeFullTime, false}, // "Warehouse associate, full-time" (type_body_role_line_full.go)
}

// ParseType decides the kind of engagement. A micro-internship named
// anywhere wins; an internship, fellowship or volunteer title beats the
// source's type (interns are often filed as "Full-time"); then the source's employment type
// ("FullTime", "PartTime", "Intern", "CONTRACTOR", "fulltime_permanent",
// "full_time", "Short Term"); then other title cues; then the description.
func ParseType(employmentType, title, text string) model.JobType {
	if strings.TrimSpace(title) == "" {
		title = openingTitleLine(text) // "Backend Internship at Startup ABC" opening a text with no title (type_opening_title_line.go)
	}
	rawTitle := title // before a program-running role is cut from it below
	// "Keine Teilzeit", "No part-time.": hours ruled out (type_denied_hours.go)
	employmentType, text = blankDeniedHours(employmentType), blankDeniedHours(text)
	if templatePlaceholderField(employmentType) {
		employmentType = "" // "{{contracttypetxt}}": an unfilled template slot (type_field_template_placeholder.go)
	}
	// "Full Time, Temporary/Contractual" (type_field_slash_tenure.go)
	employmentType = slashTenureWord(employmentType)
	// "Contracts Management": a job family, not a hiring term (type_field_contract_function.go)
	employmentType = dropContractFunction(employmentType)
	if titleMicro.MatchString(title) || bodyMicro.MatchString(text) ||
		studentPaidProjectText(text) || paidStudentProjectTitle(title) || // "a 2-week paid project for students", "Audit - Paid Student Project" (type_body_student_paid_project.go)
		microInternship(employmentType, title) { // "Mini Internship (Hourly)" in the field (type_mini_internship.go)
		return model.TypeMicroInternship
	}
	if mayRunProgram(title) && titleRunsProgram.MatchString(title) {
		title = titleRunsProgram.ReplaceAllString(title, "")
	}
	title = dropInternRunnerEU(title) // "Opiekun praktykantów", "Stagebegeleider" (type_title_intern_runner_eu.go)
	if t := traineeToRoleType(title, text); t != model.TypeUnknown {
		return t // a trainee whose training leads into a permanent post (type_trainee_to_role_stipend.go)
	}
	switch {
	case titleInternNotStage(title), containsFold(title, "fellow") && titleFellowship.MatchString(title),
		apprenticeTitle(title), thesisTitle(title), // "Lehrstelle Informatik", "Masterarbeit" (type_thesis_title.go)
		titleInternMore(title),          // "Thermal Co Op", "Student Researcher" (type_title_intern_more.go)
		titleInsightWeek(title),         // "Spring Insight Week" (type_title_insight_week.go)
		titleStudentSeasonIntern(title), // "Engineering Student - Summer 2027", "Nursing Student Extern" (type_title_student_season.go)
		isMaghrebInternTitle(title):     // "تربص في ...", "Projet de fin d'études" (type_field_terms_spanish_contracts.go)
		return model.TypeInternship
	case foreignInternTitleMatch(title), offeredChineseIntern(title): // "Praktikantas", "Stajyer", "インターン", "暑期实习"
		return model.TypeInternship
	case containsFold(title, "volunteer") && titleVolunteer.MatchString(title),
		titleVolunteerForeignMatch(title): // "Bénévole - Accueil", "Vrijwilliger winkel" (type_title_volunteer_foreign.go)
		return model.TypeVolunteer
	}
	if seniorityIntern(text) {
		return model.TypeInternship // "Seniority level: Internship" over "Full-time" (type_seniority_level.go)
	}
	if partFieldFullBody(employmentType, text) {
		return model.TypeFullTime // "Part-time" beside "This is a full-time, permanent position" (type_part_field_full_body.go)
	}
	if koreanFieldDenied(employmentType) {
		employmentType = "" // "시간제 아님": the field names a type only to rule it out (type_field_denials_temp_first.go)
	}
	if partTimeContractField(employmentType) {
		return model.TypePartTime // "Part-time contract": the hours are the type (type_part_contract_week_hiring_round.go)
	}
	if employmentType == "" && partTimeContractTitle(title) {
		return model.TypePartTime // "Part-time Contractor" as a title (type_part_time_contract_title.go)
	}
	if tenureOnlyPartTime(employmentType, title, text) {
		return model.TypePartTime // "Permanent" over "FTE: 0.6" (type_field_tenure_only_part.go)
	}
	if t := fieldShapeType(employmentType); t != model.TypeUnknown {
		return t // "Short Term Temporary, Full Time, 40 hrs/wk", "JobSharing" (type_field_denials_temp_first.go)
	}
	if t := statusCodeFieldType(employmentType); t != model.TypeUnknown {
		return t // "TPT", "FTR": a hospital status code as the whole field (type_field_status_codes.go)
	}
	if t := boardValueFieldType(employmentType); t != model.TypeUnknown {
		return t // "IN", "PermPlacement", "용역", "Harian Lepas", "Job étudiant" (type_field_board_values.go)
	}
	if apprenticeField(employmentType) || internshipListed(employmentType) {
		return model.TypeInternship // "Ausbildung", "Duales Studium" (type_apprenticeship_de.go)
	}
	if bothHoursPartTitle(employmentType, title) {
		return model.TypePartTime // "Full-time and Part-time" under "Tester - Part Time" (type_field_both_hours_part_title.go)
	}
	if t := fullOrPartField(employmentType); t != model.TypeUnknown {
		return t // "Vollzeit oder Teilzeit": the hours named first (type_field_norwegian_polish.go)
	}
	if t := slovenianWeekHoursType(employmentType); t != model.TypeUnknown {
		return t // "Nedoločen čas; 20 ur/teden": a short week (type_field_week_hours_slovenian.go)
	}
	if t := joinedTenureHoursType(employmentType); t != model.TypeUnknown && !titleOverridesFull(t, employmentType, title) {
		return t // "CDI temps partiel", "CDI 24H", "Festanstellung, Teilzeit", "Voltijds" (type_field_tenure_hours_joined.go)
	}
	if t := spanishContractFieldType(employmentType); t != model.TypeUnknown {
		return t // "Temporal por sustitución", "Práctica profesional", "Permanent contract (CDI)" (type_field_terms_spanish_contracts.go)
	}
	if t := definedTermFieldType(employmentType); t != model.TypeUnknown {
		return t // "Definido", "Contrato a término definido": a Colombian fixed term (type_field_defined_term.go)
	}
	if t := fixedPartRomanianType(employmentType); t != model.TypeUnknown {
		return t // "Fixed term part time", "Contract pe perioadă nedeterminată" (type_field_terms_staffing_romanian.go)
	}
	if t := koreanNonRegularType(employmentType); t != model.TypeUnknown {
		return t // "비정규직/아르바이트", "TEMPORARY_PART_TIME" (type_field_terms_codes_slips.go)
	}
	if t := koreanTenureFieldType(employmentType); t != model.TypeUnknown {
		return t // "시간제 정규직", "무기계약직", "일용", "học việc" (type_field_terms_korean.go)
	}
	if t := vietnameseContractFieldType(employmentType); t != model.TypeUnknown {
		return t // "Xác định thời hạn 12 tháng", "Chính thức", "연수생 · 교육생" (type_field_vietnamese_contracts.go)
	}
	if t := atsFieldType(employmentType); t != model.TypeUnknown {
		return t // "Apprentice (Fixed Term)", "Direct Hire", "Term NTE 1 year" (type_field_ats_values.go)
	}
	if t := hospitalCodeType(employmentType, title); t != model.TypeUnknown {
		return t // "Registered Nurse - PTT(J1225-0381)" filed full-time (type_hospital_codes.go)
	}
	if partTitleOverFull(employmentType, title) {
		return model.TypePartTime // "Nurse - Part Time" filed as full-time
	}
	if campusFieldInternText(employmentType, title, text) {
		return model.TypeInternship // "校招" beside "实习生" (type_campus_field_intern.go)
	}
	if campusPermanentField(employmentType) {
		return model.TypeFullTime // "校招 正式"
	}
	if contractTagOverFull(employmentType, title) || fullFieldContractBody(employmentType, text) || fixedTermTitleOverFull(employmentType, title) { // "Full Time" beside "This job is a contract role" (type_full_field_contract_body.go)
		return model.TypeContract // "Data Engineer (Contract)" filed Full-time (type_title_contract_tag.go)
	}
	if t := fullContractField(employmentType); t != model.TypeUnknown {
		return t // "Full-time, Contract" (type_label_tenure.go)
	}
	if t := tenureHoursField(employmentType); t != model.TypeUnknown {
		return t // "permanent / part-time": the hours decide (type_tenure_hours_field.go)
	}
	if t := tenurePayHoursCode(employmentType); t != model.TypeUnknown {
		return t // "Permanent Hourly FT (100%) x 1" (type_field_tenure_pay_hours.go)
	}
	if t := codeTermType(employmentType); t != model.TypeUnknown {
		return t // "parttime_fixed_term", "अंशकालीन", "0.25 normă" (type_field_codes_world.go)
	}
	if t := payBasisHoursCode(employmentType); t != model.TypeUnknown {
		return t // "SALARIED_FT", "HOURLY_PT" (type_field_pay_basis_codes.go)
	}
	if t := fieldWeekHoursType(employmentType); t != model.TypeUnknown {
		return t // "Jornada de 44 horas semanales", "20 hours per week" (type_field_label_noun_hours.go)
	}
	if t := MapEmploymentType(employmentType); t != model.TypeUnknown {
		return t
	}
	if t := typeFieldWords(employmentType); t != model.TypeUnknown {
		return t // "Permanent role"
	}
	if t := franceTravailCodeType(employmentType); t != model.TypeUnknown {
		return t // "MIS", a temping mission (type_france_travail_codes.go)
	}
	if t := worldTermType(employmentType); t != model.TypeUnknown {
		return t // "Määräaikainen", "Tam zamanlı", "Umowa o pracę" (type_terms_world.go)
	}
	if t := dayLabelModeFieldType(employmentType); t != model.TypeUnknown {
		return t // "Jornada completa en remoto", "Temps plein - hybride" (type_field_day_label_mode.go)
	}
	if t := grantPlacementFieldType(employmentType); t != model.TypeUnknown {
		return t // "Beca", "Beca de investigación" (type_field_grant_placement.go)
	}
	if t := fieldAbbrevType(employmentType); t != model.TypeUnknown {
		return t // "FTE", "Sub-con" (type_field_abbrev.go)
	}
	if t := summerCasualFieldType(employmentType); t != model.TypeUnknown {
		return t // "Summer job", "Sessional", "有期雇用", "Master Thesis" (type_field_terms_spanish_contracts.go)
	}
	if t := staffingAdjFieldType(employmentType); t != model.TypeUnknown {
		return t // "Travel", "Agency nursing", "Постійна", "Danışman" (type_field_terms_staffing_romanian.go)
	}
	if t := codeOrSlipFieldType(employmentType); t != model.TypeUnknown {
		return t // "Dispatch", "CT", "Attachee", "Flexi work", "Intership" (type_field_terms_codes_slips.go)
	}
	if t := flexHoursFieldType(employmentType); t != model.TypeUnknown {
		return t // "flextime", a flexible-hours schedule code as the whole field (type_field_flextime.go)
	}
	if t := tempToPermFieldType(employmentType); t != model.TypeUnknown {
		return t // "Vakinainen", "TempToPermanent", "specifiedTime" (type_field_terms_korean.go)
	}
	if t := slugOrLabelFieldType(employmentType); t != model.TypeUnknown {
		return t // "khong_xac_dinh", "Type: Permanent" (type_field_vietnamese_contracts.go)
	}
	if t := norwegianPolishFieldType(employmentType); t != model.TypeUnknown {
		return t // "Faste stillinger", "Oppdrag", "UoD" (type_field_norwegian_polish.go)
	}
	if t := civilContractFieldType(employmentType); t != model.TypeUnknown {
		return t // "Mandate", "合同" (type_field_civil_contract_words.go)
	}
	if t := hungarianStandingType(employmentType); t != model.TypeUnknown {
		return t // "Alkalmazotti jogviszony" (type_central_european_words.go)
	}
	if t := germanCompoundFieldType(employmentType); t != model.TypeUnknown {
		return t // "Kaderanstellung", "Saisonanstellung", "Lehrstelle" (type_field_german_compounds.go)
	}
	if t := labelPairType(text); t != model.TypeUnknown {
		return t // "Contract type: Permanent" with "Working pattern: Part time" (type_label_pairs_body.go)
	}
	if t := assignmentDurationType(text); t != model.TypeUnknown {
		return t // "Length of assignment: permanent" (type_body_assignment_terms.go)
	}
	// "Employment type: Temporary", "Job Type: Full-time" in the text is
	// the source's type written out.
	for _, m := range typeLabel.FindAllStringSubmatch(text, 3) {
		if t := labelTenureHours(m[1]); t != model.TypeUnknown {
			return t // "Job type: Permanent / Part-Time" (type_label_tenure.go)
		}
		if t := fullContractField(m[1]); t != model.TypeUnknown {
			return t // "Job Types: Full-time, Contract", as the field reads it (type_label_tenure.go)
		}
		if internshipListed(m[1]) {
			return model.TypeInternship // "Job Types: Full-time, Apprenticeship", as the field reads it
		}
		if t := MapEmploymentType(m[1]); t != model.TypeUnknown {
			return t
		}
		if t := worldTermType(m[1]); t != model.TypeUnknown {
			return t // "Employment type: Side job", "Job type: Traineeship"
		}
	}
	if t := criteriaLabelType(text); t != model.TypeUnknown {
		return t // "Employment type\nContract" (type_criteria_label.go)
	}
	if t := iberianLabelType(text); t != model.TypeUnknown {
		return t // "Regime: CLT", "Tipo de contrato: Indefinido"
	}
	if t := worldLabelType(title, text); t != model.TypeUnknown {
		return t // "Rodzaj umowy: B2B", "Työsuhde: Määräaikainen" (type_labels_world.go)
	}
	if titleContractWork.MatchString(title) {
		title = titleContractWork.ReplaceAllString(title, "")
	}
	if t := titleRegimeType(title); t != model.TypeUnknown {
		return t // "Dev Python CLT", "Säljare på deltid" (type_title_regimes.go)
	}
	if t := titleB2BType(title); t != model.TypeUnknown {
		return t // "Engineer (Poland, Remote, B2B)" (type_title_b2b.go)
	}
	if t := titleFTCType(title); t != model.TypeUnknown {
		return t // "HR Advisor - 12 month FTC" (type_staffing_terms.go)
	}
	if t := titleTagUKType(title); t != model.TypeUnknown {
		return t // "HR Advisor - Maternity Cover", "Bartender (Casual)" (type_title_tags_uk.go)
	}
	if t := koreanTitleType(title); t != model.TypeUnknown {
		return t // "프리랜서 디자이너" (type_title_cjk.go)
	}
	if t := hiringRoundTitleType(title); t != model.TypeUnknown {
		return t // "27届秋招", "校园招聘" (type_part_contract_week_hiring_round.go)
	}
	if t := nonInternTitleType(title); t != model.TypeUnknown {
		return t // "非实习后端": a non-intern post (type_chinese_intern_notes.go)
	}
	if t := bracketTermTitleType(title); t != model.TypeUnknown {
		return t // "พนักงานร้านกาแฟ (เต็มเวลา)" (type_field_terms_codes_slips.go)
	}
	if t := japaneseTitleTagType(title); t != model.TypeUnknown {
		return t // "【アルバイト】ホールスタッフ" (type_title_japanese_tag.go)
	}
	if t := tenureTitleWorkloadType(title); t != model.TypeUnknown {
		return t // "Comptable (50%) - CDI": the workload, not the tenure (type_title_tenure_workload.go)
	}
	if t := titleLocalType(title); t != model.TypeUnknown {
		return t // "Magazziniere a tempo determinato", "Стажёр-аналитик", "Comptable H/F - CDI" (type_title_local_words.go)
	}
	if t := titleLeadPTType(title); t != model.TypeUnknown {
		return t // "PT Barista" (type_title_temp_words.go)
	}
	if t := germanTitleKindType(title); t != model.TypeUnknown {
		return t // "Teilzeitkraft Kasse", "Werkstudenten gesucht", "Dozent auf Honorarbasis" (type_german_side_jobs.go)
	}
	if titleContractTopic.MatchString(title) {
		title = titleContractTopic.ReplaceAllString(title, "")
	}
	title = dropContractSubjects(title)                // "Contract Manufacturing Engineer"
	text = maskKindChoices(text)                       // "full-time or contract": neither is the post's kind (type_body_kind_choices.go)
	text = maskContractConditions(maskProspects(text)) // "with the possibility of becoming full-time" (type_body_prospects.go)
	for _, c := range typeCues {
		s := text
		if c.inTitle {
			s = title
		}
		if c.re == internCue && seniorTitle.MatchString(title) {
			continue // "Staff Engineer ... We also run a summer internship."
		}
		if c.re == titleContract {
			if t := titleTermType(title); t != model.TypeUnknown {
				return t // "(Fixed-term)", "Part Time Sales Consultant" (type_title_load.go)
			}
			if consultantStaffTitle(title, text) {
				return model.TypeFullTime // "Associate Consultant" in "a permanent full-time role" (type_title_load.go)
			}
			if t := apprenticeTitleType(title); t != model.TypeUnknown {
				return t // "Client Advisor part-time (limited contract)"
			}
			if t := spanishTitleType(title); t != model.TypeUnknown {
				return t // "Cajera interina", "Cajero contrato indefinido"
			}
			if t := c2hTitleType(title); t != model.TypeUnknown {
				return t // "QA Analyst (C2H)"
			}
		}
		if c.re == titleWeekendPart && weekendTitleFullWeek(title, text) {
			return model.TypeFullTime // "Weekend staff" hired for "40 hours per week" (type_title_weekend_full_week.go)
		}
		if c.re == titlePart {
			if t := titleLoadType(title); t != model.TypeUnknown {
				return t // "0.5 FTE Teacher", "Sales Advisor - 20 Hours" (type_title_load.go)
			}
			if t := titleScheduleType(title); t != model.TypeUnknown {
				return t // "Serveur - Intérim", "Full-time or part-time role"
			}
			if t := workloadTitleType(title); t != model.TypeUnknown {
				return t // "Coach temps partiel", "Architekt:in 60%"
			}
		}
		if c.re == bodyContract {
			if t := spanishBodyType(text); t != model.TypeUnknown {
				return t // "media jornada", "contrato de interinidad", "jornada completa"
			}
			if t := labelBodyType(title, text); t != model.TypeUnknown {
				return t // "Status: Full time", "FTE: 0.5", "on a PRN basis"
			}
			if t := workloadBodyType(title, text); t != model.TypeUnknown {
				return t // "Pensum: 80%", "Stage en ...", "a partita IVA"
			}
			if t := b2bBodyType(text); t != model.TypeUnknown {
				return t // "on a B2B contract"
			}
			if t := engagementContract(text); t != model.TypeUnknown {
				return t // "Duration: 6 months", "long-term contract"
			}
			if t := ukContractType(text); t != model.TypeUnknown {
				return t // "outside IR35", "Day rate: £450" (type_contract_cues_uk.go)
			}
			if t := germanHoursType(text); t != model.TypeUnknown {
				return t // "Vollzeitstelle", "in Teilzeit" (type_hours_body_de.go)
			}
			if t := germanSideJobType(text); t != model.TypeUnknown {
				return t // "Teilzeit oder Minijob", "auf 556 € Basis" (type_german_side_jobs.go)
			}
			if t := staffingTermsType(text); t != model.TypeUnknown {
				return t // "12+ months contract", "1099 candidates welcome" (type_staffing_terms.go)
			}
			if t := tenurePhraseType(rawTitle, text); t != model.TypeUnknown {
				return t // "a term position", "locum role", "a Level 3 apprenticeship" (type_body_tenure_phrases.go)
			}
			if t := sowBodyType(text); t != model.TypeUnknown {
				return t // "work under a statement of work" (type_sow_benefit_mentions.go)
			}
			if t := englishBodyType(rawTitle, text); t != model.TypeUnknown {
				return t // "a 3-month internship", "hiring seasonal staff" (type_body_english_more.go)
			}
			if t := roleForContractorType(text); t != model.TypeUnknown {
				return t // "The opening is for a freelance contractor" (type_body_assignment_terms.go)
			}
			if contractNotDenied(text) && !boilerplateOnly(text) { // privacy boilerplate
				return c.t
			}
			continue
		}
		if c.re.MatchString(s) {
			return c.t
		}
	}
	if t := fieldPairType(text); t != model.TypeUnknown {
		return t // "Contract\nPermanent\nWorking pattern\nFull-time" (type_field_pairs.go)
	}
	if t := typeLine(text); t != model.TypeUnknown {
		return t
	}
	if t := bodyRegimeType(text); t != model.TypeUnknown {
		return t // "Contratação CLT", "hiring under PJ contract" (type_title_regimes.go)
	}
	if t := brazilTenureBodyType(text); t != model.TypeUnknown {
		return t // "contratação temporária", "provimento efetivo", "celetista" (type_body_brazil_tenure.go)
	}
	if !seniorTitle.MatchString(title) && bodyEnrolled.MatchString(text) {
		return model.TypeInternship
	}
	if t := romanceInternBody(title, text); t != model.TypeUnknown {
		return t // "Tirocinio extracurriculare", "vaga de estágio" (type_romance_intern_body.go)
	}
	if t := engagementBodyType(title, text); t != model.TypeUnknown {
		return t // Arabic types, "looking for a student internship"
	}
	if t := lateBodyType(text); t != model.TypeUnknown {
		return t // "an interim senior accountant", "37.5 hours per week" (type_late_body.go)
	}
	if t := gluedBlockType(employmentType, title, text); t != model.TypeUnknown {
		return t // "Working patternFull-time" (type_glued_blocks.go)
	}
	if t := koreanBodyType(text); t != model.TypeUnknown {
		return t // "계약직 포지션이며" (type_korean_body_frame.go)
	}
	if t := openingHoursType(text); t != model.TypeUnknown {
		return t // "Full-time new graduate program." (type_body_hiring_intern.go)
	}
	if t := openingStudentJobType(text); t != model.TypeUnknown {
		return t // "Job étudiant le samedi, caisse." (type_body_french_student_job.go)
	}
	if t := bodyHoursTermType(text); t != model.TypeUnknown {
		return t // "Exempt, Regular, Full-Time", "CA 94536 Full-time", "applications for a full-time acupuncturist" (type_body_hours_terms.go)
	}
	if t := slashHoursAbbrevType(title, text); t != model.TypeUnknown {
		return t // "RN - F/T Days", "P/T weekend role" (type_slash_hours_abbrev.go)
	}
	if t := feeForServiceBodyType(text); t != model.TypeUnknown {
		return t // "a fee-for-service position" (type_body_fee_for_service.go)
	}
	if t := hoursOfferType(title, text); t != model.TypeUnknown {
		return t // "now recruiting full-time", "PT only", "an ongoing position" (type_body_hours_offer.go)
	}
	if t := newGradTitleType(rawTitle); t != model.TypeUnknown {
		return t // "Software Engineer, New Grad" (type_title_new_grad.go)
	}
	if disciplineStudentTitle(rawTitle) {
		return model.TypeInternship // "Physical Design Student", when nothing else names a type (type_title_student_season.go)
	}
	if t := travelOrPlacementType(text); t != model.TypeUnknown {
		return t // "a 13-week travel assignment", a stipend with a pre-placement offer (type_body_prospect_fr_travel_ppo.go)
	}
	return stipendMonthsType(text) // "Stipend: INR 8,000 a month for six months" (type_trainee_to_role_stipend.go)
}

// MapEmploymentType maps a source's raw employment type (one value, or a
// list joined by commas or slashes: the first known one wins) to a JobType.
func MapEmploymentType(raw string) model.JobType {
	if negatedTermValue.MatchString(raw) {
		return model.TypeUnknown // "No contract details" (type_field_duration_tail.go)
	}
	if t, ok := labelledValueType(raw); ok {
		return t // "Contract type: Unlimited", "Permanent employment" (type_field_label_noun_hours.go)
	}
	if t := permanentThenHours(raw); t != model.TypeUnknown {
		return t // "Permanent, Part time - 20 hours per week" (type_permanent_then_hours.go)
	}
	if t := durationTailType(raw); t != model.TypeUnknown {
		return t // "Intérim - 1 Mois", "CDD 6 mois" (type_field_duration_tail.go)
	}
	if t := payBasisThenHours(raw); t != model.TypeUnknown {
		return t // "Salaried, part-time" (type_field_pay_basis_hours.go)
	}
	if rest, ok := withoutProbationPeriod(raw); ok {
		return MapEmploymentType(rest) // "Full-time employee Contract Period: Probationary period"
	}
	if t := permanentContractType(raw); t != model.TypeUnknown {
		return t // "Permanent contract", "Contrat permanent" (type_field_terms_slavic_iberian.go)
	}
	if t := fieldTermType(raw); t != model.TypeUnknown {
		return t // "Vollzeit, befristet", "Heltid", "CLT", "Temp Assignment" (type_field_terms.go)
	}
	if t := localTermType(raw); t != model.TypeUnknown {
		return t // "Vast contract", "A tempo determinato", "Contrato" (type_field_local_terms.go)
	}
	if strings.Contains(raw, "etatu") && etatFraction(strings.ToLower(raw)) {
		return model.TypePartTime // "0,5 etatu", "3/4 etatu": read before the split below cuts the fraction (type_etat_fraction.go)
	}
	for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '/' || r == ';' || r == '|' }) {
		if t := cjkEmploymentType(part); t != model.TypeUnknown {
			return t // "正社員", "契約社員"
		}
		if t := vietEmploymentType(part); t != model.TypeUnknown {
			return t // "toàn thời gian"
		}
		key := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return -1
		}, part)
		if t, ok := employmentTypes[key]; ok {
			return t
		}
		if t := qualifiedStatusType(key); t != model.TypeUnknown {
			return t // "Regular - Unlimited", "Salaried Employee" (type_qualified_status.go)
		}
		if key == "" && strings.TrimSpace(part) == "1099" {
			return model.TypeContract // the US contractor tax form
		}
		if internKey(key) { // not "international", "internal"
			return model.TypeInternship
		}
		if t := slavicEmploymentType(part); t != model.TypeUnknown {
			return t // "pełny etat", "částečný úvazek", "B2B"
		}
		// "Permanent - Part time", "Temporary - Full time".
		for _, k := range []struct {
			word string
			t    model.JobType
		}{{"coop", model.TypeInternship}, {"freelancing", model.TypeContract}, // "Co-Op (Fixed Term)": a student work term
			{"visstid", model.TypeContract}, {"tidsbegr", model.TypeContract}, {"vikar", model.TypeContract}, // Swedish fixed term, substitute
			{"duracindetermin", model.TypeContract}, // "de duración determinada" holds "indetermin" once the accent drops
			{"indetermin", model.TypeFullTime}, {"indtermin", model.TypeFullTime}, {"indefinid", model.TypeFullTime}, {"indefinit", model.TypeFullTime}, {"unbefristet", model.TypeFullTime},
			{"befristet", model.TypeContract}, {"apprentissage", model.TypeInternship}, {"temporary", model.TypeContract}, {"contract", model.TypeContract},
			{"freelance", model.TypeContract}, {"fixedterm", model.TypeContract},
			{"seasonal", model.TypeContract}, {"parttime", model.TypePartTime}, {"teilzeit", model.TypePartTime}, {"fulltime", model.TypeFullTime}, {"vollzeit", model.TypeFullTime}} {
			if strings.Contains(key, k.word) && (k.word != "temporary" || keyNamesTemporary(key)) {
				return k.t
			}
		}
		if i := strings.IndexByte(part, '('); i > 0 {
			// "CDD (6 mois)": read without the note in brackets.
			if t := MapEmploymentType(part[:i]); t != model.TypeUnknown {
				return t
			}
			if t := bracketEmploymentType(part[i:]); t != model.TypeUnknown {
				return t // "Contrat à durée déterminée (CDD)"
			}
		}
		if t := leadEmploymentType(part); t != model.TypeUnknown {
			return t // "Praktikum Software Development", "Stage de fin d'études"
		}
		if t := fieldEmploymentType(part); t != model.TypeUnknown {
			return t // "Plein temps", "100%", "派遣", "Contrato temporal"
		}
	}
	if t := europeanFieldType(raw); t != model.TypeUnknown {
		return t // "Contrat de Mission", "Studentenbaan", "Zeitarbeit", "SIVP" (type_field_european_kinds.go)
	}
	if t := studentFieldType(raw); t != model.TypeUnknown {
		return t // "On Campus Student Employment", "Experiential Learning" (type_field_campus_jobs.go)
	}
	if t := atsFieldType(raw); t != model.TypeUnknown {
		return t // "Direct Hire", "Contingent", "Term NTE 1 year" (type_field_ats_values.go)
	}
	return snakeCodeType(raw) // a code joined by underscores (type_field_snake_code.go)
}

// contractDenial is a denial just before a contract cue: "not a contract
// position", "isn't a temporary role", "no freelance work".
var contractDenial = regexp.MustCompile(`(?i)(?:\bnot|n't|\bno|\bnever)\s+(?:an?\s+)?$`)

// contractNotDenied reports whether text holds a contract cue that is not
// denied ("a full-time employee role, not a contract position").
func contractNotDenied(text string) bool {
	for _, m := range bodyContract.FindAllStringIndex(text, 8) {
		if !contractDenial.MatchString(text[max(0, m[0]-12):m[0]]) {
			return true
		}
	}
	return false
}
