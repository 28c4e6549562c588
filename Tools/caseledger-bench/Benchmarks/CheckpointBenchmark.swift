import EventStore
import Integrity

/// `checkpoint`: the cost of signed checkpoints (docs/checkpoints.md).
///
/// - `checkpoint.ed25519.sign` / `.verify`: signatures of a checkpoint-sized (about 100-byte) note text.
/// - `checkpoint.create`: `EventStore.checkpoint(origin:)` on a freshly written ledger (one `verify()` pass,
///   which also computes the Merkle root) plus signing; the detail gives the checkpoint's size in bytes.
/// - `checkpoint.check`: `EventStore.check(against:)`, verification plus the consistency proof from half
///   the ledger (a second pass over the log), plus the signature check.
enum CheckpointBenchmark {
    /// Signatures per measured run.
    static let signatureCountPerRun = 500

    /// Runs the signature and checkpoint benchmarks and records their metrics.
    static func run(in context: BenchContext) throws {
        guard let key = Ed25519PrivateKey(seed: (0..<32).map { UInt8($0) }) else { preconditionFailure("seed") }
        let signer = try NoteSigner(name: "bench.example.org/ledger", privateKey: key)
        let text = LogCheckpoint(origin: signer.name, treeSize: 262_144, rootHash: MerkleTree.emptyRoot).noteText
        try signatures(signer: signer, text: text, in: context)
        let sizes = context.sizes
        context.progress("writing a \(NumberText.count(sizes.readEventCount))-event ledger for checkpoint")
        let ledger = try ScratchLedger.create(in: context.scratch, name: "checkpoint")
        var workload = EventWorkload(seed: context.settings.seed, streamCount: sizes.readStreamCount)
        try ReadBenchmark.fill(ledger.store, with: &workload, eventCount: sizes.readEventCount / 2)
        let half = try ledger.store.checkpoint(origin: signer.name)
        try ReadBenchmark.fill(ledger.store, with: &workload, eventCount: sizes.readEventCount - sizes.readEventCount / 2)
        let detail = "\(NumberText.count(sizes.readEventCount)) events, \(NumberText.bytes(ledger.logSizeBytes)) log"
        context.progress("measuring checkpoint.create")
        var noteSizeBytes = 0
        let create = try Repetition.measure(runCount: sizes.runCount) { _ in
            let (note, seconds) = try Stopwatch.time { () throws -> String in
                signer.sign(text: try ledger.store.checkpoint(origin: signer.name).noteText).serialized
            }
            noteSizeBytes = note.utf8.count
            return RunSample(seconds: seconds, operationCount: 1, sizeBytes: ledger.logSizeBytes)
        }
        context.progress("measuring checkpoint.check")
        let halfNote = signer.sign(text: half.noteText)
        let check = try Repetition.measure(runCount: sizes.runCount) { _ in
            let (verdict, seconds) = try Stopwatch.time { () throws -> CheckpointVerdict in
                precondition(signer.verifier.verifies(halfNote), "the checkpoint's own signature verifies")
                return try ledger.store.check(against: half)
            }
            precondition(verdict.isConsistent, "the ledger extends its own checkpoint")
            return RunSample(seconds: seconds, operationCount: 1, sizeBytes: ledger.logSizeBytes)
        }
        context.record([
            .duration("checkpoint.create", create, detail: detail + ", \(noteSizeBytes)-byte checkpoint"),
            .duration("checkpoint.check", check, detail: detail + ", proof from half the ledger"),
        ])
        try ledger.remove()
    }

    private static func signatures(signer: NoteSigner, text: String, in context: BenchContext) throws {
        let message = Array(text.utf8)
        let detail = "\(signatureCountPerRun) signatures of a \(message.count)-byte note text per run"
        context.progress("measuring checkpoint.ed25519.sign")
        var signature: [UInt8] = []
        let sign = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (_, seconds) = Stopwatch.time {
                for _ in 0..<signatureCountPerRun { signature = signer.privateKey.signature(for: message) }
            }
            return RunSample(seconds: seconds, operationCount: signatureCountPerRun, sizeBytes: 0)
        }
        context.progress("measuring checkpoint.ed25519.verify")
        let publicKey = signer.privateKey.publicKey
        let verify = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (valid, seconds) = Stopwatch.time {
                (0..<signatureCountPerRun).allSatisfy { _ in publicKey.isValidSignature(signature, for: message) }
            }
            precondition(valid, "the benchmark's own signature verifies")
            return RunSample(seconds: seconds, operationCount: signatureCountPerRun, sizeBytes: 0)
        }
        context.record([
            .rate("checkpoint.ed25519.sign", sign, unit: "signatures/s", detail: detail),
            .rate("checkpoint.ed25519.verify", verify, unit: "verifications/s", detail: detail),
        ])
    }
}
