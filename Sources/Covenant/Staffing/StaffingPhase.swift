/// Who carries the support load in a month.
public enum StaffingPhase: String, Sendable, Hashable, CaseIterable {
    /// The founder, at no cost: nobody is staffed.
    case founder
    /// Contracted CSM capacity; no support engineer yet.
    case contractor
    /// Salaried people.
    case salaried
}
