// swift-tools-version:6.0
//
// CaseLedger: a tamper-evident, event-sourced ledger for children's social care in England.
//
// Zero package dependencies by design: the Swift toolchain only (stdlib, Foundation, Dispatch, Glibc,
// Swift Testing). Dependencies point one way: CLI and Tools -> domain targets -> EventStore.
import PackageDescription

let package = Package(
    name: "CaseLedger",
    products: [
        .library(name: "EventStore", targets: ["EventStore"]),
        .executable(name: "caseledger", targets: ["caseledger"]),
        .executable(name: "caseledger-gen", targets: ["caseledger-gen"]),
        .executable(name: "caseledger-bench", targets: ["caseledger-bench"]),
    ],
    targets: [
        // Storage engine: segments, checksums, hash chain, Merkle tree, recovery. Knows nothing of cases.
        .target(name: "EventStore", path: "EventStore", exclude: ["FORMAT.md"]),
        // JSON, CSV, XML and HTML reading/writing written for this project (no Foundation coders in hot paths).
        .target(name: "TextFormats", path: "Sources/TextFormats"),
        // Argument parsing, error-to-exit-code mapping and help text shared by every executable.
        .target(name: "CommandLineSupport", path: "Sources/CommandLineSupport"),
        // Working-day calendar for England and Wales.
        .target(name: "LedgerCalendar", path: "Sources/LedgerCalendar", exclude: ["Data"]),
        // Typed, versioned event catalogue of the child's journey, codes and canonical encoding.
        .target(name: "CaseModel", dependencies: ["TextFormats", "LedgerCalendar"], path: "Sources/CaseModel"),
        // JSONL/CSV import: parsing, validation, all-or-nothing append.
        .target(
            name: "CaseImport", dependencies: ["CaseModel", "EventStore", "TextFormats"], path: "Sources/CaseImport"),
        // Timescale rulebooks as versioned data.
        .target(
            name: "Rulebooks", dependencies: ["CaseModel", "LedgerCalendar", "TextFormats", "EventStore"],
            path: "Sources/Rulebooks", exclude: ["Data"]),
        // Case state and timescale clocks computed from events.
        .target(
            name: "Projections", dependencies: ["CaseModel", "LedgerCalendar", "Rulebooks", "EventStore"],
            path: "Sources/Projections"),
        // Compliance and other reports with provenance (table, CSV, JSON, HTML).
        .target(
            name: "Reports", dependencies: ["Projections", "Rulebooks", "CaseModel", "TextFormats"],
            path: "Sources/Reports"),
        // Deterministic synthetic local authority (used by the demo and by caseledger-gen).
        .target(
            name: "SyntheticAuthority", dependencies: ["CaseModel", "LedgerCalendar"],
            path: "Sources/SyntheticAuthority"),
        .executableTarget(
            name: "caseledger",
            dependencies: [
                "EventStore", "CommandLineSupport", "CaseModel", "CaseImport", "LedgerCalendar", "Rulebooks",
                "Projections", "Reports", "SyntheticAuthority", "TextFormats",
            ],
            path: "Sources/caseledger"),
        .executableTarget(
            name: "caseledger-gen",
            dependencies: ["SyntheticAuthority", "CommandLineSupport", "CaseModel", "LedgerCalendar"],
            path: "Tools/caseledger-gen"),
        .executableTarget(
            name: "caseledger-bench",
            dependencies: [
                "EventStore", "CommandLineSupport", "CaseImport", "SyntheticAuthority", "Projections", "LedgerCalendar",
                "TextFormats",
                "Reports", "Rulebooks",
            ],
            path: "Tools/caseledger-bench", exclude: ["Baselines"]),

        .testTarget(name: "EventStoreTests", dependencies: ["EventStore"]),
        .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats"]),
        .testTarget(name: "CommandLineSupportTests", dependencies: ["CommandLineSupport"]),
        .testTarget(name: "LedgerCalendarTests", dependencies: ["LedgerCalendar"]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel", "TextFormats"]),
        .testTarget(name: "CaseImportTests", dependencies: ["CaseImport", "CaseModel", "EventStore"]),
        .testTarget(name: "RulebooksTests", dependencies: ["Rulebooks", "LedgerCalendar", "CaseModel"]),
        .testTarget(
            name: "ProjectionsTests",
            dependencies: ["Projections", "Rulebooks", "CaseModel", "EventStore", "TextFormats"]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Projections", "Rulebooks", "CaseModel", "LedgerCalendar"]),
        .testTarget(
            name: "SyntheticAuthorityTests",
            dependencies: ["SyntheticAuthority", "CaseModel", "Projections", "Rulebooks", "LedgerCalendar"]),
        // Runs the built `caseledger` binary and checks stdout, stderr and exit status.
        .testTarget(name: "CaseLedgerCLITests", dependencies: ["caseledger", "EventStore"]),
    ]
)
