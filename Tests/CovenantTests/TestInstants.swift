import CovenantFormat

/// Epoch seconds of a UTC date and time.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
    Int64(LocalDate(year: year, month: month, day: day)!.daysSinceEpoch) * 86_400
        + Int64(hour * 3600 + minute * 60 + second)
}

/// Epoch seconds of a local time given with its UTC offset in hours (PST is -8).
func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, offset: Int) -> Int64 {
    utc(year, month, day, hour, minute) - Int64(offset * 3600)
}
