import Covenant
import CovenantFormat
import CovenantReports
import Synchronization

/// A statement run into a month's folder (docs/records.md). With the
/// folder's lock held: every contract's statement is built, its figures
/// compared with the manifest's, and its files rendered and written into a
/// new set as they are ready, on every core; then the whole month's summary
/// and the manifest; then the new set is made durable and switched in. A
/// refusal, an error or an interruption at any moment leaves the folder's
/// set as it was.
struct MonthRecords {
    /// The month's shared part of every statement.
    var month: StatementBuilder.Month
    /// Every contract, in id order.
    var contracts: [Contract]
    /// The contracts the run is for; `nil` for all.
    var named: Set<ContractID>?
    /// The formats asked for.
    var formats: [ReportFormat]
    /// Whether changed records may be replaced.
    var force: Bool
    /// The month's folder.
    var folder: RecordFolder

    /// What a run did.
    struct Outcome {
        /// Statements of the contracts the run is for.
        var statements: Int
        /// Of which provisional.
        var provisional: Int
        /// The provisional ones' contracts, in id order.
        var provisionalContracts: [ContractID] = []
        /// The rows `--lenient` skipped that these statements note.
        var skippedRows = 0
        /// Files written (the manifest included); 0 when the set was already up to date.
        var written: Int
        /// Files of the previous set no longer in the new one.
        var removed: Int
        /// Files found in the folder that are not part of its set, carried into the new one as they are.
        var foreign: [String] = []
    }

    /// One contract's part, as the workers leave it.
    private struct Part: Sendable {
        var statement: MonthStatement?
        var entry: Manifest.Entry?
        var carry: [String] = []
        var written = 0
        var refused: RecordGuard.Refused?
        var failure: CLIError?
    }

    /// Runs; throws `.cannotCreate` (73) with the message of ``RecordGuard`` on a refusal.
    func run() throws(CLIError) -> Outcome {
        let monthText = month.month.description
        var old: Manifest?
        var present: Set<String> = []
        switch try folder.contents() {
        case .empty:
            break
        case .records(let manifest, let names):
            if manifest.month == monthText {
                old = manifest
                present = names
            } else if !force {
                throw .cannotCreate(
                    "\(folder.shown)/ holds the record set of \(manifest.month), not \(monthText); nothing was written "
                        + "(choose another --out, or rerun with --force to replace it)")
            }
        case .unmanaged(let count):
            if !force {
                throw .cannotCreate(
                    "\(folder.shown)/ holds \(count) file\(count == 1 ? "" : "s") written without a manifest "
                        + "(by an earlier covenant); nothing was written "
                        + "(rerun with --force to replace them with a record set)"
                )
            }
        case .foreign(let reason):
            throw .cannotCreate(
                "\(folder.shown)/ is not a record set (\(reason)); nothing was written: "
                    + "choose another --out, or move it away"
            )
        }

        let staging = try StagingFolder(folder.stagingPath, shown: folder.shown)
        var committed = false
        defer { if !committed { staging.discard() } }
        let manifestWriter: ManifestWriter
        do {
            manifestWriter = try ManifestWriter(in: staging, month: monthText)
        }
        defer { if !committed { manifestWriter.abandon() } }

        let oldEntries = Dictionary((old?.contracts ?? []).map { ($0.contract, $0) }, uniquingKeysWith: { a, _ in a })
        var parts = contractParts(
            old: oldEntries, hasSet: old != nil, present: present, staging: staging, writer: manifestWriter)
        defer { ProcessLifetime.keep(parts) }
        if let failure = parts.lazy.compactMap(\.failure).first { throw failure }

        var refused = parts.compactMap(\.refused)
        let current = Set(parts.compactMap { $0.entry?.contract })
        let gone = (old?.contracts ?? []).filter { !current.contains($0.contract) }
        if !force {
            refused += gone.map { RecordGuard.Refused(contract: $0.contract, refusal: nil, old: nil, new: nil) }
        }
        if !refused.isEmpty {
            let changed = Set(
                refused.filter { $0.refusal == .changed || $0.refusal == .changedUnnamed }.map(\.contract))
            let stored = Manifest.figures(of: changed, in: folder.manifestPath)
            for index in refused.indices { refused[index].old = stored[refused[index].contract] }
            throw .cannotCreate(RecordGuard.message(refused, month: monthText, folder: folder.shown))
        }

        let entries = parts.compactMap(\.entry)
        // Each statement moved out of its part, not copied: ten thousand copies cost a tenth of a second.
        var statements: [MonthStatement] = []
        statements.reserveCapacity(parts.count)
        for index in parts.indices {
            if let statement = parts[index].statement.take() { statements.append(statement) }
        }
        var summary = Manifest.Entry(contract: "", digest: Manifest.summaryDigest(entries), files: [])
        var carry = parts.flatMap(\.carry)
        var written = parts.reduce(0) { $0 + $1.written }
        let summaryFormats = RecordAction.union(
            (old?.summary.files ?? []).compactMap {
                RecordAction.format(of: $0.name, contract: RecordFolder.summaryName)
            },
            formats)
        var rendering: [ReportFormat] = []
        for format in summaryFormats {
            let name = RecordAction.fileName(RecordFolder.summaryName, format)
            if let kept = old?.summary, kept.digest == summary.digest, present.contains(name),
                let file = kept.files.first(where: { $0.name == name })
            {
                summary.files.append(file)
                carry.append(name)
            } else {
                rendering.append(format)
            }
        }
        // The summary's formats are rendered and written on every core.
        let portfolio = Portfolio(month: month.month, statements: statements)
        let formatsToRender = rendering
        let wrote = Parallel.map(formatsToRender.count, chunk: 1) { index -> Result<Manifest.File, CLIError> in
            let format = formatsToRender[index]
            let name = RecordAction.fileName(RecordFolder.summaryName, format)
            do throws(CLIError) {
                let size = try staging.write(name, StatementOutputs.renderSummary(portfolio, format: format))
                return .success(Manifest.File(name: name, size: size))
            } catch {
                return .failure(error)
            }
        }
        for file in wrote {
            summary.files.append(try file.get())
            written += 1
        }
        summary.files.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let manifest = Manifest(month: monthText, contracts: entries, summary: summary)
        var outcome = Outcome(statements: 0, provisional: 0, written: 0, removed: 0)
        for statement in portfolio.statements where self.named?.contains(statement.contract.id) ?? true {
            outcome.statements += 1
            if statement.availability.isProvisional {
                outcome.provisional += 1
                outcome.provisionalContracts.append(statement.contract.id)
            }
            outcome.skippedRows += statement.skippedRows.count
        }
        let kept = Set(manifest.allFiles.map(\.name))
        outcome.removed = (old?.allFiles ?? []).filter { !kept.contains($0.name) }.count
        if let old, written == 0, outcome.removed == 0, old == manifest { return outcome }
        let listed = Set((old?.allFiles ?? []).map(\.name) + [Manifest.fileName])
        outcome.foreign = present.filter { !listed.contains($0) && !kept.contains($0) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        carry += outcome.foreign

        try manifestWriter.finish(manifest)
        let source = folder.path
        let carried = carry
        let failures = Parallel.map(carried.count, chunk: 256) { index -> CLIError? in
            do throws(CLIError) {
                try staging.carry(carried[index], from: source)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        try folder.commit(staging)
        committed = true
        staging.close()
        outcome.written = written + 1
        return outcome
    }

    /// Builds, compares and writes every contract's part on every core.
    private func contractParts(
        old: [String: Manifest.Entry], hasSet: Bool, present: Set<String>, staging: StagingFolder,
        writer: ManifestWriter
    ) -> [Part] {
        let stop = Atomic<Bool>(false)
        let refusing = Atomic<Bool>(false)
        let (month, contracts, named, formats, force) = (month, contracts, named, formats, force)
        return Parallel.map(contracts.count, chunk: 8, state: { StatementBuilder.Month.Caches() }) { caches, index in
            let contract = contracts[index]
            var part = Part()
            var handed = false
            guard !stop.load(ordering: .relaxed) else {
                writer.figures(at: index, contract: nil, nil)
                return part
            }
            do throws(CLIError) {
                let statement: MonthStatement?
                do throws(TermsError) {
                    statement = try month.statement(for: contract, caches: &caches)
                } catch {
                    throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
                }
                guard var statement else {
                    writer.figures(at: index, contract: nil, nil)
                    handed = true
                    return part
                }
                let id = contract.id.rawValue
                let figures = StatementOutputs.figures(statement)
                let digest = figures.digest
                writer.figures(at: index, contract: id, figures)
                handed = true
                var entry = Manifest.Entry(contract: id, digest: digest, files: [])
                var render: [ReportFormat] = []
                switch RecordAction.decide(
                    contract: id, old: old[id], digest: digest, named: named?.contains(contract.id) ?? true,
                    force: force,
                    formats: formats, hasSet: hasSet, present: present)
                {
                case .keep(let carry, let write):
                    part.carry = carry
                    entry.files = old[id]?.files.filter { carry.contains($0.name) } ?? []
                    render = write
                case .write(let write):
                    render = write
                case .summaryOnly:
                    break
                case .refuse(let refusal):
                    refusing.store(true, ordering: .relaxed)
                    part.refused = RecordGuard.Refused(contract: id, refusal: refusal, old: nil, new: figures)
                }
                if !refusing.load(ordering: .relaxed) {
                    let files = StatementOutputs.render(statement, formats: render)
                    for (format, text) in zip(render, files) {
                        let name = RecordAction.fileName(id, format)
                        let size = try staging.write(name, text)
                        entry.files.append(Manifest.File(name: name, size: size))
                        part.written += 1
                    }
                }
                entry.files.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
                part.entry = entry
                // The summary needs no ticket of any statement: they are let go of once written, and
                // the statement is moved into its part, not copied.
                statement.support.tickets = []
                part.statement = statement
            } catch {
                stop.store(true, ordering: .relaxed)
                part.failure = error
                if !handed { writer.figures(at: index, contract: nil, nil) }
            }
            return part
        }
    }
}
