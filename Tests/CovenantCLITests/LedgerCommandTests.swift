import Covenant
import CovenantFormat
import Foundation
import Testing

@testable import CovenantCLI

@Suite("covenant ledger")
struct LedgerCommandTests {
    static let formats = "text,md,csv,json,journal"

    @Test("the committed Reports/ledger/ is exactly what a run writes, with the defaults 2026-01 to 2026-03")
    func committedSample() {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        let run = project.run(["ledger", "--format", Self.formats])
        #expect(run.code == 0)
        #expect(run.out == "wrote the credit ledger 2026-01 to 2026-03 (8 contracts) to Reports/ledger/ "
            + "(text, md, csv, json, journal)\n")
        let committed = ProjectFiles(folder: CLIHarness.root).snapshot("Reports/ledger")
        #expect(committed.keys.sorted() == ["ledger.csv", "ledger.journal", "ledger.json", "ledger.md", "ledger.txt"])
        #expect(project.snapshot("Reports/ledger") == committed)
    }

    @Test("SmallMart's March invoice nets to $12,750.00 in the text ledger")
    func smallMart() {
        let result = CLIHarness.run(["ledger", "--out", "-"], in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        #expect(result.out.contains("  2026-03  $15,000.00    $2,250.00   $12,750.00     0%"))
        #expect(result.out.contains("Net invoices                          $313,991.94"))
    }

    @Test("a range starting in February takes January's credits onto February's invoices: Globex $75,000 − $11,250")
    func rangeStartsLater() throws {
        let result = CLIHarness.run(
            ["ledger", "--from", "2026-02", "--to", "2026-02", "--format", "json", "--out", "-"],
            in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let contracts = try #require(json["contracts"] as? [[String: Any]])
        let globex = try #require(contracts.first { $0["contract"] as? String == "C-2026-021" })
        let months = try #require(globex["months"] as? [[String: Any]])
        #expect(months.count == 1)
        let invoice = try #require(months[0]["invoice"] as? [String: Any])
        #expect(invoice["credit_from"] as? String == "2026-01")
        #expect(invoice["credit_applied"] as? String == "11250.00")
        #expect(invoice["net"] as? String == "63750.00")
        let totals = try #require((json["totals"] as? [[String: Any]])?.first { $0["currency"] as? String == "USD" })
        #expect(totals["earned"] as? String == "2250.00")
        #expect(totals["credits_invoiced"] as? String == "11500.00")
    }

    @Test("every journal transaction balances in its currency, one per CSV posting")
    func journalBalances() throws {
        let folder = CLIHarness.sampleProject()
        let result = CLIHarness.run(["ledger", "--format", "csv,journal"], in: folder)
        #expect(result.code == 0)
        let journal = try String(contentsOfFile: folder + "/Reports/ledger/ledger.journal", encoding: .utf8)
        let csv = try String(contentsOfFile: folder + "/Reports/ledger/ledger.csv", encoding: .utf8)
        var transactions = 0
        for block in journal.components(separatedBy: "\n\n") where block.first?.isNumber == true {
            transactions += 1
            var sums: [String: Int64] = [:]
            for line in block.split(separator: "\n").dropFirst() {
                let words = line.split(separator: " ")
                let currency = String(words[words.count - 2])
                let units = try #require(Int64(words[words.count - 1].replacingOccurrences(of: ".", with: "")))
                sums[currency, default: 0] += units
            }
            #expect(sums.values.allSatisfy { $0 == 0 }, "\(block)")
        }
        #expect(transactions == 10)
        #expect(csv.split(separator: "\n").count == transactions + 1)
        #expect(csv.hasPrefix("date,customer,contract,invoice_month,amount,currency,kind,statement,reason,provisional\n"))
        #expect(csv.contains(
            #"2026-04-01,"Initech LLC","C-2026-034","2026-04",137.10,"USD","forfeited","2026-03/C-2026-034","#
                + #""not_in_service",false"# + "\n"))
        // Globex's March credit counts an incident still open: pending in the journal, flagged in the CSV.
        #expect(csv.contains(#"2026-04-01,"Globex Corporation","C-2026-021","2026-04",37500.00,"USD","applied","#
            + #""2026-03/C-2026-021",,true"# + "\n"))
        #expect(journal.contains(
            "2026-03-31 ! (C-2026-021) Globex Corporation | service credit earned in 2026-03  ; contract:"))
        #expect(journal.contains("kind:earned, provisional:yes\n"))
    }

    @Test("a credit of 9999-12 with no later month of service lapses on 9999-12-31: no year 10000 anywhere")
    func lastMonthThereIs() throws {
        let folder = CLIHarness.sampleProject()
        try CLIHarness.edit(folder, "Contracts/acme-tools.yaml", [
            ("  start: 2026-01-01\n  months: 12", "  start: 9999-10-01\n  months: 3"),
            ("signed: 2025-12-01", "signed: 9999-09-01"),
        ])
        try FileManager.default.createDirectory(atPath: folder + "/Scenarios/9999-12", withIntermediateDirectories: true)
        // 48 hours down: below every band, the Starter cap of 50% of $2,500.00.
        try "incidents:\n  - {id: INC-X, start: 9999-12-05T10:00:00Z, end: 9999-12-07T10:00:00Z, cause: platform}\n"
            .write(toFile: folder + "/Scenarios/9999-12/incidents.yaml", atomically: true, encoding: .utf8)
        let ledger = CLIHarness.run(
            ["ledger", "--from", "9999-10", "--to", "9999-12", "--format", "journal,csv", "--out", "out"], in: folder)
        #expect(ledger.code == 0, "\(ledger.err)")
        let journal = try String(contentsOfFile: folder + "/out/ledger.journal", encoding: .utf8)
        let csv = try String(contentsOfFile: folder + "/out/ledger.csv", encoding: .utf8)
        #expect(journal.contains(
            "9999-12-31 (C-2026-032) Acme Tools Co. | service credit forfeited: not in service after 9999-12  ;"))
        #expect(csv.contains(
            "9999-12-31,\"Acme Tools Co.\",\"C-2026-032\",,1250.00,\"USD\",\"forfeited\",\"9999-12/C-2026-032\","))
        let statement = CLIHarness.run(["statement", "--month", "9999-12", "--format", "text", "--out", "-"], in: folder)
        #expect(statement.out.contains("credit of $1,250.00 forfeited: the contract is not in service after 9999-12"))
        for output in [journal, csv, statement.out] { #expect(!output.contains("10000")) }
    }

    @Test("a customer name cannot break the journal: ';' and '|' and line breaks are made plain")
    func journalDescription() throws {
        let folder = CLIHarness.sampleProject()
        let path = folder + "/Contracts/initech.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "customer: Initech LLC", with: "customer: \"Ini;tech | A\\nB\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["ledger", "--format", "journal", "--out", "-"], in: folder)
        #expect(result.code == 0)
        #expect(result.out.contains(
            "2026-03-31 (C-2026-034) Ini,tech / A B | service credit earned in 2026-03  ; contract:"))
    }

    @Test("bad ranges, formats and words are usage errors (64)", arguments: [
        (["--from", "2026-03", "--to", "2026-01"], "--from 2026-03 is after --to 2026-01"),
        (["--from", "2026-13"], "--from expects YYYY-MM, found '2026-13'"),
        (["--from", "0001-01", "--to", "2026-01"], "--from expects a month from 1900-01 to 9999-12, found '0001-01'"),
        (["--from", "1900-01", "--to", "2026-01"], "at most 1200 months at a time"),
        (["--format", "text,html"], "unknown ledger format 'html'; expected text, md, csv, json, journal"),
        (["C-2026-014"], "ledger takes no contract ids or files"),
        (["--out", ""], "--out needs a folder"),
    ])
    func usage(arguments: [String], message: String) {
        let result = CLIHarness.run(["ledger"] + arguments, in: CLIHarness.sampleProject())
        #expect(result.code == 64)
        #expect(result.err.contains(message))
    }

    @Test("--out naming a file is refused (73)")
    func outIsAFile() {
        let folder = CLIHarness.sampleProject()
        FileManager.default.createFile(atPath: folder + "/taken", contents: Data())
        let result = CLIHarness.run(["ledger", "--out", "taken"], in: folder)
        #expect(result.code == 73)
        #expect(result.err.contains("taken is a file"))
    }

    @Test("help names the command")
    func help() {
        let result = CLIHarness.run(["help", "ledger"])
        #expect(result.out.hasPrefix("usage: covenant ledger [--from YYYY-MM]"))
        #expect(result.out.contains("journal a double-entry journal hledger reads"))
    }

    @Test("a range ending after the events is refused (65) as statement refuses the month, unless --as-of", arguments: [
        (["ledger", "--to", "2026-05"], "no ledger for 2026-05: the events read cover 2026-01 to 2026-03"),
        (["report", "--from", "2026-01", "--to", "2026-04"], "no report for 2026-04: the events read cover 2026-01"),
    ])
    func afterTheEvents(arguments: [String], message: String) {
        let folder = CLIHarness.sampleProject()
        let refused = CLIHarness.run(arguments + ["--out", "-"], in: folder)
        #expect(refused.code == 65)
        #expect(refused.out.isEmpty)
        #expect(refused.err.contains(message), "\(refused.err)")
        #expect(refused.err.contains("end the range at 2026-03, add the later months' events, or give --as-of INSTANT"))
        let known = CLIHarness.run(arguments + ["--as-of", "2026-05-31", "--out", "-"], in: folder)
        #expect(known.code == 0, "\(known.err)")
    }

    @Test("a statement whose month before has no events read warns that its net invoices count no incident then")
    func previousMonthUnread() {
        let folder = CLIHarness.sampleProject()
        let alone = CLIHarness.run(
            ["statement", "--month", "2026-02", "--events", "Scenarios/2026-02", "--lenient", "--out", "-"], in: folder)
        #expect(alone.code == 0, "\(alone.err)")
        #expect(alone.err.contains(
            "Scenarios/2026-02: warning: the events read start in 2026-02, but 7 contracts were in service in 2026-01"))
        let whole = CLIHarness.run(["statement", "--month", "2026-02", "--out", "-"], in: folder)
        #expect(whole.code == 0)
        #expect(!whole.err.contains("the events read start in"))
    }

    @Test("a customer named like a journal code or status mark stays the description: the contract id is the code")
    func journalCode() throws {
        let folder = CLIHarness.sampleProject()
        try CLIHarness.edit(
            folder, "Contracts/globex.yaml", [("customer: Globex Corporation", "customer: \"(ACME) * Globex\"")])
        let result = CLIHarness.run(["ledger", "--format", "journal", "--out", "-"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("2026-01-31 (C-2026-021) (ACME) * Globex | service credit earned in 2026-01"))
    }
}
