import CaseModel
import CommandLineSupport
import EventStore
import Foundation
import Projections
import TextFormats

/// `caseledger redact`: records an authorised `Redacted` event and erases the payload bytes of the event it
/// names (and of that event's corrections and retractions) from the ledger's segments (docs/redaction.md).
enum RedactCommand {
    private static let eventOption = OptionSpecification.value(
        "event", valueName: "FILE", help: "The Redacted event, one JSON object as an import line.", isRequired: true)
    private static let authorisersOption = OptionSpecification.value(
        "authorisers", valueName: "FILE",
        help: "The ids of the people who may authorise a redaction, one per line ('#' starts a comment).",
        isRequired: true)

    /// The command declaration.
    static let command = Command(
        name: "redact", summary: "Record a Redacted event and erase the redacted event's content from the ledger.",
        discussion: """
            The event file holds one Redacted event (eventId, childId or householdId, occurredOn, recordedAt, \
            actor; data: redactedEventId, redactedType, legalBasis, authorisedBy). It is refused, with nothing \
            written, unless its authorisedBy is listed in the authorisers file and it names an event of that \
            type in the ledger on its own stream. The event is appended as 'append' would, then every segment \
            holding the named event, its corrections or its retractions is rewritten with their payloads \
            erased (chain, Merkle tree and signed checkpoints still verify), and the projection checkpoint, if \
            there is one, is rebuilt without them. Running the same command again completes an interrupted \
            redaction.
            """,
        options: [
            LedgerAccess.ledgerOption, eventOption, authorisersOption, ProjectionLoader.checkpointOption,
            LedgerAccess.jsonFlag,
        ],
        handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let path = invocation.arguments.value(eventOption.name) ?? ""
        let bytes = try InputFile.contents(ofPath: path, sizeBytesMax: Limits.recordSizeBytesMax)
        let request = try RedactionRequest(eventBytes: bytes, origin: "event file \(path)")
        try request.checkAuthorised(byListAt: invocation.arguments.value(authorisersOption.name) ?? "")
        let recorded = try LedgerAccess.withLedger(invocation, mode: .readWrite) { store in
            let positions = try request.positionsToErase(in: store)
            let receipt = try request.append(to: store, errorOutput: invocation.errorOutput)
            return (positions: positions, position: receipt.lastPosition)
        }
        let erasure: PayloadErasureReport
        do {
            erasure = try EventStore.erasePayloads(
                atPositions: recorded.positions, directory: LedgerAccess.directory(of: invocation))
        } catch var error {
            error.message =
                "the Redacted event is recorded at position \(recorded.position), but its erasure did not "
                + "complete (run the same command again): \(error.message)"
            throw error
        }
        let checkpointPath = try rewriteProjectionCheckpoint(invocation)
        invocation.output.write(
            summary(
                erasure, position: recorded.position, checkpointPath: checkpointPath,
                asJSON: invocation.arguments.flag(LedgerAccess.jsonFlag.name)))
        return .success
    }

    /// Rebuilds the projection checkpoint from the ledger, if one exists, so that it no longer holds the erased
    /// content; returns its path, or nil when there is none.
    private static func rewriteProjectionCheckpoint(_ invocation: CommandInvocation) throws -> String? {
        let path = ProjectionLoader.checkpointPath(of: invocation)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let state = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try ProjectionLoader.load(store, checkpointPath: nil).state
        }
        try POSIXFileSystem().writeAtomically(CheckpointSections.checkpoint(of: state).fileBytes, toPath: path)
        return path
    }

    private static func summary(
        _ erasure: PayloadErasureReport, position: UInt64, checkpointPath: String?, asJSON: Bool
    ) -> String {
        let positions = (erasure.erasedPositions + erasure.alreadyErasedPositions).sorted()
        guard !asJSON else {
            return JSONOutput.line(
                .object([
                    "redactedAt": JSONOutput.integer(position),
                    "erasedPositions": .array(positions.map(JSONOutput.integer)),
                    "projectionCheckpoint": checkpointPath.map(JSONValue.string) ?? .null,
                ]))
        }
        let listed = positions.map(String.init).joined(separator: ", ")
        let checkpoint = checkpointPath.map { "; projection checkpoint \($0) rebuilt" } ?? ""
        return "Redacted event at position \(position); payloads erased at positions \(listed)\(checkpoint)\n"
    }
}
