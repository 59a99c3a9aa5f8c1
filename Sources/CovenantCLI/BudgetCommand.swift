import Covenant
import CovenantFormat
import CovenantReports
import Foundation

/// `covenant budget SCENARIO-FILE [--format text|md|csv|json|svg|html] [--out FILE|-]`:
/// the month-by-month staffing plan of a scenario (STAFFING.md).
enum BudgetCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.budget.arguments(words)
        guard arguments.positionals.count == 1 else {
            throw .usage(
                arguments.positionals.isEmpty
                    ? "budget needs a scenario file"
                    : "budget takes one scenario file, found \(arguments.positionals.count)")
        }
        let formatName = arguments.value("format") ?? ReportFormat.text.rawValue
        guard let format = ReportFormat(rawValue: formatName), BudgetReport.formats.contains(format) else {
            throw .usage(
                "unknown budget format '\(formatName)'; use "
                    + "\(BudgetReport.formats.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let out = arguments.value("out")
        if out == "" { throw .usage("--out needs a file name or '-'") }

        let project = base.with(arguments)
        let (scenario, tiers) = try load(
            arguments.positionals[0], project: project, builtin: arguments.flag("builtin-tiers"), console: console)
        let text = BudgetReport.render(BudgetPlan(scenario: scenario, tiers: tiers), format: format)
        if let out, out != "-" {
            try project.files.writeAtomically(text, to: out, createFolder: false)
        } else {
            console.output(text)
        }
    }

    /// Reads, parses and decodes a scenario, with the tier fees and CSM
    /// ratios of the catalog version it names (else the newest), or the
    /// built-in tiers when `builtin`; warnings are printed, errors thrown.
    static func load(_ path: String, project: Project, builtin: Bool = false, console: Console) throws(CLIError)
        -> (StaffingScenario, StaffingTierTerms)
    {
        guard !project.files.kind(of: path).isFolder else {
            throw .io("cannot read \(path): it is a folder, not a scenario file")
        }
        let file = try project.files.read(path)
        let document: Document
        do {
            document = try DocumentParser.parse(file)
        } catch {
            throw .invalidInput([error.diagnostic])
        }
        let tiers = try tierTerms(for: document, project: project, builtin: builtin)
        let decoded = StaffingScenario.decode(document, tiers: tiers)
        guard let scenario = decoded.scenario else { throw .invalidInput(decoded.diagnostics) }
        console.printDiagnostics(decoded.diagnostics)
        return (scenario, tiers)
    }

    /// The tiers from the project's catalog (the version the scenario names,
    /// else the newest); with `builtin`, the source policy's built-in fees and
    /// ratios, which have no catalog version a scenario could name. Without a
    /// catalog and without `builtin`, a usage error: a plan is never quietly
    /// made from figures the user did not choose.
    static func tierTerms(for document: Document, project: Project, builtin: Bool = false) throws(CLIError)
        -> StaffingTierTerms
    {
        let loader = project.loader
        if builtin {
            if let node = document.root["catalog"] {
                throw .invalidInput([
                    .error(
                        "the scenario names catalog version '\(node.scalar ?? "")', but --builtin-tiers plans with "
                            + "the built-in tiers, which have no catalog version; remove 'catalog' or run "
                            + "without --builtin-tiers in a project that has the version", in: document.file,
                        node.range)
                ])
            }
            return .seedDefaults
        }
        guard project.files.kind(of: loader.catalogFolder).isFolder else {
            throw .usage(
                "budget needs the tier catalog for fees and CSM ratios, and there is no \(loader.catalogFolder)/ "
                    + "here: run it in a project folder, name one with --contracts DIR, or add --builtin-tiers to "
                    + "plan with the source policy's built-in tiers")
        }
        let (catalog, diagnostics) = try loader.loadCatalog()
        if diagnostics.hasErrors { throw .invalidInput(diagnostics) }
        if let node = document.root["catalog"], let label = node.scalar {
            guard let version = catalog.version(named: label) else {
                let known = catalog.versions.map(\.version).joined(separator: ", ")
                throw .invalidInput([
                    .error(
                        "no catalog version '\(label)' in \(loader.catalogFolder) (it has \(known))", in: document.file,
                        node.range)
                ])
            }
            return StaffingTierTerms(version)
        }
        return catalog.newest.map(StaffingTierTerms.init) ?? .seedDefaults
    }
}
