import Foundation

/// Keeps written statements safe: a rerun that would change a statement
/// already written refuses, naming the contract and the figures that would
/// change (CLI.md: exit 73 unless `--force`).
struct RecordGuard {
    /// One file about to be written.
    struct Output {
        var path: String
        var text: String
        /// The contract it belongs to (`nil` for the summary).
        var contract: String?
        /// The statement's JSON text, when the run has one, for naming changed figures.
        var json: String?
    }

    /// The changes that would overwrite different bytes, described for people.
    static func conflicts(_ outputs: [Output], folder: String, month: String) -> [String] {
        var described: Set<String> = []
        var lines: [String] = []
        let existingJSON = existingStatements(in: folder, month: month)
        for output in outputs {
            guard let old = FileSystem.existingText(output.path), old != output.text else { continue }
            let key = output.contract ?? "summary"
            guard described.insert(key).inserted else { continue }
            var detail: [String] = []
            if let contract = output.contract, let newJSON = output.json, let oldJSON = existingJSON[contract] {
                detail = figureChanges(old: oldJSON, new: newJSON)
            }
            if detail.isEmpty { detail = lineChanges(old: old, new: output.text) }
            lines.append("  \(key): " + detail.prefix(8).joined(separator: "; ") + (detail.count > 8 ? "; …" : ""))
        }
        return lines
    }

    /// Existing JSON statements of a month in a folder, by contract id,
    /// found by their `contract` and `month` fields whatever the file names.
    static func existingStatements(in folder: String, month: String) -> [String: Any] {
        var result: [String: Any] = [:]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return result }
        for name in names.sorted() where name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let contract = object["contract"] as? String, object["month"] as? String == month
            else { continue }
            result[contract] = object
        }
        return result
    }

    /// `charge 15000.00 → 14000.00`-style differences between two statements.
    static func figureChanges(old: Any, new: String) -> [String] {
        guard let newObject = try? JSONSerialization.jsonObject(with: Data(new.utf8)) else { return [] }
        var before: [(String, String)] = []
        var after: [(String, String)] = []
        flatten(old, prefix: "", into: &before)
        flatten(newObject, prefix: "", into: &after)
        let oldMap = Dictionary(before, uniquingKeysWith: { a, _ in a })
        let newMap = Dictionary(after, uniquingKeysWith: { a, _ in a })
        var changes: [String] = []
        for (key, value) in after where oldMap[key] != value {
            changes.append("\(key) \(oldMap[key] ?? "absent") → \(value)")
        }
        for (key, value) in before where newMap[key] == nil {
            changes.append("\(key) \(value) → absent")
        }
        return changes
    }

    private static func flatten(_ value: Any, prefix: String, into result: inout [(String, String)]) {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                flatten(object[key]!, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &result)
            }
        case let array as [Any]:
            for (index, item) in array.enumerated() { flatten(item, prefix: "\(prefix)[\(index)]", into: &result) }
        case let string as String:
            result.append((prefix, string))
        case let number as NSNumber:
            result.append((prefix, number.stringValue))
        case is NSNull:
            result.append((prefix, "null"))
        default:
            result.append((prefix, "\(value)"))
        }
    }

    /// The first differing lines of two texts.
    static func lineChanges(old: String, new: String) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var changes: [String] = []
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? String(a[index]).trimmingCharacters(in: .whitespaces) : ""
            let y = index < b.count ? String(b[index]).trimmingCharacters(in: .whitespaces) : ""
            if x != y { changes.append("line \(index + 1): '\(x)' → '\(y)'") }
        }
        return changes
    }
}
