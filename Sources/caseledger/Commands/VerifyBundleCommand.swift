import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger verify-bundle FILE --public-key K`: checks an evidence bundle without the ledger.
enum VerifyBundleCommand {
    /// The command declaration.
    static let command = Command(
        name: "verify-bundle", summary: "Check an evidence bundle against its signed checkpoint, without the ledger.",
        discussion: """
            Checks the checkpoint's signature by the public key; recomputes every record's chain hash from its \
            bytes (CRC, lengths, payload SHA-256, position) and the listed previous chain hash; and checks each \
            record's inclusion proof to the checkpoint's root. Exit 0 when all hold, 1 when a check fails, 65 when \
            the file is not a bundle. The chronology and README are not covered by any proof. See \
            docs/evidence-bundles.md.
            """,
        options: [publicKeyOption, LedgerAccess.jsonFlag], arguments: [bundleArgument], handler: run)

    private static let bundleArgument = ArgumentSpecification("FILE", help: "The bundle ('caseledger bundle').")
    private static let publicKeyOption = OptionSpecification.value(
        "public-key", valueName: "FILE", help: "The checkpoint signer's public key file.", isRequired: true)
    /// Largest bundle read.
    static let bundleSizeBytesMax = 1 << 30

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let path = invocation.arguments.value(bundleArgument.name) ?? ""
        let verifier = try KeyFiles.verifier(atPath: invocation.arguments.value(publicKeyOption.name) ?? "")
        let archive = try InputFile.contents(ofPath: path, sizeBytesMax: bundleSizeBytesMax)
        let report: EvidenceBundleReport
        do {
            report = try EvidenceBundle.verify(archive: archive, verifier: verifier)
        } catch {
            throw CommandFailure(.dataError, "\(path) is not a readable evidence bundle: \(error.message)")
        }
        if invocation.arguments.flag(LedgerAccess.jsonFlag.name) {
            invocation.output.write(JSONOutput.line(json(report)))
        } else {
            invocation.output.write(text(report, path: path))
        }
        return report.isVerified ? .success : .findings
    }

    private static func text(_ report: EvidenceBundleReport, path: String) -> String {
        var lines = ["bundle \(path): checkpoint \(report.origin), \(report.treeSize) records"]
        lines += report.failures.map { "FAILED \($0)" }
        if report.recordsProven > 0 {
            lines.append(
                "\(report.recordsProven) records proven: their bytes lead to their chain hashes, each a leaf of the "
                    + "signed tree")
        }
        if report.recordsErased > 0 {
            lines.append(
                "\(report.recordsErased) of them with their payload erased by a redaction: proven, but their content "
                    + "is gone (docs/redaction.md)")
        }
        if report.recordsWithheld > 0 {
            lines.append(
                "\(report.recordsWithheld) records withheld (pseudonymised bundle): only their chain hashes are "
                    + "proven leaves of the signed tree, not their content")
        }
        if !report.unprovenFiles.isEmpty {
            lines.append("not covered by any proof: \(report.unprovenFiles.joined(separator: ", "))")
        }
        lines.append(report.isVerified ? "verified" : "NOT verified: \(report.failures.count) checks failed")
        return lines.map { $0 + "\n" }.joined()
    }

    private static func json(_ report: EvidenceBundleReport) -> JSONValue {
        .object([
            "verified": .bool(report.isVerified),
            "origin": .string(report.origin),
            "treeSize": JSONOutput.integer(report.treeSize),
            "signatureValid": .bool(report.signatureValid),
            "recordsProven": JSONOutput.integer(UInt64(report.recordsProven)),
            "recordsWithheld": JSONOutput.integer(UInt64(report.recordsWithheld)),
            "recordsErased": JSONOutput.integer(UInt64(report.recordsErased)),
            "failures": .array(report.failures.map(JSONValue.string)),
            "unprovenFiles": .array(report.unprovenFiles.map(JSONValue.string)),
        ])
    }
}
