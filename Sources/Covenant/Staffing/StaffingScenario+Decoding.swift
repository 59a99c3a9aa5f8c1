import CovenantFormat

extension StaffingScenario {
    /// Decodes a scenario from a parsed file, checking it against the tiers
    /// it will be planned with. Every problem is reported at its place in
    /// the file, in file order; the scenario is `nil` when there is an
    /// error. Warnings come with a scenario.
    public static func decode(
        _ document: Document, tiers: StaffingTierTerms
    ) -> (scenario: StaffingScenario?, diagnostics: [Diagnostic]) {
        var decoder = ScenarioDecoder(reader: SchemaReader(file: document.file), tiers: tiers)
        var scenario = decoder.scenario(document.root)
        if let checked = scenario, !decoder.reader.hasErrors, let problem = checked.magnitudeProblem(tiers: tiers) {
            let place = document.root.entries?.first { $0.key == "customers" }?.keyRange ?? document.root.range
            decoder.reader.error(problem, at: place)
            scenario = nil
        }
        let diagnostics = decoder.reader.diagnostics.enumerated()
            .sorted {
                ($0.element.location?.range.start ?? 0, $0.offset) < ($1.element.location?.range.start ?? 0, $1.offset)
            }
            .map(\.element)
        return (diagnostics.hasErrors ? nil : scenario, diagnostics)
    }
}

/// Reads a scenario's tree, collecting every error.
private struct ScenarioDecoder {
    var reader: SchemaReader
    let tiers: StaffingTierTerms

    var currency: Currency { tiers.currency }

    mutating func scenario(_ root: Node) -> StaffingScenario? {
        guard
            let top = reader.mapping(
                root, "a staffing scenario",
                required: ["plan", "start", "months", "customers", "workload", "roles", "staffing", "thresholds"],
                optional: ["catalog", "fees", "on_call", "tools"])
        else { return nil }
        let plan = top.value("plan").flatMap { reader.read($0, .text) }
        let start = top.value("start").flatMap { reader.read($0, .month) }
        let monthCount = top.value("months").flatMap {
            self.count($0, "months", minimum: 1, maximum: StaffingScenario.Limits.months)
        }
        let catalog = reader.read(top["catalog"], .identifier)
        let end = start.flatMap { start in monthCount.map { start.adding(months: Int($0) - 1) } }
        let points = top["customers"].flatMap { self.customerPoints($0, start: start, end: end) }
        let fees = top["fees"].map { self.tierMap($0, "fees") { $0.money($1, "a fee") } } ?? [:]
        let workload = top["workload"].flatMap { self.workload($0, points: points ?? []) }
        let roles = top["roles"].flatMap { self.roles($0) }
        let staffing = top["staffing"].flatMap { self.staffing($0) }
        let onCall = top["on_call"].map { self.onCall($0) } ?? []
        let tools = top["tools"].map { self.tools($0) } ?? []
        let thresholds = top["thresholds"].flatMap { self.thresholds($0) }
        guard let plan, let start, let monthCount, let points, let fees, let workload, let roles, let staffing,
            let onCall, let tools, let thresholds
        else { return nil }
        return StaffingScenario(
            plan: plan, start: start, months: Int(monthCount), catalogVersion: catalog, customerPoints: points,
            fees: fees, workload: workload, roles: roles, staffing: staffing, onCall: onCall, tools: tools,
            thresholds: thresholds)
    }

    // MARK: - Sections

    mutating func customerPoints(_ node: Node, start: LocalMonth?, end: LocalMonth?) -> [CustomerPoint]? {
        guard let fields = openMapping(node, "customers") else { return nil }
        guard !fields.entries.isEmpty else {
            reader.error("customers needs at least one month with counts by tier", at: node.range)
            return nil
        }
        var points: [CustomerPoint] = []
        var failed = false
        for entry in fields.entries {
            let month = ScalarReader.month(entry.key)
            if month == nil {
                reader.error("expected a month like '2026-01', found '\(entry.key)'", at: entry.keyRange)
            }
            let counts = tierMap(entry.value, "customers") {
                $0.count($1, "a customer count", maximum: StaffingScenario.Limits.customers)
            }
            guard let month, let counts else {
                failed = true
                continue
            }
            if let previous = points.last, month <= previous.month {
                reader.error(
                    "customer point \(month) is out of order: it comes after \(previous.month)", at: entry.keyRange)
                failed = true
            } else if let start, month < start {
                reader.error("customer point \(month) is before the plan's start \(start)", at: entry.keyRange)
                failed = true
            } else if let start, let end, month > end {
                reader.error("month \(month) is outside the plan (\(start) to \(end))", at: entry.keyRange)
                failed = true
            }
            points.append(CustomerPoint(month: month, counts: counts))
        }
        if !failed, let start, let first = points.first, first.month > start {
            reader.warning(
                "customers before \(first.month) are taken to be those of \(first.month), the first point",
                at: fields.entries[0].keyRange)
        }
        return failed ? nil : points
    }

    mutating func workload(_ node: Node, points: [CustomerPoint]) -> WorkloadAssumptions? {
        guard
            let fields = reader.mapping(
                node, "workload",
                required: ["tickets_per_customer", "auto_resolution", "minutes_per_ticket", "productive_hours"])
        else { return nil }
        var tickets: [TierName: DecimalNumber]?
        if let ticketsNode = fields["tickets_per_customer"] {
            tickets = tierMap(ticketsNode, "tickets_per_customer") { $0.quantity($1, "tickets per customer") }
            if let known = tickets {
                for tier in tiers.names where known[tier] == nil && points.contains(where: { $0.count(of: tier) > 0 }) {
                    reader.error(
                        "tickets_per_customer has no figure for tier '\(tier)', which has customers",
                        at: ticketsNode.range)
                }
            }
        }
        let auto = fields["auto_resolution"].flatMap { share($0) }
        let minutes = fields["minutes_per_ticket"].flatMap { quantity($0, "minutes_per_ticket") }
        var hours: DecimalNumber?
        if let hoursNode = fields["productive_hours"], let value = quantity(hoursNode, "productive_hours") {
            if value == .zero {
                reader.error("productive_hours must be more than zero, found '\(value)'", at: hoursNode.range)
            } else {
                hours = value
            }
        }
        guard let tickets, let auto, let minutes, let hours else { return nil }
        return WorkloadAssumptions(
            ticketsPerCustomer: tickets, autoResolution: auto, minutesPerTicket: minutes, productiveHours: hours)
    }

    mutating func roles(_ node: Node) -> PerRole<StaffingRole>? {
        guard let fields = reader.mapping(node, "roles", required: StaffingRoleName.allCases.map(\.rawValue)) else {
            return nil
        }
        let csm = fields["csm"].flatMap { role($0, .csm, basisKey: "ratio") }
        let engineer = fields["support_engineer"].flatMap { role($0, .supportEngineer, basisKey: "covers") }
        let vp = fields["vp_customer_success"].flatMap { role($0, .vpCustomerSuccess, basisKey: "from_customers") }
        guard let csm, let engineer, let vp else { return nil }
        return PerRole(csm: csm, supportEngineer: engineer, vpCustomerSuccess: vp)
    }

    mutating func role(_ node: Node, _ name: StaffingRoleName, basisKey: String) -> StaffingRole? {
        guard
            let fields = reader.mapping(
                node, "role \(name.rawValue)", required: ["salary", basisKey], optional: ["overhead"])
        else { return nil }
        let salary = fields["salary"].flatMap { money($0, "a salary") }
        let overhead = fields.value("overhead").map { share($0) } ?? .zero
        var basis: StaffingRole.Basis?
        if let basisNode = fields["ratio"], basisKey == "ratio" {
            if basisNode.scalar == "from-catalog" {
                basis = .ratio([:])
            } else if basisNode.entries != nil {
                basis = tierMap(basisNode, "ratio") {
                    $0.count($1, "customers per CSM", minimum: 1, maximum: StaffingScenario.Limits.customers)
                }
                .map { .ratio($0) }
            } else {
                reader.error(
                    "expected 'from-catalog' or customers per CSM by tier like '{starter: 12}', found "
                        + "\(SchemaReader.describe(basisNode))",
                    at: basisNode.range)
            }
        } else if let basisNode = fields["covers"], basisKey == "covers" {
            if basisNode.scalar == "workload" {
                basis = .workload
            } else {
                reader.error("expected 'workload', found \(SchemaReader.describe(basisNode))", at: basisNode.range)
            }
        } else if let basisNode = fields["from_customers"], basisKey == "from_customers" {
            basis = count(basisNode, "a customer count", maximum: StaffingScenario.Limits.customers).map {
                .fromCustomers($0)
            }
        }
        guard let salary, let overhead, let basis else { return nil }
        return StaffingRole(salary: salary, overhead: overhead, basis: basis)
    }

    mutating func staffing(_ node: Node) -> StaffingPolicy? {
        guard
            let fields = reader.mapping(
                node, "staffing", required: ["step"],
                optional: ["founder_until_customers", "contractor_until_customers", "contractor_cost", "never_fire"])
        else { return nil }
        var step: DecimalNumber?
        if let stepNode = fields["step"], let value = quantity(stepNode, "step") {
            if value == .zero {
                reader.error("step must be more than zero, found '\(value)'", at: stepNode.range)
            } else {
                step = value
            }
        }
        let limit = StaffingScenario.Limits.customers
        let founder = fields.value("founder_until_customers").map { count($0, "a customer count", maximum: limit) } ?? 0
        let contractor =
            fields.value("contractor_until_customers").map { count($0, "a customer count", maximum: limit) } ?? 0
        let rate = fields.value("contractor_cost").flatMap { contractorRate($0) }
        if let contractor, contractor > 0, fields.value("contractor_cost") == nil {
            reader.error(
                "missing required key 'contractor_cost' in staffing: contractor_until_customers needs a price",
                at: fields.entry("contractor_until_customers")!.keyRange)
        }
        let neverFire = fields.value("never_fire").map { reader.read($0, .boolean) } ?? false
        guard let step, let founder, let contractor, let neverFire,
            fields.value("contractor_cost") == nil || rate != nil,
            contractor == 0 || rate != nil
        else { return nil }
        return StaffingPolicy(
            step: step, founderUntilCustomers: founder, contractorUntilCustomers: contractor, contractorRate: rate,
            neverFire: neverFire)
    }

    /// `15000 per quarter per 0.5 FTE`, `4000 per month per FTE`.
    mutating func contractorRate(_ node: Node) -> ContractorRate? {
        let expected = "expected a contractor price like '15000 per quarter per 0.5 FTE'"
        guard let text = node.scalar else {
            reader.error("\(expected), found \(SchemaReader.describe(node))", at: node.range)
            return nil
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let periods = ["month": 1, "quarter": 3, "year": 12]
        guard words.count == 5 || words.count == 6, words[1] == "per", let period = periods[words[2]],
            words[3] == "per", words.last == "FTE", let amount = ScalarReader.decimal(words[0])
        else {
            reader.error("\(expected), found '\(text)'", at: node.range)
            return nil
        }
        var fte = DecimalNumber(1)
        if words.count == 6 {
            guard let value = ScalarReader.decimal(words[4]), value > .zero,
                value.scale <= StaffingScenario.Limits.decimalPlaces,
                value <= DecimalNumber(StaffingScenario.Limits.quantity)
            else {
                reader.error("\(expected), found '\(text)'", at: node.range)
                return nil
            }
            fte = value
        }
        guard let money = checkedMoney(amount, text: words[0], what: "a contractor price", at: node.range) else {
            return nil
        }
        return ContractorRate(amount: money, periodMonths: period, fte: fte)
    }

    mutating func onCall(_ node: Node) -> [OnCallRotation]? {
        guard let fields = openMapping(node, "on_call") else { return nil }
        var rotations: [OnCallRotation] = []
        var failed = false
        for entry in fields.entries {
            guard
                let item = reader.mapping(
                    entry.value, "on-call rotation \(entry.key)", required: ["weekly"], optional: ["from_customers"])
            else {
                failed = true
                continue
            }
            let weekly = item["weekly"].flatMap { money($0, "a weekly stipend") }
            let from =
                item.value("from_customers").map {
                    count($0, "a customer count", maximum: StaffingScenario.Limits.customers)
                } ?? 0
            guard let weekly, let from else {
                failed = true
                continue
            }
            rotations.append(OnCallRotation(name: entry.key, weekly: weekly, fromCustomers: from))
        }
        return failed ? nil : rotations
    }

    mutating func tools(_ node: Node) -> [SupportTool]? {
        guard let items = reader.sequence(node, "tools") else { return nil }
        var tools: [SupportTool] = []
        var failed = false
        for item in items {
            guard
                let fields = reader.mapping(
                    item, "a tool", required: ["name", "monthly"], optional: ["from_customers"])
            else {
                failed = true
                continue
            }
            let name = fields.value("name").flatMap { reader.read($0, .text) }
            let monthly = fields["monthly"].flatMap { money($0, "a monthly price") }
            let from =
                fields.value("from_customers").map {
                    count($0, "a customer count", maximum: StaffingScenario.Limits.customers)
                } ?? 0
            guard let name, let monthly, let from else {
                failed = true
                continue
            }
            tools.append(SupportTool(name: name, monthly: monthly, fromCustomers: from))
        }
        return failed ? nil : tools
    }

    mutating func thresholds(_ node: Node) -> BudgetThresholds? {
        guard let fields = reader.mapping(node, "thresholds", required: ["target", "red_flag"]) else { return nil }
        let target = fields["target"].flatMap { share($0) }
        let red = fields["red_flag"].flatMap { share($0) }
        guard let target, let red else { return nil }
        if red < target {
            reader.error("red_flag \(red)% is below target \(target)%", at: fields["red_flag"]!.range)
            return nil
        }
        return BudgetThresholds(target: target, redFlag: red)
    }

    // MARK: - Values

    /// A mapping whose keys are data (months, rotation names), not field names.
    mutating func openMapping(_ node: Node, _ what: String) -> Fields? {
        if let entries = node.entries { return Fields(node: node, entries: entries) }
        if node.isNull { return Fields(node: node, entries: []) }
        reader.error("expected \(what) (a mapping), found \(SchemaReader.describe(node))", at: node.range)
        return nil
    }

    /// A mapping from tier names to values; an unknown tier is an error with
    /// the closest tier suggested.
    mutating func tierMap<Value>(
        _ node: Node, _ what: String, _ read: (inout ScenarioDecoder, Node) -> Value?
    ) -> [TierName: Value]? {
        guard let entries = node.entries else {
            if node.isNull { return [:] }
            reader.error("expected \(what) by tier (a mapping), found \(SchemaReader.describe(node))", at: node.range)
            return nil
        }
        let names = tiers.names.map(\.rawValue)
        var values: [TierName: Value] = [:]
        var failed = false
        for entry in entries {
            guard names.contains(entry.key) else {
                var message = "unknown tier '\(entry.key)' in \(what) (tiers: \(names.joined(separator: ", ")))"
                if let suggestion = SchemaReader.closest(to: entry.key, among: names) {
                    message += "; did you mean '\(suggestion)'?"
                }
                reader.error(message, at: entry.keyRange)
                failed = true
                continue
            }
            if let value = read(&self, entry.value) {
                values[TierName(entry.key)] = value
            } else {
                failed = true
            }
        }
        return failed ? nil : values
    }

    /// A whole number in `minimum...maximum`; a negative one is reported as such.
    mutating func count(_ node: Node, _ what: String, minimum: Int64 = 0, maximum: Int64) -> Int64? {
        guard
            let value = reader.read(
                node, ScalarType(expected: "\(what) as a whole number like '12'", parse: ScalarReader.decimal))
        else { return nil }
        if value.isNegative {
            reader.error("\(what) cannot be negative, found '\(value)'", at: node.range)
            return nil
        }
        guard value.scale == 0 else {
            reader.error("expected \(what) as a whole number like '12', found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        guard value.significand >= minimum, value.significand <= maximum else {
            reader.error("\(what) must be from \(minimum) to \(maximum), found '\(value)'", at: node.range)
            return nil
        }
        return value.significand
    }

    /// A non-negative decimal with at most six fraction digits, up to a million.
    mutating func quantity(_ node: Node, _ what: String) -> DecimalNumber? {
        guard let value = reader.read(node, .decimal) else { return nil }
        typealias Limits = StaffingScenario.Limits
        if value.isNegative {
            reader.error("\(what) cannot be negative, found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        guard value.scale <= Limits.decimalPlaces, value <= DecimalNumber(Limits.quantity) else {
            reader.error(
                "\(what) must be at most \(Limits.quantity) with at most \(Limits.decimalPlaces) decimals, found "
                    + "'\(node.scalar ?? "")'",
                at: node.range)
            return nil
        }
        return value
    }

    /// A percentage from 0% to 100%.
    mutating func share(_ node: Node) -> DecimalNumber? {
        guard let value = reader.read(node, .percentage) else { return nil }
        guard !value.isNegative, value <= DecimalNumber(100) else {
            reader.error("expected a share from 0% to 100%, found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        guard value.scale <= StaffingScenario.Limits.decimalPlaces else {
            reader.error(
                "expected a share with at most \(StaffingScenario.Limits.decimalPlaces) decimals like '45.5%', found "
                    + "'\(node.scalar ?? "")'",
                at: node.range)
            return nil
        }
        return value
    }

    /// A non-negative amount in the plan's currency.
    mutating func money(_ node: Node, _ what: String) -> Money? {
        guard let value = reader.read(node, .decimal) else { return nil }
        return checkedMoney(value, text: node.scalar ?? "", what: what, at: node.range)
    }

    mutating func checkedMoney(_ value: DecimalNumber, text: String, what: String, at range: SourceRange) -> Money? {
        if value.isNegative {
            reader.error("\(what) cannot be negative, found '\(text)'", at: range)
            return nil
        }
        // The limit first: a huge amount is too large, whatever its fraction digits.
        let largest = DecimalNumber(significand: StaffingScenario.Limits.minorUnits, scale: currency.minorDigits)
        guard value <= largest else {
            let shown = Money(minorUnits: StaffingScenario.Limits.minorUnits, currency: currency).plain
            reader.error("\(what) above \(shown) is not supported, found '\(text)'", at: range)
            return nil
        }
        guard let money = Money(value, currency: currency) else {
            reader.error(
                "expected \(what) in \(currency.code) with at most \(currency.minorDigits) decimals, found '\(text)'",
                at: range)
            return nil
        }
        return money
    }
}
