@preconcurrency import Glibc
import Synchronization

/// Writes a manifest into a set being built: the figures of each contract
/// handed in from any thread, written in contract order as soon as those
/// before them have arrived (so only the few out of order are held), then
/// the index and the final line.
final class ManifestWriter: Sendable {
    private struct State {
        var next = 0
        var waiting: [Int: [UInt8]] = [:]
        var offset = 0
        var failure: Int32 = 0
        /// Bytes not yet written: the file is written a megabyte at a time, not a contract at a time.
        var buffer: [UInt8] = []
    }

    private let descriptor: Int32
    private let shown: String
    private let state = Mutex(State())

    /// Starts the manifest in `staging`, for `month`.
    init(in staging: StagingFolder, month: String) throws(CLIError) {
        descriptor = try staging.create(Manifest.fileName)
        shown = staging.shown + "/" + Manifest.fileName
        append(Manifest.head(month: month))
    }

    /// Hands in the figures of the contract at `position` in id order (`nil`
    /// when it has no statement this month); every position must be handed in once.
    func figures(at position: Int, contract: String?, _ figures: StatementFigures?) {
        var bytes: [UInt8] = []
        if let contract, let figures {
            bytes = Manifest.figuresLine(contract)
            bytes.append(contentsOf: figures.text)
        }
        state.withLock { state in
            state.waiting[position] = bytes
            while let ready = state.waiting.removeValue(forKey: state.next) {
                write(ready, &state)
                state.next += 1
            }
        }
    }

    /// Writes the index and the final line and closes the file.
    func finish(_ manifest: Manifest) throws(CLIError) {
        let failure = state.withLock { state -> Int32 in
            write(manifest.indexText(at: state.offset), &state)
            flush(&state)
            return state.failure
        }
        let closed = close(descriptor) == 0 ? 0 : errno
        if failure != 0 || closed != 0 {
            throw .io("cannot write \(shown): \(FileSystem.reason(failure != 0 ? failure : closed))")
        }
    }

    /// Closes the file unfinished (the set is being discarded).
    func abandon() { close(descriptor) }

    private func append(_ bytes: [UInt8]) {
        state.withLock { write(bytes, &$0) }
    }

    private func write(_ bytes: [UInt8], _ state: inout State) {
        guard state.failure == 0, !bytes.isEmpty else { return }
        state.buffer.append(contentsOf: bytes)
        state.offset += bytes.count
        if state.buffer.count >= 1 << 20 { flush(&state) }
    }

    private func flush(_ state: inout State) {
        guard state.failure == 0, !state.buffer.isEmpty else { return }
        let failure = FileSystem.writeAll(descriptor, state.buffer)
        if failure != 0 { state.failure = failure }
        state.buffer.removeAll(keepingCapacity: true)
    }
}
