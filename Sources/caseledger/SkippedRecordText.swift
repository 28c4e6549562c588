import CommandLineSupport
import Projections
import TextFormats

/// How commands report the case-stream records a fold skipped because they do not decode.
enum SkippedRecordText {
    /// One line per skipped record: `position 42, stream child-C1, type Note: missingField at data.source`.
    static func lines(_ records: [SkippedRecord]) -> [String] {
        records.map {
            "position \($0.position), stream \(TerminalText.escaped($0.stream)), type "
                + "\(TerminalText.escaped($0.type)): \(TerminalText.escaped($0.reason))"
        }
    }

    /// Writes a warning naming each skipped record to `errorOutput`, and returns the exit code of a report
    /// built without them: `findings` (1) when any record was skipped, else `success`.
    static func warn(about records: [SkippedRecord], command: String, to errorOutput: any TextSink) -> ExitCode {
        guard !records.isEmpty else { return .success }
        let count = records.count
        let lead =
            "caseledger \(command): warning: \(count) record\(count == 1 ? "" : "s") of case streams "
            + "\(count == 1 ? "does" : "do") not decode as catalogue events and \(count == 1 ? "was" : "were") "
            + "left out (see 'caseledger read --from N'):\n"
        errorOutput.write(lead + lines(records).map { "  \($0)\n" }.joined())
        return .findings
    }
}
