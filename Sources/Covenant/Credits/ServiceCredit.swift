import CovenantFormat

/// A month's service credit (RULES.md §5): the band chosen from the exact
/// uptime, the cap, the minimum, and how much the next invoice absorbs.
public struct ServiceCredit: Sendable, Hashable {
    /// A band of the schedule tested against the uptime.
    public struct BandTest: Sendable, Hashable {
        /// The band.
        public var band: CreditBand
        /// Whether the uptime is strictly below its bound.
        public var uptimeIsBelow: Bool
    }

    /// The band that applied, if any: of the bands the uptime is below, the
    /// one with the lowest bound.
    public var band: CreditBand?
    /// Every band of the schedule in order, with whether the uptime is below it.
    public var bandTests: [BandTest]
    /// The share after the cap, in percent (0 when no band).
    public var percent: DecimalNumber
    /// Whether the cap cut the band's credit.
    public var capped: Bool
    /// The amount before the minimum rule: `percent × charge`, rounded.
    public var computed: Money
    /// The credit issued: `computed`, or zero below the minimum.
    public var amount: Money
    /// Whether `minimum_credit` zeroed a computed credit.
    public var belowMinimum: Bool
    /// The month whose invoice takes the credit; `nil` when zero or forfeited.
    public var appliedTo: LocalMonth?
    /// The part applied to the next invoice.
    public var applied: Money
    /// The part forfeited (credits never roll over and are never paid out).
    public var forfeited: Money
    /// Why a part is forfeited; `nil` when nothing is.
    public var forfeitReason: CreditForfeit?
    /// The band's actions.
    public var actions: [String]

    /// Computes the credit of a month.
    /// - Parameters:
    ///   - uptime: the exact uptime.
    ///   - terms: the month's SLA terms.
    ///   - charge: the month's charge, as shown (already rounded).
    ///   - nextCharge: the charge of the next month, `nil` when not in service then.
    ///   - nextMonth: the next month.
    ///   - rounding: the catalog's rounding rule.
    public init(
        uptime: Uptime, terms: SLATerms, charge: Money, nextCharge: Money?, nextMonth: LocalMonth,
        rounding: RoundingRule
    ) {
        band = terms.band(for: uptime)
        bandTests = terms.credits.map { BandTest(band: $0, uptimeIsBelow: uptime.isBelow($0.below)) }
        let bandCredit = band?.credit ?? .zero
        capped = terms.creditCap < bandCredit
        percent = capped ? terms.creditCap : bandCredit
        let computed = charge.percent(percent, rounding: rounding)
        self.computed = computed
        belowMinimum = computed.minorUnits > 0 && terms.minimumCredit.map { computed < $0 } ?? false
        amount = belowMinimum ? .zero(charge.currency) : computed
        actions = band?.actions ?? []
        if let nextCharge, amount.minorUnits > 0 {
            applied = min(amount, nextCharge)
            forfeited = amount - applied
            appliedTo = applied.minorUnits > 0 ? nextMonth : nil
            forfeitReason = forfeited.minorUnits > 0 ? .exceedsNextCharge(nextMonth) : nil
        } else {
            applied = .zero(charge.currency)
            forfeited = amount
            appliedTo = nil
            forfeitReason = amount.minorUnits > 0 ? .notInService(nextMonth) : nil
        }
    }
}
