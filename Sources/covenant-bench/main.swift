// Release-mode benchmarks over generated data: `swift run -c release covenant-bench [NAME...]`.

let benchmarks: [(name: String, run: () -> Void)] = [
    ("statement", runStatementBenchmark),
    ("clock", runClockBenchmark),
    ("parse", runParseBenchmark),
    ("tickets", runTicketsBenchmark),
    ("limits", runLimitsBenchmark),
]

let requested = Array(CommandLine.arguments.dropFirst())
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
    print("unknown benchmark: \(unknown.joined(separator: ", ")); known: \(benchmarks.map(\.name).joined(separator: ", "))")
} else {
    for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
        print("== \(benchmark.name)")
        benchmark.run()
    }
}
