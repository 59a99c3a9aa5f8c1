/// Hand-parsed command-line arguments: `--name value`, `--name=value`,
/// boolean flags, repeated options and positionals. A word starting with
/// one dash (`-m`) is an option this parser does not know, never a
/// positional: only `-` alone (standard output) and words after `--` are.
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [(name: String, value: String?)] = []

    /// Parses `words`; `valued` names the options that take a value, `flags` those that do not.
    init(_ words: [String], valued: Set<String>, flags: Set<String> = []) throws(CLIError) {
        var index = 0
        var onlyPositionals = false
        let known = (valued.union(flags)).sorted().map { "--" + $0 }
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            guard word.hasPrefix("--") else {
                // `-m` for `--month`: suggest the long option starting with that letter, if one does.
                let letter = word.dropFirst().prefix(1)
                let long = known.filter { $0.dropFirst(2).hasPrefix(letter) }
                let hint =
                    long.isEmpty
                    ? Usage.didYouMean(word, among: known)
                    : "; did you mean " + long.map { "'\($0)'" }.joined(separator: " or ") + "?"
                throw .usage("unknown option \(word)\(hint) (options are written with two dashes)")
            }
            var name = String(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if valued.contains(name) {
                if value == nil {
                    guard index < words.count else { throw .usage("--\(name) needs a value") }
                    value = words[index]
                    index += 1
                }
                options.append((name, value))
            } else if flags.contains(name) {
                guard value == nil else { throw .usage("--\(name) takes no value") }
                options.append((name, nil))
            } else {
                throw .usage("unknown option --\(name)" + Usage.didYouMean("--" + name, among: known))
            }
        }
        // An option given twice is a mistake to point out, not a choice to make
        // silently (`--month 2026-01 --month 2026-02`); `--events` adds files.
        for name in valued.subtracting(Self.repeatable).sorted() {
            let given = values(name)
            if given.count > 1 {
                let shown = given.map { "'\($0)'" }.joined(separator: ", ")
                throw .usage("--\(name) is given \(given.count) times (\(shown)); give it once")
            }
        }
    }

    /// The options that may be given more than once, each adding a value.
    static let repeatable: Set<String> = ["events"]

    /// Whether the words ask for help (`--help` or `-h` before any `--`).
    static func asksForHelp(_ words: [String]) -> Bool {
        for word in words {
            if word == "--" { return false }
            if word == "--help" || word == "-h" { return true }
        }
        return false
    }

    /// The value of an option (given at most once, but for ``repeatable`` ones: the last).
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value ?? nil }

    /// Every value of a repeated option, in order.
    func values(_ name: String) -> [String] { options.filter { $0.name == name }.compactMap(\.value) }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { options.contains { $0.name == name } }
}
