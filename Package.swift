// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Covenant",
    products: [
        .executable(name: "covenant", targets: ["covenant"]),
        .library(name: "Covenant", targets: ["Covenant"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "CovenantFormat"),
        .target(name: "Covenant", dependencies: ["CovenantFormat"]),
        .target(name: "CovenantReports", dependencies: ["Covenant", "CovenantFormat"]),
        .target(name: "CovenantCLI", dependencies: ["Covenant", "CovenantFormat", "CovenantReports"]),
        .executableTarget(name: "covenant", dependencies: ["CovenantCLI"]),
        .executableTarget(
            name: "covenant-bench",
            dependencies: ["Covenant", "CovenantFormat", "CovenantReports", "CovenantCLI"]),
        .target(name: "CovenantTestSupport", dependencies: ["Covenant", "CovenantFormat"], path: "Tests/CovenantTestSupport"),
        .testTarget(
            name: "CovenantFormatTests", dependencies: ["CovenantFormat", "CovenantTestSupport"],
            exclude: ["yaml_compat.py"]),
        .testTarget(name: "CovenantTests", dependencies: ["Covenant", "CovenantFormat", "CovenantTestSupport"]),
        .testTarget(
            name: "CovenantReportsTests",
            dependencies: ["CovenantReports", "Covenant", "CovenantFormat", "CovenantTestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "CovenantCLITests",
            dependencies: ["CovenantCLI", "Covenant", "CovenantFormat", "CovenantReports", "CovenantTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
