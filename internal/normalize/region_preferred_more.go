package normalize

// More preferences that name a place without limiting the role to it (read
// into preferredPlace, remote_cyrillic_excluded.go): hours, a time zone or
// a citizenship said to be preferred ("EMEA hours preferred", "US time
// zones are a plus", "EU citizenship is nice to have"), and a label that
// opens a preference ("Bonus: based in Germany", "Nice to have: US
// citizenship", "Preferred: located in Canada", or the label alone on its
// line and the next line: "Nice to have\nUS citizenship"). The preference word must
// follow the hours or citizenship at once ("Must work EMEA hours, Spanish
// preferred" keeps EMEA), and a label's clause must name where one lives,
// holds a citizenship or works hours.
const preferredZoneOrLabel = `|\b(?:hours|time[ \t]*zones?|timezones?|citizenship)[ \t]+(?:(?:are|is|strongly|highly)[ \t]+){0,2}(?:preferred|a[ \t]+plus|nice[ \t]+to[ \t]+have)\b` +
	`|(?:^|[\n.;•*]\s*)(?:preferred|bonus|nice\s+to\s+have|a\s+plus)(?:\s*:\s*|[ \t]*\n\s*)[^.;!?\n]{0,40}?\b(?:based|located|living|residing|residents?|citizenship|citizens?|hours|time\s*zones?|timezones?)\b`
