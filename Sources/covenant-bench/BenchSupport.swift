import Foundation

/// Deterministic pseudo-random numbers for generated benchmark data.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Times phases with a monotonic clock and reads the peak resident memory.
struct PhaseTimer {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private let start: ContinuousClock.Instant

    init() {
        start = clock.now
        last = start
    }

    /// Prints the time since the previous phase.
    mutating func phase(_ name: String, _ detail: String = "") {
        let now = clock.now
        print("  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(Self.seconds(now - last)) s \(detail)")
        last = now
    }

    /// Seconds since the timer started.
    var total: Double { Self.value(clock.now - start) }

    static func value(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func seconds(_ duration: Duration) -> String { String(format: "%.3f", value(duration)) }

    /// Peak resident set size (VmHWM) in MiB, from /proc/self/status.
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            return (digits.first ?? 0) / 1024
        }
        return 0
    }
}
