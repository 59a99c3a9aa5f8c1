import CovenantFormat

extension Tier {
    static let keys = ["name", "list_fee", "csm_ratio"] + SLAFields.keys

    /// Decodes one `tiers:` entry, reporting its errors and warnings.
    static func decode(
        _ entry: MappingEntry, currency: Currency, calendars: [CalendarName: CalendarDefinition],
        _ reader: inout SchemaReader
    ) -> Tier? {
        let id = entry.key
        if ScalarReader.identifier(id) == nil {
            reader.error("a tier name must be an identifier, found '\(id)'", at: entry.keyRange)
        }
        guard
            let fields = reader.mapping(
                entry.value, "tier '\(id)'", required: ["uptime", "clocks"],
                optional: keys.filter { $0 != "uptime" && $0 != "clocks" })
        else { return nil }
        let name = fields.value("name").flatMap { reader.read($0, .text) } ?? id
        var listFee: DecimalNumber?
        if let node = fields.value("list_fee"), let fee = reader.read(node, Money.amount) {
            if fee.isNegative { reader.error("a fee cannot be negative", at: node.range) }
            if Money(fee, currency: currency) == nil {
                reader.error(
                    "\(currency.code) allows \(currency.minorDigits) fraction digits, found '\(node.scalar ?? "")'",
                    at: node.range)
            }
            listFee = fee
        }
        let csmRatio = fields.value("csm_ratio").flatMap { reader.read($0, .count) }
        if let ratio = csmRatio, ratio == 0, let node = fields["csm_ratio"] {
            reader.error("a CSM ratio must be at least 1", at: node.range)
        }
        let (patch, places) = SLAFields.read(fields, calendars: calendars, currency: currency, into: &reader)
        guard let uptime = patch.uptime, let responseClock = patch.responseClock,
            let resolutionClock = patch.resolutionClock
        else {
            if patch.uptime != nil, let node = fields["clocks"],
                patch.responseClock == nil || patch.resolutionClock == nil
            {
                reader.error("a tier's clocks need both 'response' and 'resolution'", at: node.range)
            }
            return nil
        }
        let terms = SLATerms(
            uptime: uptime, credits: patch.credits ?? [], creditCap: patch.creditCap ?? DecimalNumber(100),
            minimumCredit: patch.minimumCredit, responseAchievement: patch.responseAchievement ?? DecimalNumber(100),
            resolutionAchievement: patch.resolutionAchievement ?? DecimalNumber(100), responseClock: responseClock,
            resolutionClock: resolutionClock, support: patch.support)
        SLAFields.check(terms, places: places, calendars: calendars, context: "tier '\(id)'", &reader)
        return Tier(id: TierName(id), name: name, listFee: listFee, csmRatio: csmRatio.map { Int($0) }, terms: terms)
    }
}
