import CovenantFormat

/// A contract's amendments and fee changes merged once, in date order, so
/// that the terms of any day are found by a binary search rather than by
/// merging every amendment again (a contract with thousands of amendments
/// costs the same per month asked as one with none).
struct TermsSchedule: Sendable, Hashable {
    /// A fee change: in force from `included` on; among those in force the
    /// greatest `(rank, order)` wins (RULES.md §1 and `docs/decisions.md`).
    struct Fee: Sendable, Hashable {
        var included: LocalDate
        var rank: LocalDate
        var order: Int
        var fee: Money
    }

    /// The amendments' effective dates, ascending (ties in file order).
    let dates: [LocalDate]
    /// `overrides[k]`: the contract's overrides with the first `k` amendments merged on top.
    let overrides: [SLAOverrides]
    /// `premium[k]`: the premium items after the first `k` amendments.
    let premium: [[Contract.PremiumItem]]
    /// The fee changes by `included`, ascending.
    let fees: [Fee]
    /// `best[i]`: the winning change among `fees[0...i]`.
    let best: [Fee]

    init(
        term: ContractTerm, monthlyFee: Money?, fees feeChanges: [Contract.FeeChange], overrides base: SLAOverrides,
        premium basePremium: [Contract.PremiumItem], amendments: [Contract.Amendment]
    ) {
        let ordered = amendments.indices.sorted { (amendments[$0].effective, $0) < (amendments[$1].effective, $1) }
            .map { amendments[$0] }
        dates = ordered.map(\.effective)
        var overrides = [base]
        var premium = [basePremium]
        overrides.reserveCapacity(ordered.count + 1)
        for amendment in ordered {
            overrides.append(overrides[overrides.count - 1].merged(with: amendment.overrides))
            premium.append(amendment.premium ?? premium[premium.count - 1])
        }
        self.overrides = overrides
        self.premium = premium

        // The order the changes are weighed in: the initial fee, amendments
        // by date, `fees` in file order; a later one wins a tie of dates.
        var changes: [Fee] = []
        func add(_ date: LocalDate, _ fee: Money) {
            changes.append(Fee(included: date, rank: max(date, term.start), order: changes.count, fee: fee))
        }
        if let monthlyFee { add(term.start, monthlyFee) }
        for amendment in ordered { if let fee = amendment.monthlyFee { add(amendment.effective, fee) } }
        for change in feeChanges { add(change.from.firstDay, change.monthlyFee) }
        let sorted = changes.sorted { ($0.included, $0.order) < ($1.included, $1.order) }
        var best: [Fee] = []
        best.reserveCapacity(sorted.count)
        for change in sorted {
            if let last = best.last, (last.rank, last.order) > (change.rank, change.order) {
                best.append(last)
            } else {
                best.append(change)
            }
        }
        self.fees = sorted
        self.best = best
    }

    /// How many amendments are in force on `date`.
    func amendmentCount(on date: LocalDate) -> Int {
        dates.indices.partitionPoint { dates[$0] <= date }
    }

    /// The winning fee change in force on `date`, before any renewal fee.
    func fee(on date: LocalDate) -> Fee? {
        let count = fees.indices.partitionPoint { fees[$0].included <= date }
        return count == 0 ? nil : best[count - 1]
    }
}
