import Covenant
import CovenantFormat

extension AppendixWriter {
    /// Custom terms beside the standard ones, and the premium items.
    func customTermsClause() -> AppendixClause {
        let terms = initial.terms
        let version = terms.catalogVersion.version
        let standard = terms.tier.terms
        var custom = differences(
            standard, terms.sla, calendarsA: terms.catalogVersion.calendars, calendarsB: terms.calendars)
        let fee = appendix.fees[0].fee
        // The list fee is a price in the catalog's currency: shown in it, never relabelled.
        if let list = terms.tier.listFee, let listFee = Money(list, currency: terms.catalogVersion.currency),
            listFee != fee
        {
            custom.insert(
                Difference(term: "Monthly fee", before: Formatting.money(listFee), after: Formatting.money(fee)), at: 0)
        }
        var blocks: [AppendixBlock] = []
        if custom.isEmpty {
            blocks.append(
                .text(
                    "This contract has no custom terms: the standard \(tierName) terms of catalog version \(version) "
                        + "apply."))
        } else {
            blocks.append(
                .text(
                    "These terms of this contract differ from the standard \(tierName) terms of catalog version "
                        + "\(version); every other term is standard:"))
            blocks.append(.table(Self.table(custom, before: "Standard (\(tierName))", after: "This contract")))
        }
        let items = appendix.premium
        if let total = appendix.premiumTotal {
            blocks.append(.text("The Customer pays for these premium items, in addition to the monthly fee:"))
            blocks.append(
                .table(
                    AppendixTable(
                        header: ["Premium item", "Fee", "A year"],
                        rows: items.map { item in
                            let fee =
                                item.annualFee.map { "\(Formatting.money($0)) a year" } ?? item.monthlyFee.map {
                                    "\(Formatting.money($0)) a month"
                                } ?? "–"
                            return [item.item, fee, item.yearly.map(Formatting.money) ?? "–"]
                        },
                        footer: ["Total", "", Formatting.money(total)],
                        numericColumns: [1, 2])))
        } else if !custom.isEmpty {
            blocks.append(.text("No premium items are priced for these custom terms."))
        }
        return AppendixClause("Custom terms and premium items", blocks)
    }

    /// The lock of a locked contract, or how catalog updates reach one that is not.
    func lockClause() -> AppendixClause {
        let terms = initial.terms
        let version = terms.catalogVersion
        guard terms.locked else {
            var text =
                "This contract is not locked: its initial term is shorter than 24 months. In each year of "
                + "the term, from each anniversary of \(Wording.date(contract.term.start)), the standard terms are "
                + "those of the catalog version in force on that anniversary, with this contract's custom terms "
                + "on top; within a year they do not change."
            if appendix.periods.dropFirst().contains(where: { !$0.isRenewal }) {
                text += " The changes this makes are set out in the clauses that follow."
            }
            return AppendixClause("Catalog updates", [.text(text)])
        }
        var blocks: [AppendixBlock] = [
            .paragraph([
                .text("This contract's initial term lasts 24 months or more, so its service levels are "),
                .strong("locked"),
                .text(
                    ": from \(span(contract.term.start, contract.term.end)), they are those of catalog version "
                        + "\(version.version), the version in force when the contract was signed on "
                        + "\(Wording.date(contract.signed)), together with this contract's custom terms. A later "
                        + "catalog version changes nothing for this contract during the initial term, whether it "
                        + "loosens or tightens the terms."),
            ])
        ]
        if !appendix.versionsHeldOff.isEmpty {
            let held = appendix.versionsHeldOff.map { "\($0.version) (effective \(Wording.date($0.effective)))" }
            blocks.append(
                .text(
                    "Accordingly, catalog version\(held.count == 1 ? "" : "s") \(Wording.list(held)) "
                        + "\(held.count == 1 ? "does" : "do") not apply to this contract during the initial term."))
        }
        blocks.append(
            .text(
                "An amendment during the initial term may change the fees but not the service levels."))
        return AppendixClause("Term lock", blocks)
    }

    /// The clause for a later period: a renewal term or a change during a term.
    func changeClause(at index: Int) -> AppendixClause {
        let period = appendix.periods[index]
        let previous = appendix.periods[index - 1]
        let version = period.terms.catalogVersion
        var blocks: [AppendixBlock] = []
        let changes = differences(previous, period)
        if period.isRenewal && !previous.isRenewal, let renewal = contract.renewal {
            var text = "The renewal term runs from \(describe(renewal.term))"
            if period.last < renewal.term.end { text += "; service ends on \(Wording.date(period.last))" }
            text +=
                ". From its start the service levels are those of catalog version \(version.version), the "
                + "version in force on \(Wording.date(renewal.term.start)), with this contract's custom terms and "
                + "the renewal's own terms on top."
            if period.terms.locked {
                text +=
                    " The renewal lasts 24 months or more, so these terms are locked for the whole renewal "
                    + "term: a later catalog version changes nothing for it, and an amendment during it may change "
                    + "the fees but not the service levels."
            }
            blocks.append(.text(text))
            let before = index == 1 ? "the initial term" : "the terms in force just before the renewal"
            blocks.append(
                changes.isEmpty
                    ? .text("They are the same as \(index == 1 ? "in the initial term" : "just before the renewal").")
                    : .text("They differ from \(before) as follows; every other term stays as stated above:"))
            if !changes.isEmpty {
                let heading = index == 1 ? "Initial term" : "Until \(Wording.date(previous.last))"
                blocks.append(.table(Self.table(changes, before: heading, after: "Renewal term")))
            }
        } else {
            let from = Wording.date(period.first)
            blocks.append(
                .text(
                    "From \(from)\(period.isRenewal ? ", in the renewal term," : "") the service levels change as "
                        + "follows (catalog version \(version.version), with this contract's custom terms and "
                        + "amendments); every other term stays as stated above:"))
            blocks.append(
                .table(Self.table(changes, before: "Until \(Wording.date(previous.last))", after: "From \(from)")))
        }
        if period.terms.sla.uptime != previous.terms.sla.uptime {
            blocks += Self.allowedDowntimeBlocks(period, lead: "From \(Wording.date(period.first)), at")
        }
        let title =
            period.isRenewal && !previous.isRenewal
            ? "Renewal term" : "Changes from \(Wording.date(period.first))"
        return AppendixClause(title, blocks)
    }
}
