import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

/// Reads the figures back out of rendered Markdown appendices and compares
/// them with the model they were written from.
@Suite("Appendix figures read back")
struct AppendixNumbersTests {
    /// A rendered appendix with its model.
    struct Rendered {
        var contract: Contract
        var appendix: Appendix
        var markdown: String
        var lines: [String] { markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

        init(file: String) throws {
            let catalog = try AppendixSamples.catalog()
            contract = try AppendixSamples.contract(file: file, catalog: catalog)
            appendix = try Appendix(contract: contract, catalog: catalog)
            markdown = AppendixMarkdownRenderer().render(AppendixWriter(appendix).document())
        }

        /// The lines of clause `7.n` (heading excluded).
        func clause(titled title: String) -> [String] {
            guard let start = lines.firstIndex(where: { $0.hasPrefix("## ") && $0.hasSuffix(" " + title) }) else { return [] }
            let rest = lines[(start + 1)...]
            let end = rest.firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
            return Array(lines[(start + 1)..<end])
        }

        /// The body rows of the tables in some lines, cells trimmed.
        static func rows(_ lines: [String]) -> [[String]] {
            var rows: [[String]] = []
            var previous = ""
            for line in lines where line.hasPrefix("| ") {
                defer { previous = line }
                if line.hasPrefix("| ---") || !previous.hasPrefix("| ") { continue }
                let inner = line.dropFirst(2).dropLast(2)
                rows.append(inner.components(separatedBy: " | ").map { $0.replacingOccurrences(of: "**", with: "") })
            }
            return rows
        }
    }

    /// `99.9%` → 99.9; `2,419.2` → 2419.2; `$15,000.00` → 15000.00.
    static func number(_ text: some StringProtocol) -> DecimalNumber? {
        var cleaned = String(text).replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "$", with: "")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        return ScalarReader.decimal(cleaned)
    }

    /// Every amount in a text, `$1,234.56` (USD) or `EUR 1,234.56`, as money.
    static func amounts(in text: String) -> [Money] {
        var result: [Money] = []
        for token in tokens(in: text, after: "$") {
            if let value = number(token), let money = Money(value, currency: .usd) { result.append(money) }
        }
        let characters = Array(text)
        for index in characters.indices where index + 4 < characters.count && characters[index + 3] == " " {
            let code = String(characters[index..<(index + 3)])
            guard code.allSatisfy({ $0.isUppercase && $0.isLetter }), characters[index + 4].isNumber,
                index == 0 || !characters[index - 1].isLetter, let currency = Currency(code: code)
            else { continue }
            let token = tokens(in: String(characters[(index + 3)...]), after: " ").first ?? ""
            if let value = number(token), let money = Money(value, currency: currency) { result.append(money) }
        }
        return result
    }

    /// Every `12.5%` in a text (the digits just before each `%`).
    static func percentages(in text: String) -> [DecimalNumber] {
        var result: [DecimalNumber] = []
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "%" {
            var start = index
            while start > 0 && (characters[start - 1].isNumber || characters[start - 1] == ".") { start -= 1 }
            if start < index, let value = number(String(characters[start..<index])) { result.append(value) }
        }
        return result
    }

    /// The runs of digits, commas and points that follow a marker.
    static func tokens(in text: String, after marker: Character) -> [String] {
        var result: [String] = []
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == marker {
            var end = index + 1
            while end < characters.count && (characters[end].isNumber || characters[end] == "," || characters[end] == ".") {
                end += 1
            }
            var token = String(characters[(index + 1)..<end])
            while token.last == "." || token.last == "," { token.removeLast() }
            if !token.isEmpty { result.append(token) }
        }
        return result
    }

    /// Working seconds of a support cell: `30 minutes`, `1 hour 30 minutes`,
    /// `2 business days (18 working hours)`.
    static func seconds(_ cell: String) -> Int64? {
        let words = cell.split(separator: "(")[0].split(separator: " ").map(String.init)
        var total: Int64 = 0
        var index = 0
        while index + 1 < words.count {
            guard let count = Int64(words[index]) else { return nil }
            var unit = words[index + 1]
            if unit == "business", index + 2 < words.count {
                unit = words[index + 2]
                index += 1
            }
            switch unit {
            case "hour", "hours": total += count * 3600
            case "minute", "minutes": total += count * 60
            case "second", "seconds": total += count
            case "day", "days": total += count * 86_400
            default: return nil
            }
            index += 2
        }
        return total
    }

    @Test("the allowed downtime table equals (1 − target) × days × 86,400 s for 28, 30 and 31 days", arguments: AppendixSamples.contractFiles)
    func allowedDowntime(file: String) throws {
        let rendered = try Rendered(file: file)
        let target = rendered.appendix.initial.terms.sla.uptime
        let rows = Rendered.rows(rendered.clause(titled: "Allowed downtime"))
        #expect(rows.map { $0[0] } == ["28 days", "30 days", "31 days"])
        for row in rows {
            let days = try #require(Int64(row[0].split(separator: " ")[0]))
            let month = try #require(Self.number(row[1]))
            let seconds = try #require(Self.number(row[2]))
            let minutes = try #require(Self.number(row[3]))
            #expect(month == DecimalNumber(days * 86_400))
            // seconds × 100 × 10^s == (100 × 10^s − n) × days × 86,400, exactly, in 128 bits.
            let missing = 100 * target.denominator - target.numerator
            #expect(seconds.numerator * 100 * target.denominator == missing * Int128(days) * 86_400 * seconds.denominator)
            #expect(minutes.numerator * 100 * target.denominator == missing * Int128(days) * 1_440 * minutes.denominator)
            let model = try #require(rendered.appendix.initial.allowedDowntime.first { Int64($0.days) == days })
            #expect(model.minutes.description == row[3].replacingOccurrences(of: ",", with: ""))
        }
    }

    @Test("targets, bands, cap and achievements read back equal the terms", arguments: AppendixSamples.contractFiles)
    func terms(file: String) throws {
        let rendered = try Rendered(file: file)
        let sla = rendered.appendix.initial.terms.sla
        let availability = rendered.clause(titled: "Availability").joined(separator: "\n")
        #expect(Self.percentages(in: availability).first == sla.uptime)
        #expect(Self.percentages(in: availability).allSatisfy { $0 == sla.uptime || $0 == DecimalNumber(100) })

        let credits = rendered.clause(titled: "Service credits")
        let rows = Rendered.rows(credits)
        let bands = sla.credits.sorted { $1.below < $0.below }
        #expect(rows.count == bands.count + 1)
        #expect(rows.first.map { Self.percentages(in: $0[0]) } == [bands[0].below])
        for (row, index) in zip(rows.dropFirst(), bands.indices) {
            let bounds = Self.percentages(in: row[0])
            let expected = index + 1 < bands.count ? [bands[index].below, bands[index + 1].below] : [bands[index].below]
            #expect(bounds == expected, "\(row)")
            #expect(row[0].hasPrefix("below "))
            #expect(row[0].contains(" and at or above ") == (index + 1 < bands.count))
            #expect(Self.percentages(in: row[1]).first == bands[index].credit)
        }
        let cap = try #require(credits.first { $0.contains("(the cap)") })
        #expect(Self.percentages(in: cap) == [sla.creditCap])

        let support = rendered.clause(titled: "Support response and resolution")
        let achievement = try #require(support.first { $0.hasPrefix("Each month, at least") })
        #expect(Self.percentages(in: achievement) == [sla.responseAchievement, sla.resolutionAchievement])
    }

    @Test("support targets read back equal the terms in working seconds", arguments: AppendixSamples.contractFiles)
    func support(file: String) throws {
        let rendered = try Rendered(file: file)
        let terms = rendered.appendix.initial.terms
        let rows = Array(Rendered.rows(rendered.clause(titled: "Support response and resolution")).prefix(4))
        #expect(rows.map { $0[0] } == Severity.allCases.map(\.title))
        for (row, severity) in zip(rows, Severity.allCases) {
            let targets = terms.sla.support[severity]
            for (cell, clockCell, target, clock) in [
                (row[1], row[2], targets?.response, terms.sla.responseClock(for: severity)),
                (row[3], row[4], targets?.resolution, terms.sla.resolutionClock(for: severity)),
            ] {
                guard let target else {
                    #expect(cell == "none")
                    continue
                }
                #expect(clockCell == clock.rawValue)
                let calendar = try #require(terms.calendar(clock))
                let working = target.workingSeconds(dayLength: calendar.businessDayLength)
                if case .business(let duration) = target {
                    let words = cell.split(separator: " ")
                    #expect(Int64(words[0]) == duration.count && words[1] == "business", "\(cell)")
                    if duration.unit == .days {
                        #expect(duration.count * calendar.businessDayLength == working)
                        let detail = try #require(cell.split(separator: "(").last?.split(separator: " of ").first)
                        #expect(Self.seconds(String(detail)) == working, "\(cell)")
                    } else {
                        #expect(Self.seconds(cell) == working, "\(cell)")
                    }
                } else {
                    #expect(Self.seconds(cell) == working, "\(cell)")
                }
            }
        }
    }

    @Test("fees, premium items and their total read back equal the contract", arguments: AppendixSamples.contractFiles)
    func money(file: String) throws {
        let rendered = try Rendered(file: file)
        let appendix = rendered.appendix
        let currency = rendered.contract.currency
        func money(_ text: String) throws -> Money {
            try #require(Self.number(text).flatMap { Money($0, currency: currency) }, "\(text)")
        }
        let fees = rendered.clause(titled: "Fees")
        #expect(Self.amounts(in: fees[1]).first == appendix.fees[0].fee)
        let feeRows = Rendered.rows(fees)
        if appendix.fees.count > 1 {
            #expect(try feeRows.map { try money($0[1]) } == appendix.fees.map(\.fee))
        } else {
            #expect(feeRows.isEmpty)
        }
        let custom = rendered.clause(titled: "Custom terms and premium items")
        let premiumStart = custom.firstIndex { $0.hasPrefix("The Customer pays for these premium items") } ?? custom.endIndex
        let items = Rendered.rows(Array(custom[premiumStart...]))
        let premium = appendix.premium
        #expect(items.count == premium.count + (premium.isEmpty ? 0 : 1))
        for (row, item) in zip(items, premium) {
            #expect(row[0] == item.item)
            #expect(try money(row[2]) == item.yearly)
        }
        if let total = appendix.premiumTotal {
            let last = try #require(items.last)
            #expect(last[0] == "Total")
            #expect(try MoneyTotal(money(last[2])) == total)
            #expect(try items.dropLast().map { try money($0[2]) }.reduce(MoneyTotal.zero(currency), +) == total)
        }
    }

    @Test("every percentage and amount in an appendix is a value of its model", arguments: AppendixSamples.contractFiles)
    func everyNumber(file: String) throws {
        let rendered = try Rendered(file: file)
        var shares: Set<DecimalNumber> = [DecimalNumber(100)]
        var amounts: Set<Money> = []
        func add(_ money: Money?) {
            if let money { amounts.insert(money) }
        }
        for period in rendered.appendix.periods {
            let terms = period.terms
            for sla in [terms.sla, terms.tier.terms] {
                shares.formUnion([sla.uptime, sla.creditCap, sla.responseAchievement, sla.resolutionAchievement])
                shares.formUnion(sla.credits.flatMap { [$0.below, $0.credit] })
                let missing = DecimalNumber(
                    significand: Int64(100 * sla.uptime.denominator - sla.uptime.numerator), scale: sla.uptime.scale)
                shares.insert(missing)
                add(sla.minimumCredit ?? .zero(rendered.contract.currency))
            }
            // The list fee in the catalog's own currency: never relabelled in the contract's.
            add(terms.tier.listFee.flatMap { Money($0, currency: terms.catalogVersion.currency) })
            for item in terms.premium {
                add(item.annualFee)
                add(item.monthlyFee)
                add(item.yearly)
            }
            if let total = Appendix.yearlyTotal(terms.premium, currency: rendered.contract.currency) {
                amounts.insert(Money(minorUnits: Int64(total.minorUnits), currency: total.currency))
            }
        }
        for fee in rendered.appendix.fees { add(fee.fee) }
        let text = rendered.markdown
        for value in Self.percentages(in: text) { #expect(shares.contains(value), "\(value)% is not a model value") }
        for value in Self.amounts(in: text) {
            #expect(amounts.contains(value), "\(value.currency.code) \(value.plain) is not a model value")
        }
    }

    /// The duration written between `prefix` and `suffix` in a text, in
    /// seconds: `30 minutes`, `1 day`, `hour` (one).
    static func duration(in text: String, after prefix: String, before suffix: String) -> Int64? {
        guard let start = text.range(of: prefix)?.upperBound,
            let end = text.range(of: suffix, range: start..<text.endIndex)?.lowerBound
        else { return nil }
        let words = String(text[start..<end])
        return seconds(words.first?.isNumber == true ? words : "1 " + words)
    }

    /// A Markdown cell as plain text: backslash escapes removed.
    static func plain(_ cell: String) -> String {
        var result = ""
        var escaped = false
        for character in cell {
            if character == "\\" && !escaped {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }

    @Test(
        "the commitments' definitions, channels, days and durations read back equal the catalog's",
        arguments: AppendixSamples.contractFiles)
    func commitments(file: String) throws {
        let rendered = try Rendered(file: file)
        let levels = rendered.appendix.initial.serviceLevels
        let commitments = levels.commitments
        func text(_ title: String) -> String {
            Self.plain(rendered.clause(titled: title).joined(separator: " ")).replacingOccurrences(of: "**", with: "")
        }

        let severities = Rendered.rows(rendered.clause(titled: "Severity levels")).map { $0.map(Self.plain) }
        #expect(severities.map { $0[0] } == Severity.allCases.map(\.title))
        #expect(severities.map { $0[1] } == Severity.allCases.map { commitments.severityDefinitions[$0] ?? "" })

        let channels = Rendered.rows(rendered.clause(titled: "Support channels and hours")).map { $0.map(Self.plain) }
        #expect(channels.map { $0[0] } == levels.channels.map(\.name))
        #expect(channels.map { $0[1] } == levels.channels.map { $0.contact ?? "–" })
        #expect(channels.map { $0[3] } == levels.channels.map {
            $0.severities.isEmpty ? "all" : $0.severities.map(\.rawValue).joined(separator: " and ")
        })

        let notices = text("Maintenance notices")
        let notice = commitments.maintenanceNotice
        let ahead = Self.duration(in: notices, after: "at least ", before: " before it starts")
        #expect(ahead == levels.maintenance.extraNotice)
        #expect(Self.duration(in: notices, after: "the same way ", before: " before it starts.") == notice?.reminder)
        #expect(notices.contains("by " + (notice?.by.joined(separator: " and ") ?? "?")))

        let incidents = text("Incident communication")
        let communication = try #require(commitments.incidents)
        #expect(incidents.contains("status page, \(communication.statusPage ?? "?"),"))
        #expect(Self.duration(in: incidents, after: "within ", before: " of detecting") == communication.firstNotice)
        #expect(Self.duration(in: incidents, after: "at least every ", before: " until") == communication.updates)
        #expect(Self.duration(in: incidents, after: "Within ", before: " after an incident") == communication.report)

        let reporting = text("Reporting")
        #expect(reporting.contains("by the \(commitments.statementDay ?? 0)th day of the following month"))

        let disputes = text("Disputes")
        let window = try #require(commitments.disputes)
        #expect(Self.duration(in: disputes, after: "within ", before: " of its issue") == window.window)
        let issued = disputes.contains("Credits are issued even while a statement is disputed")
        #expect(issued == window.creditsWhileDisputed)

        let remedies = text("Support remedies")
        let remedy = try #require(commitments.supportRemedy)
        #expect(Self.duration(in: remedies, after: "Customer, within ", before: " of that month") == remedy.planWithin)
        #expect(remedies.contains("missed in \(remedy.reviewAfterMonths ?? 0) consecutive months"))
    }
}
