import CovenantFormat

/// Why a calendar definition cannot be turned into a working calendar.
public enum CalendarError: Error, Sendable, Hashable {
    /// A weekly-hours key is not an ISO weekday (1 Monday ... 7 Sunday).
    case invalidWeekday(Int)
    /// An interval starts outside 00:00..<24:00 or ends outside 00:00...24:00.
    case invalidInterval(LocalInterval)
    /// An explicit day length is not positive.
    case invalidDayLength(Int64)
}
