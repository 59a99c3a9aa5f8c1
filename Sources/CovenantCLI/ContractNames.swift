import Covenant
import CovenantFormat

/// The contract ids of a project seen so far, and the rules that make each
/// one a safe file name for its statements: letters, digits, `-`, `_` and
/// `.` only, not starting with `.` or `-`, at most 64 characters, not a name
/// the month's folder reserves (`summary`, `manifest`), and not the same as
/// another id when case is ignored (case-insensitive disks would merge their
/// files).
struct ContractNames: Sendable {
    /// The longest id allowed.
    static let maximumLength = 64

    /// Names a month's folder uses for itself, compared ignoring case.
    static let reserved: Set<String> = [
        RecordFolder.summaryName, Manifest.fileName.split(separator: ".").first.map(String.init)!,
    ]

    private var seen: [String: (id: ContractID, path: String)] = [:]

    /// The problem with an id as a file name, `nil` when it is fine.
    static func problem(with id: String) -> String? {
        let bytes = Array(id.utf8)
        if bytes.isEmpty { return "a contract id cannot be empty" }
        if bytes.count > maximumLength {
            return
                "contract id '\(id.prefix(24))…' is \(id.count) characters long; "
                + "at most \(maximumLength) are allowed, "
                + "since it names the statement's files"
        }
        let allowed = bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        if !allowed || bytes[0] == 0x2E || bytes[0] == 0x2D {
            return "contract id '\(id)' is not a portable file name: use letters, digits, '-', '_' and '.', "
                + "not starting with '.' or '-'"
        }
        if reserved.contains(id.lowercased()) {
            return "contract id '\(id)' is reserved: the month's folder uses '\(id.lowercased())' for its own file"
        }
        return nil
    }

    /// Checks a decoded contract's id against the rules and the ids seen;
    /// returns the errors (at the id), and records the id when there are none.
    mutating func admit(_ contract: Contract, in file: SourceFile) -> [Diagnostic] {
        let id = contract.id.rawValue
        let place = contract.places.contract ?? .at(0)
        if let problem = Self.problem(with: id) { return [.error(problem, in: file, place)] }
        let key = id.lowercased()
        if let twin = seen[key] {
            if twin.id == contract.id {
                return [.error("contract id \(id) is already used by \(twin.path)", in: file, place)]
            }
            return [
                .error(
                    "contract id \(id) differs from \(twin.id) (\(twin.path)) only in case; "
                        + "their statements would share files on a case-insensitive disk", in: file, place)
            ]
        }
        seen[key] = (contract.id, contract.file.path)
        return []
    }
}
