import CovenantFormat
import Foundation

/// The linear-time cases of issue 14 through the real command line: a project
/// whose one contract has 1,000,000 `contacts` keys, and one whose
/// `tickets.csv` has 1,000,000 bad rows, each timed end to end on the
/// `covenant` binary (`check`, `statement`, `statement --lenient`), output and
/// diagnostics written to /dev/null. The target is under 3 s each.
struct CLILimitsBenchmark {
    /// The `covenant` binary.
    var covenant: String
    /// Where the projects are generated (removed afterwards).
    var folder: String

    func run() {
        let contacts = folder + "/contacts", tickets = folder + "/tickets"
        do {
            try write(contacts, contract: Self.contract(contacts: 1_000_000), tickets: nil)
            try write(tickets, contract: Self.contract(contacts: 0), tickets: Self.badTickets(1_000_000))
        } catch {
            print("cannot write the projects into \(folder): \(error)")
            return
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        print("  \(covenant)")
        time("contacts: 1,000,000 keys", "check", in: contacts, ["check"])
        time("contacts: 1,000,000 keys", "statement", in: contacts, ["statement", "--month", "2026-01", "--out", "out"])
        time("tickets.csv: 1,000,000 bad rows", "check", in: tickets, ["check"])
        time(
            "tickets.csv: 1,000,000 bad rows", "statement", in: tickets,
            ["statement", "--month", "2026-01", "--out", "out"])
        time(
            "tickets.csv: 1,000,000 bad rows", "statement --lenient", in: tickets,
            ["statement", "--month", "2026-01", "--lenient", "--out", "out"])
    }

    /// A Starter contract, with `contacts` generated keys when asked.
    static func contract(contacts: Int) -> [UInt8] {
        var text = Array(
            "contract: C-1\ncustomer: Bench\ntier: starter\nsigned: 2026-01-01\nterm: {start: 2026-01-01, months: 12}\n"
                .utf8)
        guard contacts > 0 else { return text }
        text += Array("contacts:\n".utf8)
        for index in 0..<contacts { text += Array("  person\(index): p\(index)@example.com\n".utf8) }
        return text
    }

    /// A ticket file of bad rows: alternately a bad instant and a row with too few fields.
    static func badTickets(_ count: Int) -> [UInt8] {
        var text = Array("ticket,contract,event,at,severity,note\n".utf8)
        for index in 0..<count {
            text += Array((index % 2 == 0 ? "T-\(index),C-1,opened,2026-13-01,low,\n" : "T-\(index),C-1,opened\n").utf8)
        }
        return text
    }

    private func write(_ project: String, contract: [UInt8], tickets: [UInt8]?) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: project + "/Contracts/catalog", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: project + "/Scenarios/2026-01", withIntermediateDirectories: true)
        try Data(benchCatalog.utf8).write(to: URL(fileURLWithPath: project + "/Contracts/catalog/2026.1.yaml"))
        try Data(contract).write(to: URL(fileURLWithPath: project + "/Contracts/c-1.yaml"))
        let incident =
            "incidents:\n  - {id: I-1, start: 2026-01-05T10:00:00Z, end: 2026-01-05T11:00:00Z, cause: platform}\n"
        try Data(incident.utf8).write(to: URL(fileURLWithPath: project + "/Scenarios/2026-01/incidents.yaml"))
        if let tickets {
            try Data(tickets).write(to: URL(fileURLWithPath: project + "/Scenarios/2026-01/tickets.csv"))
        }
    }

    /// Runs `covenant ARGUMENTS` in `project` and prints its wall time, exit code and peak memory.
    private func time(_ input: String, _ command: String, in project: String, _ arguments: [String]) {
        try? FileManager.default.removeItem(atPath: project + "/out")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([covenant] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        // The child starts in the project: this process has no other thread to disturb.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(project)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawn(&pid, covenant, &actions, nil, argv, environ) == 0 else {
            print("  cannot start \(covenant)")
            return
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let (whole, attoseconds) = elapsed.components
        let milliseconds = whole * 1000 + attoseconds / 1_000_000_000_000_000
        let met = elapsed < .seconds(3) ? "met" : "missed"
        print(
            "  \(input), covenant \(command): \(milliseconds / 1000).\(pad(Int(milliseconds % 1000), 3)) s, "
                + "exit \(code), peak \(usage.ru_maxrss / 1024) MiB (target under 3 s: \(met))")
    }
}
