import CaseModel
import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger append`: appends one event to a stream, durably, and prints its receipt.
enum AppendCommand {
    private static let payloadOption = OptionSpecification.value(
        "payload", valueName: "JSON", help: "The payload, as JSON text.")
    private static let payloadFileOption = OptionSpecification.value(
        "payload-file", valueName: "FILE", help: "Read the JSON payload from FILE ('-' for standard input).")
    private static let expectedVersionOption = OptionSpecification.value(
        "expected-version", valueName: "VERSION",
        help: "Append only if the stream is at this version: any, no-stream, or the 0-based version of its "
            + "last event.", defaultValue: "any")

    /// The command declaration.
    static let command = Command(
        name: "append", summary: "Append one event to a stream.",
        discussion: """
            The payload must be valid JSON and is stored byte for byte as given. The receipt is printed only \
            after the event is durable (fdatasync). A retry with the same --source-id returns the original \
            receipt; the same id with other content is refused. A case stream (child-ID, household-ID, \
            board-ID, scr-ID) takes catalogue events only: the payload is checked as an import checks a line \
            (its type, stream and event id must agree with --type, --stream and --source-id) and stored in \
            canonical form, with the event id as source id.
            """,
        options: [
            LedgerAccess.ledgerOption,
            .value("stream", valueName: "STREAM", help: "The stream to append to.", isRequired: true),
            .value("type", valueName: "TYPE", help: "The event type name.", isRequired: true),
            expectedVersionOption,
            .value("schema-version", valueName: "N", help: "The payload's schema version.", defaultValue: "1"),
            .value("source-id", valueName: "ID", help: "The event's id in the source system (idempotency key)."),
            payloadOption, payloadFileOption, LedgerAccess.jsonFlag,
        ],
        handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let stream = arguments.value("stream") ?? ""
        let expectedVersion = try expectedVersion(arguments)
        let (payload, origin) = try payload(arguments)
        let event = EventToAppend(
            type: arguments.value("type") ?? "",
            schemaVersion: UInt16(try arguments.integer("schema-version", in: 0...Int(UInt16.max)) ?? 1),
            sourceID: arguments.value("source-id"), payload: payload)
        let receipt = try LedgerAccess.withLedger(invocation, mode: .readWrite) { store in
            guard StreamKind(streamName: stream) != nil else {
                return try store.append(stream: stream, expectedVersion: expectedVersion, events: [event])
            }
            let request = CaseStreamAppend(
                stream: stream, expectedVersion: expectedVersion, event: event, origin: origin,
                errorOutput: invocation.errorOutput)
            return try request.append(to: store)
        }
        invocation.output.write(output(receipt, stream: stream, asJSON: arguments.flag(LedgerAccess.jsonFlag.name)))
        return .success
    }

    private static func expectedVersion(_ arguments: ParsedArguments) throws(UsageError) -> ExpectedVersion {
        let parsed = try arguments.value(
            expectedVersionOption.name, expected: "any, no-stream or a version number"
        ) { text -> ExpectedVersion? in
            switch text {
            case "any": .any
            case "no-stream": .noStream
            default: UInt64(text).map(ExpectedVersion.exact)
            }
        }
        return parsed ?? .any
    }

    /// The payload bytes from `--payload` or `--payload-file`, checked to be JSON, and where they came from.
    private static func payload(_ arguments: ParsedArguments) throws -> (bytes: [UInt8], origin: String) {
        let source = try arguments.exactlyOne(of: [payloadOption.name, payloadFileOption.name])
        let bytes: [UInt8]
        let origin: String
        if source == payloadOption.name {
            bytes = Array((arguments.value(payloadOption.name) ?? "").utf8)
            origin = "--payload"
        } else {
            let path = arguments.value(payloadFileOption.name) ?? ""
            bytes = try InputFile.contents(ofPath: path, sizeBytesMax: Limits.recordSizeBytesMax)
            origin = path == InputFile.standardInputPath ? "standard input" : "payload file \(path)"
        }
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            throw CommandFailure(.dataError, "\(origin) is not valid JSON: \(error)")
        }
        return (bytes, origin)
    }

    private static func output(_ receipt: AppendReceipt, stream: String, asJSON: Bool) -> String {
        let chainHash = HexText.encode(receipt.chainHash)
        guard asJSON else {
            return "appended position \(receipt.lastPosition), stream \(stream) version \(receipt.streamVersion), "
                + "chain hash \(chainHash)\n"
        }
        return JSONOutput.line(
            .object([
                "position": JSONOutput.integer(receipt.lastPosition),
                "stream": .string(stream),
                "streamVersion": JSONOutput.integer(receipt.streamVersion),
                "chainHash": .string(chainHash),
            ]))
    }
}
