import CovenantFormat

extension SchemaReader {
    /// Reads an instant: with an offset, or local in `zone`; a local time
    /// that does not exist (spring-forward gap) or is ambiguous (fall-back
    /// hour) is an error.
    mutating func instant(_ node: Node, zone: ZoneRules) -> Int64? {
        guard let text = read(node, .instant) else { return nil }
        do {
            let instant = try zone.instant(of: text)
            // A local time late on 9999-12-31 can fall after it in UTC.
            guard instant <= RFC3339Instant.latest else {
                let written = node.scalar ?? ""
                self.error("expected \(RFC3339Instant.allowed), found '\(written)' (after it in UTC)", at: node.range)
                return nil
            }
            return instant
        } catch {
            switch error {
            case .skipped:
                self.error(
                    "the local time \(text.date) \(text.time) does not exist in \(zone) (the clocks spring forward); "
                        + "write it with an offset", at: node.range)
            case .ambiguous(let first, let second):
                let earlier = TimeZoneOffset.text(zone.offset(at: first))
                let later = TimeZoneOffset.text(zone.offset(at: second))
                self.error(
                    "the local time \(text.date) \(text.time) is ambiguous in \(zone) (the clocks fall back); "
                        + "write it with an offset, \(earlier) or \(later)", at: node.range)
            }
        }
        return nil
    }

    /// Reads a date (00:00 that day in `zone`) or an instant.
    mutating func dateOrInstant(_ node: Node, zone: ZoneRules) -> Int64? {
        if let text = node.scalar, let date = ScalarReader.date(text) { return zone.startOfDay(date) }
        return instant(node, zone: zone)
    }

    /// Reads a time zone that exists: the one reader of every `timezone` field.
    mutating func zone(_ node: Node) -> ZoneRules? {
        guard let name = read(node, .timeZoneName) else { return nil }
        guard let rules = ZoneRules(identifier: name) else {
            error("unknown time zone '\(name)'; expected an IANA name like 'America/Los_Angeles'", at: node.range)
            return nil
        }
        return rules
    }

    /// Reads `all`, `{region: X}` or `{contracts: [A, B]}`; a contract not
    /// in `knownContracts` is an error, a region not in `knownRegions` a
    /// warning (the event applies to no contract).
    mutating func scope(
        _ node: Node, knownContracts: Set<ContractID>?, knownRegions: Set<RegionName>? = nil
    ) -> EventScope? {
        if node.scalar == "all" { return .all }
        guard node.entries != nil else {
            error(
                "expected a scope: 'all', '{region: us-west}' or '{contracts: [C-2026-014]}', found "
                    + "\(SchemaReader.describe(node))",
                at: node.range)
            return nil
        }
        guard let fields = mapping(node, "a scope", optional: ["region", "contracts"]) else { return nil }
        if fields.entries.count != 1 {
            error("a scope names either 'region' or 'contracts'", at: node.range)
            return nil
        }
        if let node = fields.value("region") {
            guard let text = read(node, .identifier) else { return nil }
            let region = RegionName(text)
            if let knownRegions, !knownRegions.contains(region) {
                let known = knownRegions.map(\.rawValue).sorted()
                warning(
                    "no contract is in region '\(text)', so this applies to none"
                        + (known.isEmpty ? "" : " (regions: \(known.joined(separator: ", ")))"),
                    at: node.range)
            }
            return .region(region)
        }
        guard let list = fields["contracts"], let items = sequence(list, "a list of contract ids") else { return nil }
        var ids: [ContractID] = []
        for item in items {
            guard let id = read(item, .identifier) else { continue }
            if let knownContracts, !knownContracts.contains(ContractID(id)) {
                error("no contract has the id '\(id)'", at: item.range)
            }
            ids.append(ContractID(id))
        }
        return .contracts(ids)
    }
}

/// Formats UTC offsets: `-08:00`.
enum TimeZoneOffset {
    static func text(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return "\(sign)\(pad(magnitude / 3600, 2)):\(pad(magnitude % 3600 / 60, 2))"
    }
}
