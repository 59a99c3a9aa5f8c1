@preconcurrency import Glibc
// TEMPORARY: phase timing for profiling; removed before commit.
enum PhaseClock {
    nonisolated(unsafe) static var last = ContinuousClock.now
    static let on = getenv("COVENANT_PHASES") != nil
    static func mark(_ name: String) {
        guard on else { return }
        let now = ContinuousClock.now
        let d = now - last
        last = now
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        var rss = ""
        if let f = fopen("/proc/self/status", "r") {
            var line = [CChar](repeating: 0, count: 256)
            while fgets(&line, 256, f) != nil {
                let text = String(cString: line)
                if text.hasPrefix("VmRSS") || text.hasPrefix("VmHWM") { rss += text.replacingOccurrences(of: "\n", with: " ") }
            }
            fclose(f)
        }
        fputs("phase \(name): \(ms) ms \(rss)\n", stderr)
    }
}
