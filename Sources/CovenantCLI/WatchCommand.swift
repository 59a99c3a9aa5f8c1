import Covenant
import CovenantFormat
import CovenantReports
import Foundation

/// `covenant watch [--at INSTANT|now] [--format text|json|csv] [--fail-on breach|warning]`:
/// open tickets, their deadlines and time left, flagging those within
/// `warn_before`, those already breached (with who is due to act) and those
/// paused too long without the customer being told.
enum WatchCommand {
    /// What `--fail-on` fails on.
    enum FailOn: String {
        case breach, warning
    }

    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.watch.arguments(words)
        guard arguments.positionals.isEmpty else {
            throw .usage("watch takes no positional arguments, found '\(arguments.positionals[0])'")
        }
        let format = try parseFormat(arguments.value("format"))
        var failOn: FailOn?
        if let text = arguments.value("fail-on") {
            guard let parsed = FailOn(rawValue: text) else {
                throw .usage("--fail-on expects breach or warning, found '\(text)'")
            }
            failOn = parsed
        }
        let inputs = try StatementCommand.loadInputs(arguments, project: base.with(arguments))
        console.printDiagnostics(inputs.eventWarnings)
        let zone = inputs.catalog.defaultZone
        let at: Int64
        let now = Int64(Date().timeIntervalSince1970.rounded(.down))
        if let text = arguments.value("at") {
            at = text == "now" ? now : try ClockCommand.instant(text, zone)
        } else if let latest = inputs.events.latestEventInstant {
            at = defaultInstant(latest: latest, now: now)
        } else {
            throw .usage("no events found to take the instant from; give --at INSTANT or --at now")
        }
        let list = WatchList(
            catalog: inputs.catalog, contracts: inputs.contracts, tickets: inputs.events.tickets, at: at)
        console.output(WatchReport.render(list, format: format))
        switch failOn {
        case .breach where list.hasBreach:
            let count = list.breachedCount
            throw .conditionMet("watch: \(count) clock\(count == 1 ? "" : "s") breached (--fail-on breach)")
        case .warning where list.hasWarning:
            throw .conditionMet(
                "watch: \(list.breachedCount) breached, \(list.warningCount) within warn_before, "
                    + "\(list.pauseNoticeCount) paused without notice (--fail-on warning)")
        default:
            break
        }
    }

    /// `--format text|json|csv` (default text).
    /// How recent the latest event must be for `watch` to watch at the
    /// machine's clock by default: a day, so a live ticket export is watched
    /// now and an old month's files at their own last event.
    static let liveWindow: Int64 = 86_400

    /// The instant watched when `--at` is not given: now, when the events run
    /// up to now (the latest within ``liveWindow`` of the clock); else the
    /// latest event, so the same old files always give the same list.
    static func defaultInstant(latest: Int64, now: Int64) -> Int64 {
        latest >= now - liveWindow ? max(now, latest) : latest
    }

    static func parseFormat(_ text: String?) throws(CLIError) -> ReportFormat {
        guard let text else { return .text }
        guard let format = ReportFormat(rawValue: text), WatchReport.formats.contains(format) else {
            let known = WatchReport.formats.map(\.rawValue).joined(separator: ", ")
            throw .usage("unknown watch format '\(text)'; expected \(known)")
        }
        return format
    }
}
