import Foundation

/// Progress lines for long runs: written to standard error only when it is a
/// terminal, and only once the run has taken more than about a second.
struct Progress {
    private let start = ContinuousClock.now
    private let enabled: Bool
    private let console: Console

    /// Progress for a run; silent unless standard error is a terminal.
    init(console: Console, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.console = console
        self.enabled = enabled
    }

    /// Reports a step when the run has already been going for a second.
    func step(_ message: @autoclosure () -> String) {
        guard enabled, ContinuousClock.now - start > .seconds(1) else { return }
        console.error("covenant: \(message())")
    }
}
