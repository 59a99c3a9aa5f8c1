/// Hand-parsed command-line arguments: `--name value`, `--name=value`,
/// boolean flags, repeated options and positionals.
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [(name: String, value: String?)] = []

    /// Parses `words`; `valued` names the options that take a value, `flags` those that do not.
    init(_ words: [String], valued: Set<String>, flags: Set<String> = []) throws(CLIError) {
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("--") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
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
                throw .usage("unknown option --\(name)")
            }
        }
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value ?? nil }

    /// Every value of a repeated option, in order.
    func values(_ name: String) -> [String] { options.filter { $0.name == name }.compactMap(\.value) }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { options.contains { $0.name == name } }
}
