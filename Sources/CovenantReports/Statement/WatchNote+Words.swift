import Covenant

extension WatchNote {
    /// The note in words: `ticket T-1: contract C-1 has no terms for 2026-01; not watched`.
    var words: String {
        switch self {
        case .noTerms(let ticket, let contract, let month):
            return "ticket \(ticket): contract \(contract) has no terms for \(month); not watched"
        }
    }
}
