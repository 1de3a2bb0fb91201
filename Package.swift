// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "WorkshopKit",
    products: [
        // Library
        .library(name: "WorkshopKit", targets: ["WorkshopKit"]),
        // Command-line tool
        .executable(name: "workshop", targets: ["workshop"]),
    ],
    dependencies: [],
    targets: [
        // Library: the model, the methods, storage, import and export. Knows nothing of the command line.
        .target(name: "WorkshopKit", dependencies: ["CSHA256"]),
        // SHA-256 with the CPU's SHA extensions where it has them, so hashing an input file costs
        // about what `sha256sum` does; WorkshopKit falls back to Swift elsewhere.
        .target(name: "CSHA256"),

        // Command-line tool: a thin front end over WorkshopKit, driven by tests through `WorkshopCLI`.
        .target(name: "WorkshopCLI", dependencies: ["WorkshopKit"]),
        .executableTarget(name: "workshop", dependencies: ["WorkshopCLI"]),

        // Benchmarks: run on purpose with `swift run -c release workshop-bench`.
        .executableTarget(name: "workshop-bench", dependencies: ["WorkshopKit"]),

        // Tests
        .testTarget(
            name: "WorkshopKitTests",
            dependencies: ["WorkshopKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "WorkshopCLITests",
            dependencies: ["WorkshopCLI", "WorkshopKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
