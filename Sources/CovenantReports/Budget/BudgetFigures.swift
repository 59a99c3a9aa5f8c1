import Covenant
import CovenantFormat

/// How a budget plan's figures are written, the same in every format.
enum BudgetFigures {
    /// FTE to two decimals rounded half-up (`0.50`, `0.05`); exactly zero is `0`,
    /// as in STAFFING.md's JSON, so "none" and "a little" look different.
    static func fte(_ value: StaffingFraction) -> String {
        value.isZero ? "0" : value.decimal(places: 2, rounding: .halfUp).description
    }

    /// An exact quantity without trailing zeros (`15`, `8.25`); a value with
    /// no finite decimal form is written to six decimals, rounded half-up.
    static func exact(_ value: StaffingFraction) -> String {
        (value.exactDecimal ?? value.decimal(places: 6, rounding: .halfUp)).normalized.description
    }

    /// A share in percent, already cut to two decimals; `nil` (no revenue) is `nil`.
    static func share(_ value: DecimalNumber?) -> String? { value?.description }

    /// The text for people of a share: `0.79`, or `n/a` without revenue.
    static func shownShare(_ value: DecimalNumber?) -> String { share(value) ?? "n/a" }

    /// A tier name for people: `Professional`.
    static func tierTitle(_ tier: TierName) -> String {
        tier.rawValue.prefix(1).uppercased() + tier.rawValue.dropFirst()
    }

    /// Text from a file with control characters replaced by spaces, for
    /// plain-text formats that must stay one line per row.
    static func oneLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
