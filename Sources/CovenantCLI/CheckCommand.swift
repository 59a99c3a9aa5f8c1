/// `covenant check [PATH...]`.
enum CheckCommand {
    static func run(_ words: [String], console: inout Console) throws(CLIError) {
        _ = try Arguments(words, valued: [])
    }
}
