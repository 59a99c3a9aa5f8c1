import CovenantFormat

extension CatalogVersion {
    /// Decodes `targets: {csat: 8.0, nps: 40, ces: 2.5}`: each optional, CSAT
    /// from 1 to 10, NPS from −100 to 100, CES from 1 to 5.
    static func decodeTargets(_ node: Node, _ reader: inout SchemaReader) -> SurveyTargets {
        guard let fields = reader.mapping(node, "survey targets", optional: ["csat", "nps", "ces"]) else {
            return .none
        }
        func score(_ key: String, _ allowed: String, _ low: Int64, _ high: Int64) -> DecimalNumber? {
            guard let node = fields.value(key) else { return nil }
            let type = ScalarType<DecimalNumber>.decimal.limited(to: allowed) {
                DecimalNumber(low) <= $0 && $0 <= DecimalNumber(high)
            }
            return reader.read(node, type)
        }
        return SurveyTargets(
            csat: score("csat", "a CSAT from 1 to 10", 1, 10), nps: score("nps", "an NPS from -100 to 100", -100, 100),
            ces: score("ces", "a CES from 1 to 5", 1, 5))
    }
}
