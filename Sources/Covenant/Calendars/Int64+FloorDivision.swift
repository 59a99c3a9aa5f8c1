extension Int64 {
    /// The quotient rounded toward minus infinity (`-1 / 86_400` is `-1`).
    func floorDivided(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
