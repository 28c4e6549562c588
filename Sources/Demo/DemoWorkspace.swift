import Foundation
import LedgerCalendar

/// Where the demo keeps its files: one folder per parameter set and generator version, so runs with other
/// parameters, or a ledger left by an older generator, never mix events (their source ids would collide with
/// other content and the import would refuse everything) and a repeated run finds its ledger and imports
/// nothing new.
public struct DemoWorkspace: Sendable {
    /// The folder of this parameter set.
    public let directory: String

    /// The default root: `$TMPDIR/caseledger-demo`, else `/tmp/caseledger-demo`.
    public static var defaultRoot: String {
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return (temporary.hasSuffix("/") ? String(temporary.dropLast()) : temporary) + "/caseledger-demo"
    }

    /// The workspace of one parameter set under `root`.
    public init(root: String, generatorVersion: Int, seed: UInt64, childCount: Int, from: CivilDate, to: CivilDate) {
        directory = "\(root)/generator-\(generatorVersion)-seed-\(seed)-children-\(childCount)-\(from)-to-\(to)"
    }

    /// The ledger directory.
    public var ledger: String { directory + "/ledger" }
    /// The generated authority, one canonical event per line (the import input).
    public var authorityFile: String { directory + "/authority.jsonl" }
    /// The compliance report for people.
    public func complianceReport(_ year: FinancialYear) -> String {
        directory + "/compliance-\(year.label.replacingOccurrences(of: "/", with: "-")).html"
    }
}
