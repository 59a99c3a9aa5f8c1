import CovenantFormat

extension Contract {
    static let keys = [
        "contract", "customer", "tier", "region", "timezone", "currency", "signed", "term", "monthly_fee", "fees",
        "overrides", "premium", "amendments", "renewal", "ended", "contacts", "calendars", "maintenance_timezone",
    ]
    static let required = ["contract", "customer", "tier", "signed", "term"]

    /// Decodes one contract file and checks it against the catalog; returns
    /// the contract (when it has no errors) and every error and warning.
    /// `holidayFiles` are the iCalendar files its calendars name
    /// (``holidayFileNames(in:)``), as the command line read them.
    public static func decode(
        _ document: Document, catalog: Catalog, holidayFiles: [String: HolidayFileReading] = [:]
    ) -> (Contract?, [Diagnostic]) {
        var reader = SchemaReader(file: document.file)
        let contract = decode(document, catalog: catalog, holidayFiles: holidayFiles, &reader)
        if let contract { contract.check(catalog: catalog, &reader) }
        return (reader.hasErrors ? nil : contract, reader.diagnostics)
    }

    private static func decode(
        _ document: Document, catalog: Catalog, holidayFiles: [String: HolidayFileReading],
        _ reader: inout SchemaReader
    ) -> Contract? {
        guard
            let top = reader.mapping(
                document.root, "a contract", required: required, optional: keys.filter { !required.contains($0) })
        else { return nil }
        var places = Places(top)
        let id = top.value("contract").flatMap { reader.read($0, .identifier) }
        let customer = top.value("customer").flatMap { reader.read($0, .text) }
        let tierName = top.value("tier").flatMap { reader.read($0, .identifier) }
        let region = top.value("region").flatMap { reader.read($0, .identifier) }.map { RegionName($0) }
        let signed = top.value("signed").flatMap { reader.read($0, .date) }
        let term = top["term"].flatMap { node in
            reader.mapping(node, "the term", required: ["start"], optional: ["months", "end"])
                .flatMap { _ in readTerm(node, what: "the term", &reader) }
        }

        // The governing catalog version for the first month decides the
        // calendars overrides may name and the default zone and currency.
        var governing: CatalogVersion?
        if let term, let signed {
            let locked = term.lasts(atLeast: 24)
            governing = catalog.version(on: locked ? signed : term.start)
        }
        let zone = top.value("timezone").flatMap { reader.zone($0) } ?? governing?.zone ?? .utc
        var currency = governing?.currency ?? .usd
        if let node = top.value("currency"), let code = reader.read(node, .text) {
            if let known = Currency(code: code) {
                currency = known
            } else {
                reader.error("unknown currency '\(code)'", at: node.range)
            }
        }
        var ownCalendars: [CalendarName: CalendarDefinition] = [:]
        if let node = top["calendars"] {
            ownCalendars = readCalendars(
                node, zone: zone, catalogCalendars: governing?.calendars ?? [:], version: governing?.version,
                holidayFiles: holidayFiles, places: &places, &reader)
        }
        let maintenanceZone = top.value("maintenance_timezone").flatMap { reader.zone($0) }
        let calendars = (governing?.calendars ?? [:]).merging(ownCalendars) { _, own in own }
        let monthlyFee = top.value("monthly_fee").flatMap { fee($0, currency, &reader) }
        var fees: [FeeChange] = []
        if let node = top["fees"], let items = reader.sequence(node, "fee changes") {
            for item in items {
                guard let fields = reader.mapping(item, "a fee change", required: ["from", "monthly_fee"]) else {
                    continue
                }
                let from = fields.value("from").flatMap { reader.read($0, .month) }
                let amount = fields.value("monthly_fee").flatMap { fee($0, currency, &reader) }
                if let from, let amount {
                    fees.append(FeeChange(from: from, monthlyFee: amount))
                    places.feeChanges[from] = fields.value("from")!.range
                }
            }
        }
        var overrides = SLAOverrides()
        if let node = top["overrides"], let fields = reader.mapping(node, "overrides", optional: SLAFields.keys) {
            (overrides, places.overrideTerms) =
                SLAFields.read(fields, calendars: calendars, currency: currency, into: &reader)
        }
        let premium = top["premium"].map { readPremium($0, currency, &reader) } ?? []
        var amendments: [Amendment] = []
        if let node = top["amendments"], let items = reader.sequence(node, "amendments") {
            for item in items {
                guard
                    let fields = reader.mapping(
                        item, "an amendment", required: ["effective"],
                        optional: ["monthly_fee", "overrides", "premium"])
                else { continue }
                guard let effective = fields.value("effective").flatMap({ reader.read($0, .date) }) else { continue }
                var amendment = Amendment(
                    effective: effective,
                    monthlyFee: fields.value("monthly_fee").flatMap { fee($0, currency, &reader) },
                    overrides: SLAOverrides(), premium: fields["premium"].map { readPremium($0, currency, &reader) },
                    overridesRange: nil, range: fields.value("effective")!.range)
                if let node = fields["overrides"],
                    let over = reader.mapping(node, "overrides", optional: SLAFields.keys)
                {
                    (amendment.overrides, amendment.termPlaces) =
                        SLAFields.read(over, calendars: calendars, currency: currency, into: &reader)
                    amendment.overridesRange = fields.entry("overrides")!.keyRange
                }
                amendments.append(amendment)
            }
        }
        var renewal: Renewal?
        if let node = top["renewal"],
            let fields = reader.mapping(
                node, "a renewal", required: ["start"], optional: ["months", "end", "overrides", "monthly_fee"]),
            let renewalTerm = readTerm(node, what: "the renewal", &reader)
        {
            var overridesOfRenewal = SLAOverrides()
            var renewalPlaces = SLAFields.Places()
            if let node = fields["overrides"], let over = reader.mapping(node, "overrides", optional: SLAFields.keys) {
                let renewalCatalog = catalog.version(on: renewalTerm.start)?.calendars ?? calendars
                let renewalCalendars = renewalCatalog.merging(ownCalendars) { _, own in own }
                (overridesOfRenewal, renewalPlaces) =
                    SLAFields.read(over, calendars: renewalCalendars, currency: currency, into: &reader)
            }
            renewal = Renewal(
                term: renewalTerm, overrides: overridesOfRenewal,
                monthlyFee: fields.value("monthly_fee").flatMap { fee($0, currency, &reader) }, range: node.range,
                termPlaces: renewalPlaces)
        }
        let ended = top.value("ended").flatMap { reader.read($0, .date) }
        var contacts: [Contact] = []
        if let node = top["contacts"],
            let fields = reader.mapping(node, "contacts", optional: (node.entries ?? []).map(\.key))
        {
            for entry in fields.entries {
                if let text = reader.read(entry.value, .text) {
                    contacts.append(Contact(role: entry.key, address: text))
                }
            }
        }
        guard let id, let customer, let tierName, let signed, let term else { return nil }
        return Contract(
            id: ContractID(id), customer: customer, tier: TierName(tierName), region: region, zone: zone,
            currency: currency, signed: signed, term: term, monthlyFee: monthlyFee, fees: fees, overrides: overrides,
            premium: premium, amendments: amendments, renewal: renewal, ended: ended, contacts: contacts,
            calendars: ownCalendars, maintenanceZone: maintenanceZone, file: reader.file, places: places)
    }

    /// `{start, months}` or `{start, end}` (not both).
    private static func readTerm(_ node: Node, what: String, _ reader: inout SchemaReader) -> ContractTerm? {
        guard let fields = node.entries.map({ Fields(node: node, entries: $0) }) else { return nil }
        guard let start = fields["start"].flatMap({ reader.read($0, .date) }) else { return nil }
        let monthsNode = fields.value("months"), endNode = fields.value("end")
        switch (monthsNode, endNode) {
        case (let months?, _?):
            reader.error("\(what) has both 'end' and 'months'; give one", at: months.range)
            return nil
        case (let months?, nil):
            guard let count = reader.read(months, .count) else { return nil }
            guard count >= 1, count <= 1200 else {
                reader.error("a term must last from 1 to 1200 months", at: months.range)
                return nil
            }
            return ContractTerm(start: start, end: ContractTerm.end(start: start, months: Int(count)))
        case (nil, let endNode?):
            guard let end = reader.read(endNode, .date) else { return nil }
            guard end >= start else {
                reader.error("\(what) ends on \(end), before it starts on \(start)", at: endNode.range)
                return nil
            }
            return ContractTerm(start: start, end: end)
        case (nil, nil):
            reader.error("\(what) needs 'months' or 'end'", at: .at(node.range.start))
            return nil
        }
    }

    /// A non-negative fee, at most the largest amount, with no more fraction
    /// digits than the currency allows.
    static func fee(_ node: Node, _ currency: Currency, _ reader: inout SchemaReader) -> Money? {
        guard let value = reader.read(node, Money.amount) else { return nil }
        if value.isNegative {
            reader.error("a fee cannot be negative, found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        guard let money = Money(value, currency: currency) else {
            reader.error(
                "\(currency.code) allows \(currency.minorDigits) fraction digits, found '\(node.scalar ?? "")'",
                at: node.range)
            return nil
        }
        return money
    }

    private static func readPremium(_ node: Node, _ currency: Currency, _ reader: inout SchemaReader) -> [PremiumItem] {
        guard let items = reader.sequence(node, "premium items") else { return [] }
        var result: [PremiumItem] = []
        for item in items {
            guard
                let fields = reader.mapping(
                    item, "a premium item", required: ["item"], optional: ["annual_fee", "monthly_fee"]),
                let text = fields.value("item").flatMap({ reader.read($0, .text) })
            else { continue }
            let annual = fields.value("annual_fee").flatMap { fee($0, currency, &reader) }
            let monthly = fields.value("monthly_fee").flatMap { fee($0, currency, &reader) }
            if (fields.value("annual_fee") == nil) == (fields.value("monthly_fee") == nil) {
                reader.error("a premium item needs one of 'annual_fee' or 'monthly_fee'", at: item.range)
            }
            result.append(PremiumItem(item: text, annualFee: annual, monthlyFee: monthly))
        }
        return result
    }
}
