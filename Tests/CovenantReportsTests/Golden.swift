import CovenantTestSupport

/// The rendered outputs this target checks byte for byte.
let goldenFiles = GoldenFile("Tests/CovenantReportsTests/Golden")
