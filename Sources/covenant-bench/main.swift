// Release-mode benchmarks: `swift run -c release covenant-bench [NAME...]` runs
// the in-process ones over generated data; `tree` writes a month-end project
// and `close` times the real `covenant` binary on it.
import Foundation

let benchmarks: [(name: String, run: () -> Void)] = [
    ("statement", runStatementBenchmark),
    ("clock", runClockBenchmark),
    ("parse", runParseBenchmark),
    ("tickets", runTicketsBenchmark),
    ("limits", runLimitsBenchmark),
]

let usage = """
    usage: covenant-bench [statement|clock|parse|tickets]...
           covenant-bench tree --contracts N --incidents N --ticket-events N [--months N] --out DIR
           covenant-bench close DIR [--covenant PATH] [--repeat N]
           covenant-bench limits-cli [--covenant PATH]
    """

/// `--name value` options after a subcommand, and its positionals.
func options(_ words: ArraySlice<String>, valued: Set<String>) -> (values: [String: String], positionals: [String])? {
    var values: [String: String] = [:]
    var positionals: [String] = []
    var index = words.startIndex
    while index < words.endIndex {
        let word = words[index]
        index += 1
        guard word.hasPrefix("--") else {
            positionals.append(word)
            continue
        }
        let name = String(word.dropFirst(2))
        guard valued.contains(name), index < words.endIndex else { return nil }
        values[name] = words[index]
        index += 1
    }
    return (values, positionals)
}

/// The `covenant` binary beside this one.
func siblingCovenant() -> String {
    let executable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("covenant").path
}

let requested = Array(CommandLine.arguments.dropFirst())
switch requested.first {
case "tree":
    let valued: Set<String> = ["contracts", "incidents", "ticket-events", "months", "out"]
    guard let parsed = options(requested.dropFirst(), valued: valued),
        parsed.positionals.isEmpty, let out = parsed.values["out"], !out.isEmpty
    else {
        print(usage)
        exit(64)
    }
    var generator = TreeGenerator()
    for (name, keyPath) in [("contracts", \TreeGenerator.contracts), ("incidents", \.incidents),
                            ("ticket-events", \.ticketEvents), ("months", \.months)] {
        guard let text = parsed.values[name] else { continue }
        guard let value = Int(text), value >= (name == "months" ? 1 : 0) else {
            print("--\(name) expects a whole number, found '\(text)'")
            exit(64)
        }
        generator[keyPath: keyPath] = value
    }
    do {
        try generator.write(to: out)
    } catch {
        print("cannot write the project into \(out): \(error)")
        exit(74)
    }
    print("wrote \(generator.contracts) contracts, \(generator.incidents) incidents and "
        + "\(generator.ticketEvents) ticket events "
        + "over \(generator.months) month\(generator.months == 1 ? "" : "s") to \(out)")
case "close":
    guard let parsed = options(requested.dropFirst(), valued: ["covenant", "repeat"]), parsed.positionals.count == 1,
        let repeats = Int(parsed.values["repeat"] ?? "1"), repeats >= 1
    else {
        print(usage)
        exit(64)
    }
    let folder = URL(fileURLWithPath: parsed.positionals[0]).standardizedFileURL.path
    let covenant = URL(fileURLWithPath: parsed.values["covenant"] ?? siblingCovenant()).standardizedFileURL.path
    CloseBenchmark(folder: folder, covenant: covenant, repeats: repeats).run()
case "limits-cli":
    guard let parsed = options(requested.dropFirst(), valued: ["covenant"]), parsed.positionals.isEmpty else {
        print(usage)
        exit(64)
    }
    let covenant = URL(fileURLWithPath: parsed.values["covenant"] ?? siblingCovenant()).standardizedFileURL.path
    let folder = NSTemporaryDirectory() + "covenant-bench-limits-\(getpid())"
    print("== limits-cli")
    CLILimitsBenchmark(covenant: covenant, folder: folder).run()
default:
    let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
    if !unknown.isEmpty {
        print("unknown benchmark: \(unknown.joined(separator: ", "))\n\(usage)")
        exit(64)
    }
    for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
        print("== \(benchmark.name)")
        benchmark.run()
    }
}
