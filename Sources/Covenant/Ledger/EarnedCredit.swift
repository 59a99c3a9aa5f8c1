import CovenantFormat

/// A month's service credit as the ledger keeps it (RULES.md §5): the band
/// and share, the amount issued, and how it is settled on the next invoice.
public struct EarnedCredit: Sendable, Hashable {
    /// The bound of the band that applied (`99.9`); `nil` when none did.
    public var bandBelow: DecimalNumber?
    /// The share of the charge after the cap, in percent.
    public var percent: DecimalNumber
    /// The credit issued on the month's statement.
    public var amount: Money
    /// The part applied to the next month's invoice.
    public var applied: Money
    /// The part forfeited.
    public var forfeited: Money
    /// The month whose invoice takes the credit; `nil` when nothing is applied.
    public var appliedTo: LocalMonth?
    /// Why a part is forfeited; `nil` when nothing is.
    public var forfeit: CreditForfeit?

    /// The ledger's view of a statement's credit.
    public init(_ credit: ServiceCredit) {
        bandBelow = credit.band?.below
        percent = credit.percent
        amount = credit.amount
        applied = credit.applied
        forfeited = credit.forfeited
        appliedTo = credit.appliedTo
        forfeit = credit.forfeitReason
    }
}
