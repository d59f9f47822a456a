package usajobs

import (
	"encoding/json"
	"html"
	"strings"
)

// Texts is a list of text that may also arrive as one string or null.
type Texts []string

// UnmarshalJSON implements json.Unmarshaler.
func (t *Texts) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*t = nil
		if strings.TrimSpace(one) != "" {
			*t = Texts{one}
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*t = many
	return nil
}

// describe builds the description HTML from the plain-text sections:
// summary, duties, key requirements, qualifications and education. The
// text is escaped, so nothing in it becomes markup.
func describe(d *Descriptor) string {
	det := &d.UserArea.Details
	var b strings.Builder
	paragraph(&b, "", det.JobSummary)
	list(&b, "Major duties", det.MajorDuties)
	list(&b, "Key requirements", det.KeyRequirements)
	paragraph(&b, "Qualifications", d.QualificationSummary)
	paragraph(&b, "Education", det.Education)
	return b.String()
}

func paragraph(b *strings.Builder, heading, text string) {
	text = strings.TrimSpace(html.UnescapeString(text))
	if text == "" {
		return
	}
	if heading != "" {
		b.WriteString("<h3>" + heading + "</h3>")
	}
	b.WriteString("<p>" + strings.ReplaceAll(html.EscapeString(text), "\n", "<br>") + "</p>")
}

func list(b *strings.Builder, heading string, items []string) {
	var lis []string
	for _, it := range items {
		if it = strings.TrimSpace(html.UnescapeString(it)); it != "" {
			lis = append(lis, "<li>"+html.EscapeString(it)+"</li>")
		}
	}
	if len(lis) == 0 {
		return
	}
	b.WriteString("<h3>" + heading + "</h3><ul>" + strings.Join(lis, "") + "</ul>")
}
