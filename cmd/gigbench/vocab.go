package main

// The larger vocabulary of the generator's descriptions: real boards' ads
// differ in company paragraphs, project specifics, tools, deliverables,
// team names, numbers and places, so each section is composed from
// sentence templates whose slots draw on these lists (a description's
// word 3-grams are mostly its own; two unrelated listings' SimHashes sit
// about as far apart as real ones').
var (
	productNouns = []string{"Ledger", "Pulse", "Compass", "Beacon", "Harvest", "Relay", "Canvas", "Anchor", "Signal", "Trellis", "Switchboard",
		"Fieldnote", "Waypoint", "Keystone", "Lattice", "Tidepool", "Bramble", "Foundry", "Outpost", "Threadline"}
	audiences = []string{"small farms", "high school teachers", "rural clinics", "independent bookstores", "city transit riders", "food banks",
		"first-generation college students", "community theaters", "freelance designers", "municipal planners", "family-run restaurants",
		"wildlife rescues", "public radio stations", "home care nurses", "youth sports leagues", "local credit unions", "museum educators",
		"apartment tenants", "volunteer firefighters", "language schools", "craft breweries", "animal shelters", "adult learners",
		"school librarians", "coastal fisheries", "bike-share operators", "hospital pharmacists", "indie game studios", "refugee resettlement agencies",
		"community gardens", "elementary PTAs", "regional airports", "dental practices", "makerspaces", "tutoring centers", "solar installers"}
	cities = []string{"Austin", "Denver", "Portland", "Pittsburgh", "Raleigh", "Madison", "Tucson", "Boise", "Columbus", "Richmond", "Omaha",
		"Toronto", "Montreal", "Vancouver", "Dublin", "Lisbon", "Leeds", "Bristol", "Glasgow", "Rotterdam", "Utrecht", "Ghent", "Lyon",
		"Porto", "Valencia", "Krakow", "Tallinn", "Aarhus", "Bangalore", "Pune", "Nairobi", "Lagos", "Accra", "Manila", "Melbourne",
		"Auckland", "Bogota", "Santiago", "Monterrey", "Halifax"}
	firstNames = []string{"Priya", "Marcus", "Elena", "Jonah", "Aisha", "Tomas", "Mei", "Kwame", "Sofia", "Ravi", "Hannah", "Diego", "Yuki",
		"Amara", "Liam", "Noor", "Mateo", "Ingrid", "Chidi", "Rosa", "Felix", "Leila", "Oscar", "Naomi", "Arjun", "Clara", "Emeka", "Zara",
		"Henrik", "Lucia", "Samir", "Freya", "Dmitri", "Ana", "Kofi", "Maya", "Bruno", "Tara", "Wen", "Isaac"}
	teams = []string{"growth team", "research pod", "platform squad", "community team", "data guild", "partnerships desk", "editorial team",
		"finance office", "impact team", "design crew", "support team", "programs team", "insights group", "engineering chapter",
		"brand studio", "operations cell", "learning team", "policy unit", "infrastructure crew", "customer education team"}
	verbs = []string{"analyze", "clean up", "document", "audit", "map", "redesign", "prototype", "stress-test", "summarize", "benchmark",
		"migrate", "translate", "draft copy for", "review", "reorganize", "automate", "visualize", "measure", "interview users of", "label",
		"reconcile", "tune", "refactor", "catalog", "survey users of", "forecast demand for", "compare vendors for", "tag", "schedule",
		"edit", "publish updates on", "monitor", "triage", "instrument", "score", "sketch ideas for", "outline", "validate", "standardize", "archive"}
	objects = []string{"a backlog of support tickets", "our donor database", "the onboarding emails", "two years of sales records", "the product catalog",
		"volunteer sign-up forms", "the help center", "customer interview notes", "the pricing page", "the mobile checkout",
		"sensor readings from our pilot sites", "the grant pipeline", "weekly newsletter metrics", "the partner directory", "app store reviews",
		"the event calendar", "our public API docs", "warehouse pick times", "course completion data", "the hiring funnel", "churned accounts",
		"the brand style guide", "the vendor contracts list", "field survey responses", "the citation database", "bus ridership counts",
		"clinic wait times", "energy meter data", "the recipe archive", "our podcast back catalog", "the alumni mailing list",
		"a library of product photos", "the open issues in our tracker", "the accessibility backlog", "the billing exports",
		"the referral program", "our landing pages", "the shipping rules", "the loyalty program data", "the intake questionnaire",
		"translation memory files", "the quarterly impact report", "our training videos", "the inventory spreadsheet", "the feature flags"}
	purposes = []string{"so that the team can plan next quarter", "before our spring launch", "ahead of the board meeting in %s",
		"to find out why %s drop off", "so our %s get answers faster", "to cut the time it takes by half", "for a pilot with %d %s",
		"as part of a grant report due in %s", "so that new hires can find things on day one", "to decide which of %d ideas to build",
		"before we open the program to %s", "to back a decision we make in %s", "so that it can be shared with %s", "to replace a process run by hand every %s",
		"while the %s rebuilds the rest of the stack"}
	months    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	toolsMore = []string{"Airtable", "Looker Studio", "Mailchimp", "Zapier", "Google Sheets", "BigQuery", "dbt", "PostgreSQL", "Streamlit",
		"Jupyter", "Webflow", "Shopify", "Asana", "Trello", "Miro", "Lightroom", "DaVinci Resolve", "Audacity", "Hotjar", "Mixpanel",
		"Amplitude", "Segment", "Stripe", "Xero", "Zendesk", "Intercom", "Cypress", "Playwright", "Selenium", "Terraform", "GitHub Actions",
		"Sentry", "Grafana", "Flask", "Django", "FastAPI", "Vue", "Svelte", "Flutter", "Swift", "Kotlin", "scikit-learn", "spaCy", "Metabase",
		"Qualtrics", "SurveyMonkey", "Descript", "Loom", "Slack", "Linear", "Confluence", "Google Ads", "Semrush", "Ahrefs", "Buffer", "Hootsuite"}
	metrics = []string{"response time", "sign-up conversion", "retention after 30 days", "donation volume", "email open rates", "ticket backlog",
		"defect rate", "page load time", "search ranking", "cost per lead", "repeat purchases", "completion rates", "no-show rates",
		"first-contact resolution", "average order value", "volunteer hours", "time to first reply", "trial-to-paid conversion", "bounce rate", "forecast error"}
	adjectives = []string{"messy", "half-finished", "sprawling", "outdated", "brand-new", "scattered", "undocumented", "fast-growing", "fragile",
		"hand-built", "inconsistent", "long-neglected", "promising", "noisy", "duplicated", "rarely used", "popular", "overloaded"}

	aboutTemplates = []string{
		"%[1]s started in %[2]s in %[3]d and now serves %[4]s in %[5]d countries with %[6]s, a tool for %[7]s.",
		"Founded in %[3]d, %[1]s makes %[6]s for %[4]s; our %[8]d people work from %[2]s and from home.",
		"At %[1]s we help %[4]s with %[7]s. %[6]s is used by more than %[9]d teams, and we are still a %[8]d-person company based in %[2]s.",
		"%[1]s is a %[8]d-person team out of %[2]s. Since %[3]d we have built %[6]s so that %[4]s spend less time on %[7]s.",
		"We are %[1]s, a mission-driven company from %[2]s working on %[7]s for %[4]s. Our main product, %[6]s, reached %[9]d users last year.",
		"%[6]s, made by %[1]s in %[2]s, is how about %[9]d %[4]s handle %[7]s today.",
	}
	concerns = []string{"scheduling", "record keeping", "fundraising", "inventory", "grant reporting", "hiring", "billing", "outreach",
		"compliance paperwork", "volunteer coordination", "lesson planning", "route planning", "customer support", "bookings", "waste tracking",
		"safety checklists", "energy use", "member communication", "translation", "data entry"}
	introTemplates = []string{
		"We are looking for a %[1]s to help the %[2]s with a short, well-scoped piece of %[3]s work.",
		"The %[2]s needs a %[1]s for hands-on %[3]s work with a clear scope.",
		"This %[1]s role sits with our %[2]s and focuses on %[3]s.",
		"Join the %[2]s as a %[1]s and take one %[3]s problem from start to finish.",
		"Our %[2]s is hiring a %[1]s: a focused %[3]s project with a clear end date.",
		"We have one %[3]s project that has waited too long, and we want a %[1]s to own it with the %[2]s.",
	}
	deliverableTemplates = []string{
		"a %[1]s notebook that anyone on the %[2]s can rerun",
		"a short written report (about %[3]d pages) on %[4]s",
		"a %[1]s dashboard of %[5]s with weekly numbers",
		"%[3]d annotated mockups of the new %[4]s flow",
		"a cleaned copy of %[4]s with a data dictionary",
		"a %[6]d-minute recorded walkthrough for the %[2]s",
		"a prioritized list of %[3]d fixes for %[4]s",
		"%[6]d automated checks wired into %[1]s",
		"a one-page summary of %[5]s for %[7]s",
		"a handover document so the %[2]s can keep it running",
		"a slide deck presented to %[7]s on %[8]s",
		"a glossary of %[6]d terms used in %[4]s",
	}
	reqTemplates = []string{
		"You should be comfortable with %[1]s.",
		"We expect working knowledge of %[1]s; %[2]s is a plus.",
		"Some experience with %[1]s matters more than your major.",
		"Tools we use every day: %[1]s. Knowing %[2]s helps.",
		"Bring curiosity and some practice with %[1]s; you will pick up %[2]s here.",
		"Coursework or side projects using %[1]s count as experience.",
	}
	logisticsTemplates = []string{
		"%[1]s runs a check-in every %[2]s at %[3]d:00 %[4]s time.",
		"Most of the team is in %[5]s, so some overlap with %[4]s mornings helps.",
		"The start date is flexible; the next cohort begins on the %[6]d of %[7]s.",
		"You will report to %[1]s, who leads the %[8]s.",
		"We review applications every %[2]s and reply within %[6]d days.",
		"Interviews are one %[9]d-minute video call with %[1]s and a short paid task.",
		"There is a demo of %[10]s work to the %[8]s on the last %[2]s of each month.",
		"Laptop and software licenses for %[10]s are provided.",
		"Past %[11]s interns now work at %[12]s and other partners in %[5]s.",
		"The work is asynchronous; %[1]s answers questions in our chat within a day.",
	}
	closingTemplates = []string{
		"To apply, send a short note on why %[1]s interests you and one thing you have built.",
		"Tell us in two sentences how you would approach %[2]s.",
		"The %[1]s team welcomes applicants from %[4]s programs and from every background; no degree is required.",
		"Questions? %[3]s reads every message sent through the application form.",
		"Students in any year are welcome, including %[4]s programs.",
		"If you need an accommodation during the process, tell %[3]s and we will arrange it.",
		"Applications close on %[5]d %[6]s, or earlier once we find the right person.",
		"Work on %[2]s is published openly, so you can show it in your portfolio after %[5]d %[6]s.",
	}
	programKinds = []string{"community college", "bootcamp", "part-time", "online", "graduate", "exchange", "evening"}
	timezones    = []string{"Eastern", "Pacific", "Central", "UK", "Central European", "India", "Mountain"}

	payTemplates = []string{"We pay $%[1]d for about %[2]d hours of work.", "The pay is $%[3]d per hour.",
		"A stipend of $%[1]d for the whole project (about %[2]d hours).", "Compensation: $%[3]d/hr, paid every two weeks.",
		"This is a paid engagement at €%[3]d per hour.", "Fixed fee of $%[1]d on delivery; expect roughly %[2]d hours.",
		"Hourly rate: $%[3]d, invoiced monthly.", "You will earn $%[3]d an hour, paid through our payroll provider.",
		"Pay is competitive and depends on experience.", "", "", "This is an unpaid internship offered for academic credit only."}
	effortTemplates = []string{"Plan on %[1]d-%[2]d hours over three weeks.", "The project runs for %[3]d weeks at about %[4]d hours a week.",
		"Expect %[1]d to %[2]d hours in total, on your own schedule.", "Work is flexible: around %[4]d hours a week for %[3]d weeks.",
		"Budget roughly %[4]d hours a week; the whole thing should take %[3]d weeks.", ""}

	// scamTemplates are copied-template scams: the same long text posted
	// under several made-up employers, only the names, title and amounts
	// swapped (what SCAM_TEMPLATE_REUSE is for).
	scamTemplates = []string{
		"%[1]s is expanding its remote team and we are hiring %[2]s immediately. This position is entry level and no experience is required because full training is provided online. " +
			"You will process simple online tasks from home on your own schedule, about two hours a day, and receive weekly payments of $%[3]d directly to your account. " +
			"Our hiring manager will contact you on Telegram to complete a short chat interview, so please add the handle in the application. Selected candidates receive a company check to buy " +
			"home office equipment from our approved vendor, and you deposit it and send the remaining balance to the vendor the same day. This is a great opportunity for students who want " +
			"flexible income while studying. Positions are limited and will be filled on a first come first served basis, so apply now and start this week.",
		"Work from home data entry opportunity with %[1]s. We need reliable %[2]s to enter forms into our online portal. Earn $%[3]d per week with unlimited income potential and bonuses. " +
			"Before starting you must pay a refundable registration fee for your starter kit and software license, which will be returned with your first paycheck. No interview is needed. " +
			"Send your full name, date of birth, bank details and a scan of your ID to our onboarding officer so we can set up direct deposit. Training takes only one hour and you can start " +
			"today. Students, stay at home parents and anyone looking for extra cash are welcome. Limited spots remain for this month, reply quickly to secure your place in the program.",
		"%[1]s urgently needs %[2]s for a personal assistant role. Duties include running errands online, receiving packages at your address and reshipping them to our clients overseas, " +
			"and handling small payments on our behalf. You will be paid $%[3]d per week plus reimbursement for every package. No experience, no interview and no resume needed; we only " +
			"need your full address, phone number and a copy of your ID to register you with the courier. Communication is by text message and WhatsApp only because our director travels often. " +
			"This flexible job fits around classes and can be done in under ten hours a week. Reply today with your details to receive your first assignment by tomorrow morning.",
	}
	scamCompanies = []string{"Global Staffing Partners", "Apex Remote Solutions", "Prime Virtual Careers", "Horizon Talent Network",
		"Silverline Recruiting", "BrightPath Home Jobs", "Nova Global Logistics", "Elite Work Connect"}
	scamRoles = []string{"remote assistants", "data entry clerks", "student workers", "online associates", "package coordinators", "virtual interns"}
)

// The parts project sentences are assembled from: an opener, a verb, an
// object and a closing clause, so that no frame is shared by most ads.
var (
	openers = []string{"You will", "Your first job is to", "In week two you will", "Most of your time goes to helping us", "We need someone to",
		"The plan is to", "Early on you will", "Your main task is to", "After onboarding you will", "By the midpoint you should",
		"Part of the work is to", "One open question is how to", "We would like you to", "Day to day you will", "Help us",
		"The brief is simple: we want to", "In the final week you will", "It will be your call how to", "Together with a mentor you will",
		"Someone has to", "Before the handover you will", "Our biggest gap right now: we need to", "If time allows you will also",
		"The stretch goal is to", "A quick win would be to", "You get to", "Next you will", "The second milestone is to",
		"Starting in week three you will", "Over the first days you will", "The last piece is to", "You are free to decide how to",
		"Ideally you will", "We hope you can", "Then", "After that", "In parallel you will", "Last spring an intern began to",
		"We never found time to", "You will be the one to"}
	tails = []string{"%[1]s", "using %[2]s", "with help from %[3]s", "and report how %[4]s changed", "which is %[5]s right now",
		"for the %[6]s", "in %[2]s, then share it with the %[6]s", "and write down every decision", "so %[3]s can present it in %[7]s",
		"without breaking what already works", "and compare it with %[8]s", "in small steps reviewed by %[3]s", "with %[9]d %[10]s as a test group",
		"and flag anything that looks %[5]s", "%[1]s, using %[2]s", "%[1]s", "%[1]s", "", "", "", "by %[7]s", "before %[7]s ends",
		"in %[2]s or %[8]s", "while %[3]s is away", "for %[9]d %[10]s", "and note what confuses %[10]s", "one %[5]s piece at a time",
		"as %[3]s suggested", "next to %[8]s", "and time it", "from scratch if needed", "with the %[6]s in the loop", "and keep %[4]s in view",
		"for the %[7]s review", "so %[4]s improves", "until %[3]s signs off", "against %[8]s", "in a shared %[2]s file"}
	headings = []string{"What you will deliver", "Deliverables", "By the end you will have", "Outcomes", "What we expect at the end",
		"You will hand over", "Results we need", "Scope"}
)

// The parts deliverables are assembled from.
var (
	artifactLeads = []string{"a short", "a rerunnable", "a reviewed", "a first draft of a", "a tested", "a documented", "a finished", "a shareable",
		"an annotated", "a one-page", "a lightweight", "a working", "a clean", "a dated", "a signed-off", "a printable", "a searchable", "a versioned", "", ""}
	artifacts = []string{"notebook", "dashboard", "report", "slide deck", "set of mockups", "checklist", "playbook", "style sheet", "test suite",
		"data dictionary", "runbook", "FAQ", "wireframe set", "audit log", "budget sheet", "survey instrument", "interview guide", "content calendar",
		"research memo", "prototype", "script", "training module", "decision log", "scorecard", "glossary", "migration plan", "video walkthrough",
		"benchmark table", "style guide", "press kit"}
	artifactLinks = []string{"of", "for", "covering", "about", "on", "built from", "that explains", "tracking", "comparing", "summarizing"}
)

// The parts composed objects are made of ("last year's volunteer intake
// forms").
var (
	objDets = []string{"the", "our", "their", "the old", "the new", "the current", "the shared", "the regional", "the internal", "the public",
		"the draft", "the archived", "the unused", "two", "three", "a dozen", "the Spanish", "the mobile", "the weekly", "the monthly"}
	objDomain = []string{"donor", "volunteer", "clinic", "student", "vendor", "member", "patient", "tenant", "shipment", "course", "grant",
		"newsletter", "partner", "warehouse", "event", "customer", "payroll", "mentor", "alumni", "product", "library", "transit", "school",
		"field", "sales", "support", "hiring", "marketing", "research", "pricing", "menu", "route", "sensor", "museum", "farm", "lab", "store", "app", "catalog", "podcast"}
	objThings = []string{"database", "spreadsheets", "survey results", "intake forms", "email templates", "help articles", "call notes", "photo archive",
		"records", "reports", "logs", "dashboards", "contracts", "invoices", "maps", "schedules", "checklists", "transcripts", "scripts", "tickets",
		"reviews", "forms", "metrics", "wiki pages", "price lists", "signup flow", "budget", "handbook", "tag list", "exports"}
)
