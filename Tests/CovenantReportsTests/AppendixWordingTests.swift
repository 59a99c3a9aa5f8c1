import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

@Suite("Appendix words: escaping, numbers, clocks")
struct AppendixWordingTests {
    @Test(
        "HTML escaping turns markup into text",
        arguments: [
            ("<script>alert(1)</script> & Sons", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons"),
            ("\"a\" 'b'", "&quot;a&quot; &#39;b&#39;"), ("x\u{FFFE}y\u{FFFF}z\u{7F}", "xyz\\u{7F}"), ("tab\there\u{1B}[0m", "tab\there\\u{1B}[0m"),
            ("a\u{202E}b", "a\\u{202E}b"), ("&amp;", "&amp;amp;"),
        ])
    func html(input: String, output: String) {
        #expect(Escape.html(input) == output)
    }

    @Test(
        "Markdown escaping keeps text text, and leaves plain words alone",
        arguments: [
            ("<script>alert(1)</script> & Sons", "\\<script\\>alert(1)\\</script\\> \\& Sons"),
            ("a | b", "a \\| b"), ("*x* _y_ `z` [l](u) ~~s~~ # h", "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~\\~s\\~\\~ \\# h"),
            ("America/Los_Angeles", "America/Los_Angeles"), ("99.9%", "99.9%"), ("1. first", "1\\. first"),
            ("12) twelve", "12\\) twelve"), ("- dash", "\\- dash"), ("line\nbreak", "line\\\\u{A}break"), ("C-2026-014", "C-2026-014"),
            ("back\\slash", "back\\\\slash"),
        ])
    func markdown(input: String, output: String) {
        #expect(Escape.markdown(input) == output)
    }

    @Test(
        "numbers, dates and durations are written without a locale",
        arguments: [
            (Formatting.grouped(2_419_200), "2,419,200"), (Formatting.grouped(-1234), "-1,234"), (Formatting.grouped(999), "999"),
            (Wording.date(LocalDate(year: 2026, month: 2, day: 1)!), "1 February 2026"),
            (Wording.month(LocalMonth(year: 2027, month: 9)!), "September 2027"),
            (Wording.hoursAndMinutes(5400), "1 hour 30 minutes"), (Wording.hoursAndMinutes(172_800), "48 hours"),
            (Wording.hoursAndMinutes(61), "1 minute 1 second"), (Wording.daysOrHours(604_800), "7 days"),
            (Wording.daysOrHours(14_400), "4 hours"), (Wording.missingShare(of: DecimalNumber(significand: 9995, scale: 2)), "0.05%"),
            (Wording.withArticle("incident review meeting"), "an incident review meeting"),
            (Wording.withArticle("call"), "a call"),
        ])
    func words(actual: String, expected: String) {
        #expect(actual == expected)
    }

    @Test(
        "weekdays group into runs",
        arguments: [
            ([1, 2, 3, 4, 5], "Monday to Friday"), ([6, 7], "Saturday and Sunday"), ([7], "Sunday"),
            ([1, 3, 5], "Monday, Wednesday and Friday"), ([1, 2, 3, 5, 6, 7], "Monday to Wednesday and Friday to Sunday"),
        ])
    func weekdays(days: [Int], text: String) {
        #expect(Wording.weekdays(days) == text)
    }

    @Test("a 24x7 clock reads '24 hours a day, 7 days a week'; weekly hours name days, hours and zone")
    func clocks() throws {
        let catalog = try AppendixSamples.catalog()
        let version = try #require(catalog.version(named: "2026.1"))
        let always = try #require(version.calendars[CalendarName("always")])
        #expect(Wording.weeklyHours(always.hours) == "24 hours a day, 7 days a week")
        let weekend = try #require(version.calendars[CalendarName("extended-weekend")])
        #expect(Wording.weeklyHours(weekend.hours) == "Monday to Friday 09:00–18:00; Saturday and Sunday 09:00–17:00")
        let overnight = LocalInterval(start: TimeOfDay(hour: 22, minute: 0), end: TimeOfDay(hour: 6, minute: 0))
        #expect(Wording.interval(overnight) == "22:00–06:00 the next day")
    }

    @Test("the page checks catch an unbalanced page and a script")
    func checksCatch() {
        withKnownIssue {
            PageChecks.check("<!DOCTYPE html>\n<html lang=\"en\"><head><style>@media print{}</style></head><body><p></body></html>")
        }
        withKnownIssue {
            PageChecks.check("<!DOCTYPE html>\n<html lang=\"en\"><head><style>@media print{}</style></head><body><script>x</script></body></html>")
        }
    }
}
