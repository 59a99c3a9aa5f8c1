import CovenantFormat

extension CalendarDefinition {
    /// The working time one business day stands for on this calendar, in
    /// seconds: `day_length` when given, else the working time of the first
    /// open day counting from Monday (86,400 for `24x7`). The same figure the
    /// checks use to compare business-day targets.
    public var businessDayLength: Int64 { SLAFields.dayLength(self) }
}
