import CaseImport
import EventStore
import Foundation

/// JSONL lines for the event types the tests use, in the catalogue's JSON shape.
enum Sample {
    /// One event line; `extra` is spliced into the top level (e.g. `"occurredAt":"…",`).
    static func line(
        _ type: String, id: String, child: String = "C-1", on date: String = "2014-05-12",
        recordedAt: String = "2014-05-20T09:00:00Z", extra: String = "", data: String
    ) -> String {
        #"{"eventId":"\#(id)","childId":"\#(child)","occurredOn":"\#(date)",\#(extra)"recordedAt":"\#(recordedAt)","#
            + #""actor":{"recordedBy":"sw-7","team":"team-north"},"type":"\#(type)","schemaVersion":1,"data":\#(data)}"#
    }

    static func referral(_ id: String, child: String = "C-1", on date: String = "2014-05-12", source: String = "2A")
        -> String
    {
        line(
            "ReferralReceived", id: id, child: child, on: date,
            data: #"{"source":"\#(source)","householdMemberIds":[]}"#)
    }

    static func strategy(_ id: String, child: String = "C-1", on date: String = "2014-05-13", initiates: Bool = true)
        -> String
    {
        line(
            "StrategyDiscussionHeld", id: id, child: child, on: date, extra: #""occurredAt":"\#(date)T10:00:00Z","#,
            data: #"{"form":"meeting","initiatesSection47":\#(initiates),"attendingAgencies":["police-1"]}"#)
    }

    static func section47(_ id: String, child: String = "C-1", on date: String = "2014-05-13", strategy: String)
        -> String
    {
        line(
            "Section47Started", id: id, child: child, on: date,
            data: #"{"strategyDiscussionEventId":"\#(strategy)","jointWithPolice":true}"#)
    }

    static func icpc(_ id: String, child: String = "C-1", on date: String = "2014-05-15") -> String {
        line(
            "IcpcHeld", id: id, child: child, on: date,
            data:
                #"{"preBirth":false,"planRequired":true,"category":"NEG","parentalFactors":{"domesticAbuse":true,"mentalIllHealth":false,"drugMisuse":false,"alcoholMisuse":false}}"#
        )
    }

    static func planStarted(_ id: String, child: String = "C-1", on date: String = "2014-05-15") -> String {
        line("CpPlanStarted", id: id, child: child, on: date, data: #"{"initialCategory":"NEG"}"#)
    }

    static func planEnded(_ id: String, child: String = "C-1", on date: String = "2014-05-19") -> String {
        line("CpPlanEnded", id: id, child: child, on: date, data: #"{"reason":"noLongerAtRisk"}"#)
    }

    static func correction(_ id: String, of target: String, child: String = "C-1") -> String {
        line(
            "EventCorrected", id: id, child: child, on: "2014-05-12",
            data:
                #"{"correctedEventId":"\#(target)","reason":"typo","replacement":{"type":"ReferralReceived","schemaVersion":1,"occurredOn":"2014-05-12","data":{"source":"2B","householdMemberIds":[]}}}"#
        )
    }

    /// A clean journey for one child: referral, strategy discussion, s47, ICPC, plan start and end.
    static func journey(child: String, prefix: String) -> [String] {
        [
            referral("\(prefix)-ref", child: child), strategy("\(prefix)-sd", child: child),
            section47("\(prefix)-s47", child: child, strategy: "\(prefix)-sd"), icpc("\(prefix)-icpc", child: child),
            planStarted("\(prefix)-cpp", child: child), planEnded("\(prefix)-cpe", child: child),
        ]
    }
}

/// A ledger in a fresh temporary directory, removed when released.
final class TemporaryLedger {
    let directory: String
    let store: EventStore

    init() throws {
        directory = NSTemporaryDirectory() + "caseimport-" + UUID().uuidString
        store = try EventStore.create(directory: directory)
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Record count and chain head: equal before and after a refused run means nothing was written.
    var fingerprint: (UInt64, [UInt8]) { (store.info.recordCount, store.info.chainHead) }

    /// A path in the ledger's parent for auxiliary files.
    func path(_ name: String) -> String { directory + "-" + name }

    /// Runs an import of JSONL lines.
    @discardableResult
    func importLines(_ lines: [String], name: String = "input.jsonl", options: ImportOptions = ImportOptions())
        throws(ImportError) -> ImportSummary
    {
        try Importer(store: store, options: options).run([
            .bytes(Array((lines.joined(separator: "\n") + "\n").utf8), name: name, format: .jsonl)
        ])
    }

    /// Runs an import of CSV text.
    @discardableResult
    func importCSV(_ text: String, name: String = "input.csv", options: ImportOptions = ImportOptions())
        throws(ImportError) -> ImportSummary
    {
        try Importer(store: store, options: options).run([.bytes(Array(text.utf8), name: name, format: .csv)])
    }

    /// The payloads of a stream, in order.
    func payloads(of stream: String) throws -> [[UInt8]] { try store.readStream(stream).map(\.payload) }
}

/// The error of a refused run, or nil if the run succeeded.
func refusal(_ body: () throws(ImportError) -> ImportSummary) -> ImportError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
