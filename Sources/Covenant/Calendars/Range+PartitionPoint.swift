extension Range where Bound == Int {
    /// The first index in the range for which `isBefore` is false, by binary
    /// search; `isBefore` must hold for a prefix of the range and nowhere after.
    func partitionPoint(where isBefore: (Int) -> Bool) -> Int {
        var lo = lowerBound, hi = upperBound
        while lo < hi {
            let mid = (lo + hi) >> 1
            if isBefore(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
