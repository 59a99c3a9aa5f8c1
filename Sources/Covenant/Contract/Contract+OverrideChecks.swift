import CovenantFormat

extension Contract {
    /// Checks each layer of SLA overrides (the contract's, each amendment's,
    /// the renewal's) with the catalog's own checks (`SLAFields.check`): band
    /// order, duplicate bands, rising credits, credits over the cap, the gap
    /// between the target and the first band, severity order and business
    /// targets on 24x7 clocks. Each layer is checked on the terms in force
    /// where it starts, and reported at what it writes.
    func checkOverrides(catalog: Catalog, _ reader: inout SchemaReader) {
        var layers: [(day: LocalDate, places: SLAFields.Places, context: String)] = [
            (term.start, places.overrideTerms, "contract \(id)")
        ]
        for amendment in amendments.sorted(by: { $0.effective < $1.effective }) {
            layers.append((amendment.effective, amendment.termPlaces, "contract \(id) from \(amendment.effective)"))
        }
        if let renewal {
            layers.append((renewal.term.start, renewal.termPlaces, "the renewal of contract \(id)"))
        }
        for layer in layers where layer.places != SLAFields.Places() {
            guard let terms = try? terms(on: layer.day, catalog: catalog) else { continue }
            SLAFields.check(
                terms.sla, places: layer.places, calendars: terms.calendars, context: layer.context, &reader)
        }
    }
}
