import CovenantFormat

extension ZoneRules {
    /// The instant a written instant names: exact when written with an
    /// offset; a local one must occur exactly once in this zone. Event files
    /// and the `--at`, `--as-of` and `clock` flags all resolve local times here.
    public func instant(of text: InstantText) throws(LocalTimeError) -> Int64 {
        if let exact = text.epochSeconds { return exact }
        switch resolve(text.date, text.time) {
        case .unique(let instant): return instant
        case .gap: throw .skipped
        case .ambiguous(let first, let second): throw .ambiguous(first: first, second: second)
        }
    }
}
