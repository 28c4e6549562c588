// swift-tools-version:6.0
//
// CaseLedger: a tamper-evident, event-sourced ledger for children's social care in England.
//
// Zero package dependencies by design: the Swift toolchain only (stdlib, Foundation, Dispatch, Glibc,
// Swift Testing). Dependencies point one way: CLI and Tools -> domain targets -> EventStore -> Integrity
// (docs/architecture.md lists what each target may depend on).
import PackageDescription

let package = Package(
    name: "CaseLedger",
    products: [
        .library(name: "Integrity", targets: ["Integrity"]),
        .library(name: "EventStore", targets: ["EventStore"]),
        .library(name: "EventStoreTesting", targets: ["EventStoreTesting"]),
        .executable(name: "caseledger", targets: ["caseledger"]),
        .executable(name: "caseledger-gen", targets: ["caseledger-gen"]),
        .executable(name: "caseledger-bench", targets: ["caseledger-bench"]),
        .executable(name: "caseledger-sim", targets: ["caseledger-sim"]),
        .executable(name: "caseledger-campaign", targets: ["caseledger-campaign"]),
    ],
    targets: [
        // SHA-256, CRC-32C, the Merkle tree and its proofs: used by the engine, rulebook digests, checkpoints.
        .target(name: "Integrity", dependencies: ["CHashIntrinsics"], path: "EventStore/Integrity"),
        // Hardware SHA-256 and CRC-32C (x86 SHA-NI/SSE4.2, ARMv8 SHA2/CRC32): C intrinsics only, chosen at
        // run time by Integrity, whose Swift code stays the portable fallback.
        .target(name: "CHashIntrinsics", path: "Sources/CHashIntrinsics"),
        // Storage engine: segments, checksums, hash chain, recovery. Knows nothing of cases.
        .target(
            name: "EventStore", dependencies: ["Integrity"], path: "EventStore",
            exclude: ["FORMAT.md", "Integrity", "Testing"]),
        // Test doubles for the engine's FileSystem seam: the simulated disk (crashes, faults), sync counting
        // (also used by caseledger-bench to report syncs per event).
        .target(name: "EventStoreTesting", dependencies: ["EventStore", "SeededRandom"], path: "EventStore/Testing"),
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
            name: "CaseImport", dependencies: ["CaseModel", "EventStore", "Integrity", "TextFormats"], path: "Sources/CaseImport"),
        // Timescale rulebooks as versioned data.
        .target(
            name: "Rulebooks", dependencies: ["CaseModel", "LedgerCalendar", "TextFormats", "Integrity"],
            path: "Sources/Rulebooks", exclude: ["Data"]),
        // Case state and timescale clocks computed from events.
        .target(
            name: "Projections",
            dependencies: ["CaseModel", "LedgerCalendar", "Rulebooks", "EventStore", "Integrity"],
            path: "Sources/Projections"),
        // Compliance and other reports with provenance (table, CSV, JSON, HTML).
        .target(
            name: "Reports", dependencies: ["Projections", "Rulebooks", "CaseModel", "TextFormats", "Integrity"],
            path: "Sources/Reports"),
        // SplitMix64, the one seeded generator: the synthetic authority, the simulated disk and the tests draw from it.
        .target(name: "SeededRandom", path: "Sources/SeededRandom"),
        // Deterministic synthetic local authority (used by the demo and by caseledger-gen).
        .target(
            name: "SyntheticAuthority", dependencies: ["CaseModel", "LedgerCalendar", "SeededRandom"],
            path: "Sources/SyntheticAuthority"),
        // The demo's pipeline (generate, import, verify, fold, show), called by `caseledger demo`.
        .target(
            name: "Demo",
            dependencies: [
                "CaseImport", "CaseModel", "CommandLineSupport", "EventStore", "LedgerCalendar", "Projections",
                "Reports", "Rulebooks", "SyntheticAuthority", "TextFormats",
            ],
            path: "Sources/Demo"),
        .executableTarget(
            name: "caseledger",
            dependencies: [
                "EventStore", "CommandLineSupport", "CaseModel", "CaseImport", "LedgerCalendar", "Rulebooks",
                "Projections", "Reports", "SyntheticAuthority", "TextFormats", "Demo", "Integrity",
            ],
            path: "Sources/caseledger"),
        .executableTarget(
            name: "caseledger-gen",
            dependencies: ["SyntheticAuthority", "CommandLineSupport", "CaseModel", "LedgerCalendar"],
            path: "Tools/caseledger-gen"),
        .executableTarget(
            name: "caseledger-bench",
            dependencies: [
                "EventStore", "EventStoreTesting", "CommandLineSupport", "CaseImport", "SyntheticAuthority",
                "Projections", "LedgerCalendar", "TextFormats", "Reports", "Rulebooks", "SeededRandom", "Integrity",
            ],
            path: "Tools/caseledger-bench", exclude: ["Baselines"]),
        // Deterministic crash simulation of the engine (the campaign behind `caseledger-sim`, short form in tests).
        .target(name: "LedgerSimulation", dependencies: ["EventStore", "EventStoreTesting"], path: "Tools/LedgerSimulation"),
        .executableTarget(name: "caseledger-sim", dependencies: ["LedgerSimulation"], path: "Tools/caseledger-sim"),
        // Real-process campaigns against the built `caseledger` (SIGKILLed imports, import fuzzing); short forms in tests.
        .target(name: "ProcessCampaigns", dependencies: ["EventStore", "SeededRandom"], path: "Tools/ProcessCampaigns"),
        .executableTarget(
            name: "caseledger-campaign", dependencies: ["ProcessCampaigns", "CommandLineSupport"],
            path: "Tools/caseledger-campaign"),

        // Helpers shared by the test targets: test dates, the DOMAIN.md §5 worked-example table.
        .target(name: "TestSupport", dependencies: ["LedgerCalendar"], path: "Tests/TestSupport"),
        .testTarget(
            name: "EventStoreTests", dependencies: ["EventStore", "EventStoreTesting", "Integrity", "SeededRandom"]),
        .testTarget(name: "LedgerSimulationTests", dependencies: ["LedgerSimulation"]),
        .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats", "SeededRandom"]),
        .testTarget(name: "CommandLineSupportTests", dependencies: ["CommandLineSupport"]),
        .testTarget(
            name: "LedgerCalendarTests", dependencies: ["LedgerCalendar", "SeededRandom", "TestSupport"]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel", "TextFormats"]),
        .testTarget(
            name: "CaseImportTests", dependencies: ["CaseImport", "CaseModel", "EventStore", "EventStoreTesting"]),
        .testTarget(
            name: "RulebooksTests",
            dependencies: ["Rulebooks", "LedgerCalendar", "CaseModel", "SeededRandom", "TestSupport"]),
        .testTarget(
            name: "ProjectionsTests",
            dependencies: [
                "Projections", "Rulebooks", "CaseModel", "EventStore", "EventStoreTesting", "Integrity", "TextFormats",
                "TestSupport",
            ]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Projections", "Rulebooks", "CaseModel", "LedgerCalendar"]),
        .testTarget(
            name: "SyntheticAuthorityTests",
            dependencies: [
                "SyntheticAuthority", "SeededRandom", "CaseModel", "Projections", "Rulebooks", "LedgerCalendar", "Reports",
            ]),
        // Runs the built `caseledger` binary and checks stdout, stderr and exit status.
        .testTarget(
            name: "CaseLedgerCLITests",
            dependencies: ["caseledger", "EventStore", "Integrity", "Projections", "SeededRandom", "ProcessCampaigns"]),
        .testTarget(name: "DemoTests", dependencies: ["Demo", "CommandLineSupport", "SyntheticAuthority", "LedgerCalendar"]),
    ]
)
