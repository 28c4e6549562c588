import CaseImport
import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger import FILE... --ledger DIR [--skip-invalid] [--rejects FILE] [--json]`: validates JSONL and
/// CSV event files and appends them all or nothing (docs/import-format.md).
enum ImportCommand {
    private static let skipInvalidFlag = OptionSpecification.flag(
        "skip-invalid", help: "Import the valid rows and refuse only the rows with errors.")
    private static let rejectsOption = OptionSpecification.value(
        "rejects", valueName: "FILE", help: "With --skip-invalid: write the refused rows and their reasons to FILE.")

    /// The command declaration.
    static let command = Command(
        name: "import", summary: "Validate JSONL or CSV event files and append them, all or nothing.",
        discussion: """
            Every row is checked (syntax, schema, codes, dates, links to other events of the same child in the \
            files and in the ledger) before anything is written; one error refuses the whole run unless \
            --skip-invalid is given. Events are appended idempotently by eventId: re-importing a file appends \
            nothing. Formats, checks and exit codes: docs/import-format.md.
            """,
        options: [LedgerAccess.ledgerOption, skipInvalidFlag, rejectsOption, LedgerAccess.jsonFlag],
        arguments: [ArgumentSpecification("file", help: "A .jsonl or .csv file of events.", isVariadic: true)],
        handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let asJSON = arguments.flag(LedgerAccess.jsonFlag.name)
        let options = ImportOptions(
            skipInvalid: arguments.flag(skipInvalidFlag.name), rejectsPath: arguments.value(rejectsOption.name))
        guard options.rejectsPath == nil || options.skipInvalid else {
            throw CommandFailure(.usage, "--rejects needs --skip-invalid (without it, one error refuses every row)")
        }
        let errorOutput = invocation.errorOutput
        let inputs: [ImportInput]
        do throws(ImportError) {
            inputs = try arguments.values("file").map { (path) throws(ImportError) in try ImportInput.file(path: path) }
        } catch {
            throw failure(error, errorOutput: errorOutput)  // before the writer lock is taken
        }
        let summary = try LedgerAccess.withLedger(invocation, mode: .readWrite) { store in
            do throws(ImportError) {
                return try Importer(store: store, options: options).run(inputs) { report($0, to: errorOutput) }
            } catch {
                throw failure(error, errorOutput: errorOutput)
            }
        }
        write(summary.findings, to: errorOutput)
        invocation.output.write(asJSON ? JSONOutput.line(json(summary)) : text(summary))
        return .success
    }

    /// Prints the findings and passes the error on to the CLI's one exit-code table
    /// (`CaseLedgerCLI.errorReport(for:)`).
    static func failure(_ error: ImportError, errorOutput: any TextSink, command: String = "import") -> any Error {
        write(error.findings, to: errorOutput, command: command)
        return error
    }

    /// Prints each finding on its own line, prefixed by the command (`caseledger import:`).
    static func write(_ findings: [ImportFinding], to errorOutput: any TextSink, command: String = "import") {
        for finding in findings { errorOutput.write("caseledger \(command): \(finding)\n") }
    }

    /// Prints progress once an import is long enough to need it (`progressIntervalRows` rows).
    private static func report(_ progress: ImportProgress, to errorOutput: any TextSink) {
        guard progress.rowsRead >= ImportOptions().progressIntervalRows else { return }
        errorOutput.write(
            "caseledger import: \(progress.phase.rawValue) \(progress.file): \(progress.rowsRead) rows read, "
                + "\(progress.eventsAppended) events appended\n")
    }

    private static func text(_ summary: ImportSummary) -> String {
        let types = summary.appendedByType.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)\n" }
        return "\(summary)\n" + types.joined()
    }

    private static func json(_ summary: ImportSummary) -> JSONValue {
        .object([
            "files": .integer(Int64(summary.files)), "lines": .integer(Int64(summary.lines)),
            "appended": .integer(Int64(summary.eventsAppended)),
            "alreadyPresent": .integer(Int64(summary.alreadyPresent)),
            "duplicatesInRun": .integer(Int64(summary.duplicatesInRun)),
            "rejected": .integer(Int64(summary.rejected)), "warnings": .integer(Int64(summary.warnings)),
            "errors": .integer(Int64(summary.errors)), "groupsCommitted": .integer(Int64(summary.groupsCommitted)),
            "appendedByType": .object(summary.appendedByType.mapValues { .integer(Int64($0)) }),
            "findings": .array(summary.findings.map(json)),
        ])
    }

    private static func json(_ finding: ImportFinding) -> JSONValue {
        var members: [String: JSONValue] = [
            "severity": .string(finding.severity.rawValue), "stage": .string(finding.stage.rawValue),
            "file": .string(finding.file), "line": .integer(Int64(finding.line)), "field": .string(finding.field),
            "reason": .string(finding.reason),
        ]
        members["column"] = finding.column.map { .integer(Int64($0)) }
        members["value"] = finding.value.map(JSONValue.string)
        members["detail"] = finding.detail.map(JSONValue.string)
        return .object(members)
    }
}
