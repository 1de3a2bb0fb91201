// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "WorkshopKit",
    products: [
        // Library
        .library(name: "WorkshopKit", targets: ["WorkshopKit"]),
        // Command-line tool
        .executable(name: "workshop", targets: ["workshop"]),
        // Fuzzers: swift build -c release --product fuzz-json --sanitize=fuzzer (see Scripts/fuzz).
        .executable(name: "fuzz-json", targets: ["fuzz-json"]),
        .executable(name: "fuzz-csv", targets: ["fuzz-csv"]),
        .executable(name: "fuzz-workspace", targets: ["fuzz-workspace"]),
        .executable(name: "fuzz-ballot-notation", targets: ["fuzz-ballot-notation"]),
        .executable(name: "fuzz-pb", targets: ["fuzz-pb"]),
        .executable(name: "fuzz-preflib", targets: ["fuzz-preflib"]),
        .executable(name: "fuzz-idea-sheet", targets: ["fuzz-idea-sheet"]),
        .executable(name: "fuzz-idea-list", targets: ["fuzz-idea-list"]),
        .executable(name: "fuzz-scoring-sheet", targets: ["fuzz-scoring-sheet"]),
        .executable(name: "fuzz-form-export", targets: ["fuzz-form-export"]),
        .executable(name: "fuzz-ratings-log", targets: ["fuzz-ratings-log"]),
        .executable(name: "fuzz-ballots-log", targets: ["fuzz-ballots-log"]),
        .executable(name: "fuzz-ballot-csv", targets: ["fuzz-ballot-csv"]),
        .executable(name: "fuzz-brief-template", targets: ["fuzz-brief-template"]),
        .executable(name: "fuzz-platforms", targets: ["fuzz-platforms"]),
    ],
    dependencies: [],
    targets: [
        // Library: the model, the methods, storage, import and export. Knows nothing of the command line.
        .target(name: "WorkshopKit", dependencies: ["CSHA256"]),
        // SHA-256 in C: the CPU's SHA instructions where present, portable otherwise (chosen at run time).
        .target(name: "CSHA256"),

        // Command-line tool: a thin front end over WorkshopKit, driven by tests through `WorkshopCLI`.
        .target(name: "WorkshopCLI", dependencies: ["WorkshopKit"]),
        .executableTarget(name: "workshop", dependencies: ["WorkshopCLI"]),

        // Benchmarks: run on purpose with `swift run -c release workshop-bench`.
        .executableTarget(name: "workshop-bench", dependencies: ["WorkshopKit"]),

        // Fuzzers: one small C executable per parser over the Swift entry points in WorkshopFuzzing.
        .target(name: "WorkshopFuzzing", dependencies: ["WorkshopKit"]),
        .target(name: "CFuzzMain"),
        .executableTarget(name: "fuzz-json", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-json"),
        .executableTarget(name: "fuzz-csv", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-csv"),
        .executableTarget(name: "fuzz-workspace", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-workspace"),
        .executableTarget(name: "fuzz-ballot-notation", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-ballot-notation"),
        .executableTarget(name: "fuzz-pb", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-pb"),
        .executableTarget(name: "fuzz-preflib", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-preflib"),
        .executableTarget(name: "fuzz-idea-sheet", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-idea-sheet"),
        .executableTarget(name: "fuzz-idea-list", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-idea-list"),
        .executableTarget(name: "fuzz-scoring-sheet", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-scoring-sheet"),
        .executableTarget(name: "fuzz-form-export", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-form-export"),
        .executableTarget(name: "fuzz-ratings-log", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-ratings-log"),
        .executableTarget(name: "fuzz-ballots-log", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-ballots-log"),
        .executableTarget(name: "fuzz-ballot-csv", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-ballot-csv"),
        .executableTarget(name: "fuzz-brief-template", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-brief-template"),
        .executableTarget(name: "fuzz-platforms", dependencies: ["WorkshopFuzzing", "CFuzzMain"], path: "Sources/Fuzz/fuzz-platforms"),

        // Tests, and what both test targets share (a seeded generator, the package's root, sheet filling).
        .target(name: "TestSupport", dependencies: ["WorkshopKit"], path: "Tests/TestSupport"),
        .testTarget(
            name: "WorkshopKitTests",
            dependencies: ["WorkshopKit", "WorkshopFuzzing", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "WorkshopCLITests",
            dependencies: ["WorkshopCLI", "WorkshopKit", "TestSupport"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
