import CommandLineSupport
import EventStore
import Projections
import Reports

/// `caseledger bundle CHILD --ledger DIR --checkpoint CP --output FILE`: one child's records with an inclusion
/// proof for each against a signed checkpoint, the chronology and a README, in one archive a recipient checks
/// without the ledger (docs/evidence-bundles.md).
enum BundleCommand {
    /// The command declaration.
    static let command = Command(
        name: "bundle",
        summary: "Write an evidence bundle: a child's records, proofs against a checkpoint, chronology.",
        discussion: """
            Covers the records of the child's stream (with --household also the household's and the siblings' \
            streams) that the checkpoint covers (positions below its tree size) and, with --known-at, that were \
            known by then. Each record is stored byte for byte with an RFC 9162 inclusion proof against the \
            checkpoint's root; the chronology (HTML) is built from the same records. With --pseudonymise the \
            chronology is pseudonymised and the records are withheld (only their chain hashes and proofs are \
            kept), because a proof commits to the original bytes. Check with 'caseledger verify-bundle'.
            """,
        options: [
            LedgerAccess.ledgerOption, checkpointOption, ChronologyOptions.household, ChronologyOptions.knownAt,
            ChronologyOptions.pseudonymise, outputOption, AccessAudit.purposeOption, AccessAudit.noAuditFlag,
        ],
        arguments: [ChronologyOptions.child], handler: run)

    private static let checkpointOption = OptionSpecification.value(
        "checkpoint", valueName: "FILE", help: "The signed checkpoint the proofs lead to ('caseledger checkpoint').",
        isRequired: true)
    private static let outputOption = OptionSpecification.value(
        "output", valueName: "FILE", help: "Write the bundle (a tar archive) here, atomically.", isRequired: true)
    /// Name of the chronology in the bundle.
    static let chronologyName = "chronology.html"

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let reader = try AccessAudit.reader(of: invocation)
        let checkpointPath = arguments.value(checkpointOption.name) ?? ""
        let checkpointFile = try CheckpointFile(path: checkpointPath)
        let checkpoint = checkpointFile.checkpoint
        let knownAt = try ChronologyOptions.knowledgeTimes(of: arguments).first
        let request = ChronologyRequest(
            childId: arguments.value(ChronologyOptions.child.name) ?? "", times: ReplayTimes(knownAt: knownAt),
            includesHousehold: arguments.flag(ChronologyOptions.household.name))
        let withholdsRecords = arguments.value(ChronologyOptions.pseudonymise.name) != nil
        var skipped: [SkippedRecord] = []
        let (chronology, evidence) = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            let chronology = try ChronologyLedger.chronology(
                request, store: store, skipped: &skipped, positionLimit: checkpoint.treeSize)
            let positions = try recordPositions(chronology.provenance.streams, request, checkpoint, store: store)
            guard !positions.isEmpty else {
                throw CommandFailure(
                    .dataError,
                    "the checkpoint (\(checkpoint.treeSize) records) covers no record of the child known "
                        + "at that time: sign a newer checkpoint")
            }
            return (
                chronology,
                try store.evidence(positions: positions, against: checkpoint, includingFrames: !withholdsRecords)
            )
        }
        try AccessAudit.record(reader, command: "bundle", streams: chronology.provenance.streams, invocation)
        let pseudonyms = try ChronologyPseudonyms.load(invocation, for: [chronology])
        let bundle = EvidenceBundle(
            readme: BundleReadme.text(
                subject: pseudonyms.label(request.childId), request: request, checkpoint: checkpoint,
                proofs: evidence.proofs),
            checkpoint: checkpointFile.bytes, proofs: evidence.proofs, recordFrames: evidence.frames,
            documents: [
                TarArchive.Entry(
                    name: chronologyName,
                    bytes: Array(ChronologyCommand.render(chronology, pseudonyms, format: "html").utf8))
            ])
        try ChronologyPseudonyms.save(pseudonyms, invocation)
        let archive = bundle.archive()
        let outputPath = arguments.value(outputOption.name) ?? ""
        try POSIXFileSystem().writeAtomically(archive, toPath: outputPath)
        invocation.output.write(
            "bundle of \(evidence.proofs.records.count) records (\(withholdsRecords ? "withheld, proofs only" : "with proofs")) "
                + "against checkpoint \(checkpoint.origin) of \(checkpoint.treeSize) records written to \(outputPath) "
                + "(\(archive.count) bytes)\n")
        return SkippedRecordText.warn(
            about: Set(skipped).sorted { $0.position < $1.position }, command: "bundle", to: invocation.errorOutput)
    }

    /// The positions of the records of `streams` the bundle covers: below the checkpoint's tree size and known at
    /// the request's knowledge time (records that do not decode are kept: they are part of the stream; so are
    /// records whose payload a redaction erased, known from their ledger time: docs/redaction.md).
    private static func recordPositions(
        _ streams: [String], _ request: ChronologyRequest, _ checkpoint: LogCheckpoint, store: EventStore
    ) throws -> [UInt64] {
        var positions: [UInt64] = []
        for stream in streams {
            let reading = try LedgerEvent.readStream(stream, from: store)
            positions += reading.events.filter(request.times.isKnown).map(\.position)
            positions += reading.skipped.map(\.position)
            positions += try store.readStream(stream).filter { record in
                record.payloadErased
                    && request.times.knownAt.map {
                        ReplayTimes.appendTime(nanoseconds: record.ledgerTimestampNanoseconds) <= $0
                    } ?? true
            }.map(\.position)
        }
        return positions.filter { $0 < checkpoint.treeSize }.sorted()
    }
}
