import CovenantReports
import Testing

@Test("report formats name their file extensions")
func reportFormatExtensions() {
    #expect(ReportFormat.text.fileExtension == "txt")
    #expect(ReportFormat.md.fileExtension == "md")
    #expect(ReportFormat.json.fileExtension == "json")
}
