import Covenant
import CovenantFormat
import CovenantReports

/// The months `ledger` and `report` cover: `--from` and `--to`, read and
/// checked, with the defaults `ledger` takes.
struct MonthSpanOptions {
    /// The most months one run covers: a century, so a mistyped year is a
    /// usage error rather than a run that never ends.
    static let limit = 1200

    var first: LocalMonth
    var last: LocalMonth

    /// `--from` and `--to`; a missing one is `defaultFirst` / `defaultLast`
    /// (a usage error when that is `nil`, with `missing` saying why).
    init(_ arguments: Arguments, defaultFirst: LocalMonth?, defaultLast: LocalMonth?, missing: String)
        throws(CLIError)
    {
        guard let first = try Self.month(arguments, "from") ?? defaultFirst else {
            throw .usage("--from YYYY-MM is needed: \(missing)")
        }
        guard let last = try Self.month(arguments, "to") ?? defaultLast else {
            throw .usage("--to YYYY-MM is needed: \(missing)")
        }
        guard first <= last else { throw .usage("--from \(first) is after --to \(last)") }
        let count = (last.year - first.year) * 12 + last.month - first.month + 1
        guard count <= Self.limit else {
            throw .usage(
                "\(first) to \(last) is \(Formatting.grouped(count)) months; at most \(Self.limit) months at a time")
        }
        self.first = first
        self.last = last
    }

    /// A `YYYY-MM` option, `nil` when not given.
    static func month(_ arguments: Arguments, _ name: String) throws(CLIError) -> LocalMonth? {
        guard let text = arguments.value(name) else { return nil }
        return try month(text, option: name)
    }

    /// The month `--NAME TEXT` gives: `YYYY-MM`, from 1900-01 on.
    static func month(_ text: String, option name: String) throws(CLIError) -> LocalMonth {
        switch ScalarReader.monthReading(text) {
        case .value(let month): return month
        case .malformed: throw .usage("--\(name) expects YYYY-MM, found '\(text)'")
        case .outOfRange(let allowed): throw .usage("--\(name) expects \(allowed), found '\(text)'")
        }
    }

    /// The words of `ledger` or `report`: their arguments (no positionals),
    /// formats among `known`, and the folder to write (`-` for standard output).
    static func parse(_ words: [String], command: Command, known: [ReportFormat], defaultOut: String)
        throws(CLIError) -> (Arguments, [ReportFormat], String)
    {
        let arguments = try command.arguments(words)
        guard arguments.positionals.isEmpty else {
            throw .usage("\(command.rawValue) takes no contract ids or files, found '\(arguments.positionals[0])'")
        }
        let formats = try Self.formats(arguments.value("format"), known: known, command: command.rawValue)
        let out = arguments.value("out") ?? defaultOut
        if out.isEmpty { throw .usage("--out needs a folder, or '-' for standard output") }
        return (arguments, formats, out)
    }

    /// Formats from `--format` (`text` when not given), each among `known`.
    static func formats(_ text: String?, known: [ReportFormat], command: String) throws(CLIError) -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for name in (text ?? "text").split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = ReportFormat(rawValue: String(name)), known.contains(format) else {
                throw .usage(
                    "unknown \(command) format '\(name)'; expected \(known.map(\.rawValue).joined(separator: ", "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    /// Renders each format on its own core and writes it into a folder as
    /// `<name>.<ext>`, each file whole (a temporary file renamed into place)
    /// as soon as it is rendered; or, for `-`, prints them in order.
    static func write(
        _ formats: [ReportFormat], named name: String, to out: String, project: Project, console: inout Console,
        render: @Sendable (ReportFormat) -> String
    ) throws(CLIError) {
        if out == "-" {
            for text in Parallel.map(formats.count, chunk: 1, { render(formats[$0]) }) { console.output(text) }
            return
        }
        let kind = project.files.kind(of: out)
        if kind.exists && !kind.isFolder { throw .cannotCreate("\(out) is a file; --out names a folder, or '-'") }
        let folder = out.hasSuffix("/") ? String(out.dropLast()) : out
        let files = project.files
        let failures = Parallel.map(formats.count, chunk: 1) { index -> CLIError? in
            let format = formats[index]
            do throws(CLIError) {
                try files.writeAtomically(render(format), to: folder + "/" + name + "." + format.fileExtension)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
