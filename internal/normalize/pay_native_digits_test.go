package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// nativeDigitCases pin pay_native_digits.go and the Bengali period words
// read after a taka amount (pay_lakh_crore.go's periodOrSize): pay written
// with Persian, Arabic, Devanagari and Bengali digits. Traps: a phone
// number in Bengali digits, a Persian year, digits with no currency.
var nativeDigitCases = []truthCase{
	{name: "persian rial by the month", p: model.Posting{Title: "Developer", DescriptionText: "حقوق ماهانه: ۹۰٬۰۰۰٬۰۰۰ ریال"}, pay: "9e+07 9e+07 IRR month"},
	{name: "bengali taka word and period", p: model.Posting{Title: "Officer", DescriptionText: "বেতন: ২৮,০০০ টাকা প্রতি মাসে, সাথে বোনাস।"}, pay: "28000 28000 BDT month"},
	{name: "bengali taka sign", p: model.Posting{Title: "Officer", DescriptionText: "বেতন: ৳ ২২,০০০ প্রতি মাসে"}, pay: "22000 22000 BDT month"},
	{name: "bengali period with ascii digits", p: model.Posting{Title: "Officer", DescriptionText: "বেতন: 18,500 টাকা প্রতি মাসে"}, pay: "18500 18500 BDT month"},
	{name: "devanagari rupees", p: model.Posting{Title: "Assistant", DescriptionText: "वेतन: ₹ १८,००० प्रति माह"}, pay: "18000 18000 INR month"},
	{name: "arabic riyal monthly", p: model.Posting{Title: "Accountant", DescriptionText: "الراتب: ٦٬٥٠٠ ريال شهريا"}, pay: "6500 6500 SAR month"},
	{name: "urdu rupees monthly", p: model.Posting{Title: "Clerk", DescriptionText: "تنخواہ: ۴۵,۰۰۰ روپے ماہانہ"}, pay: "45000 45000 PKR month"},
	{name: "trap: a phone number", p: model.Posting{Title: "Officer", DescriptionText: "যোগাযোগ: ০১৭১২৩৪৫৬৭৮। বেতন আলোচনা সাপেক্ষে।"}, pay: "-"},
	{name: "trap: a persian year", p: model.Posting{Title: "Developer", DescriptionText: "تاسیس در سال ۱۳۹۸، دورکاری."}, pay: "-"},
	{name: "trap: a count of people", p: model.Posting{Title: "Officer", DescriptionText: "আমাদের ৩০০ জন কর্মী আছে।"}, pay: "-"},
}

func TestNativeDigitCases(t *testing.T) {
	runFieldCasesShortAndLong(t, nativeDigitCases)
}

// TestNativeDigitEvidence checks that the evidence of pay read through the
// ASCII-digit copy spans the original text.
func TestNativeDigitEvidence(t *testing.T) {
	for _, text := range []string{"حقوق ماهانه: ۹۰٬۰۰۰٬۰۰۰ ریال", "বেতন: ২৮,০০০ টাকা প্রতি মাসে", "वेतन: ₹ १८,००० प्रति माह", "Salary: $40,000 - $45,000 a year"} {
		pay, _ := ParsePay("text", text)
		if pay == nil || pay.Evidence == nil {
			t.Errorf("%q: no pay read", text)
			continue
		}
		if ev := pay.Evidence; text[ev.Start:ev.End] != ev.Text || ev.Text == "" {
			t.Errorf("%q: evidence %q at %d-%d does not span the text", text, ev.Text, ev.Start, ev.End)
		}
	}
}

func TestASCIIDigits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"۱۲٬۳۴۵٫۵", "12,345.5"},
		{"বেতন ৩০", "বেতন 30"},
		{"no digits here", "no digits here"},
		{"वेतन १८", "वेतन 18"},
	} {
		got, at, ok := asciiDigits(c.in)
		if got != c.want {
			t.Errorf("asciiDigits(%q) = %q, want %q", c.in, got, c.want)
		}
		if ok && (len(at) != len(got)+1 || at[len(got)] != len(c.in)) {
			t.Errorf("asciiDigits(%q): offsets %v do not cover the text", c.in, at)
		}
	}
}

// TestDevanagariRupee pins the Devanagari rupee of
// pay_south_asian_currency_words.go: Nepal's in a Nepali text, India's in a
// Hindi one. Trap: "रुपये" after an amount in Hindi is India's.
func TestDevanagariRupee(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "nepali salary", p: model.Posting{Title: "Accountant", DescriptionText: "तलब: रु ४५,००० प्रति महिना"}, pay: "45000 45000 NPR month"},
		{name: "nepali with ascii digits", p: model.Posting{Title: "Accountant", DescriptionText: "मासिक तलब रु. 35,000 हुनेछ।"}, pay: "35000 35000 NPR month"},
		{name: "hindi rupees", p: model.Posting{Title: "Assistant", DescriptionText: "वेतन: रु. 20,000 प्रति माह"}, pay: "20000 20000 INR month"},
		{name: "trap: hindi rupees word after", p: model.Posting{Title: "Assistant", DescriptionText: "वेतन: 25,000 रुपये प्रति माह"}, pay: "25000 25000 INR month"},
	})
}
