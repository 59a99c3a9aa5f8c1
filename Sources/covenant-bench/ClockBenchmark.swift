import Covenant
import CovenantFormat

/// Working time on `business` (America/Los_Angeles) for spans up to one day
/// and up to five years, from a seed: the two throughputs should be close.
func runClockBenchmark() {
    let nine = TimeOfDay(hour: 9, minute: 0), five = TimeOfDay(hour: 17, minute: 0)
    let weekdays = Dictionary(uniqueKeysWithValues: (1...5).map { ($0, [LocalInterval(start: nine, end: five)]) })
    let built = ContinuousClock.now
    guard let zone = ZoneRules(identifier: "America/Los_Angeles"),
        let business = try? WorkingCalendar(
            CalendarDefinition(
                name: CalendarName("business"), zone: zone, hours: .weekly(weekdays), holidays: [.usFederal]))
    else {
        print("cannot build the business calendar")
        return
    }
    let buildTime = ContinuousClock.now - built

    var random = SplitMix64(seed: 0x00C0_FFEE)
    let from: Int64 = 1_767_225_600  // 2026-01-01T00:00:00Z
    let count = 1_000_000
    func pairs(maxSpan: Int64) -> [(Int64, Int64)] {
        (0..<count).map { _ in
            let start = from + Int64(random.next() % UInt64(10 * 365 * 86_400))
            return (start, start + Int64(random.next() % UInt64(maxSpan + 1)))
        }
    }
    let short = pairs(maxSpan: 86_400)
    let long = pairs(maxSpan: 5 * 365 * 86_400)

    func measure(_ pairs: [(Int64, Int64)]) -> (perSecond: Double, checksum: Int64) {
        var best = Duration.seconds(1_000)
        var checksum: Int64 = 0
        for _ in 0..<5 {
            var sum: Int64 = 0
            let began = ContinuousClock.now
            for (start, end) in pairs { sum &+= business.workingSeconds(from: start, to: end) }
            best = min(best, ContinuousClock.now - began)
            checksum = sum
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        return (Double(pairs.count) / seconds, checksum)
    }
    let shortResult = measure(short)
    let longResult = measure(long)
    func millions(_ rate: Double) -> String {
        let hundredths = Int((rate / 10_000).rounded())
        return "\(hundredths / 100).\(pad(hundredths % 100, 2)) M/s"
    }
    let ratio = Int((shortResult.perSecond / longResult.perSecond * 100).rounded())
    print("calendar build (business, 1900-2200): \(buildTime)")
    print("workingSeconds, \(count) random pairs each, best of 5:")
    print("  spans up to 1 day:   \(millions(shortResult.perSecond))  (checksum \(shortResult.checksum))")
    print("  spans up to 5 years: \(millions(longResult.perSecond))  (checksum \(longResult.checksum))")
    print("  short / long throughput ratio: \(ratio / 100).\(pad(ratio % 100, 2))")
}
