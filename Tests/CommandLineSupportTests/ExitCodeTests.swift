import CommandLineSupport
import Testing

@Test func exitCodeTableMatchesTheDocumentedNumbers() {
    let table = Dictionary(uniqueKeysWithValues: ExitCode.allCases.map { ($0.description, $0.rawValue) })
    let documented: [String: Int32] = [
        "success": 0, "findings": 1, "usage": 64, "dataError": 65, "notFound": 66, "software": 70,
        "cannotCreate": 73, "ioError": 74, "temporaryFailure": 75,
    ]
    #expect(table == documented)
}

private struct LibraryError: Error, CustomStringConvertible {
    var isMissing: Bool
    var description: String { "library failure" }
}

private struct SelfMappingError: ExitCodeMapping, CustomStringConvertible {
    var exitCode: ExitCode { .temporaryFailure }
    var description: String { "ledger locked" }
}

private let libraryMapper: ExitCodeMapper = { error in
    guard let error = error as? LibraryError else { return nil }
    return error.isMissing ? ErrorReport(.notFound, "nothing there") : ErrorReport(.dataError, "\(error)")
}

@Test func usageErrorAlwaysMapsToUsageWhateverTheMapperSays() {
    let error = UsageError(commandPath: ["tool"], argument: "x", reason: .unexpectedArgument)
    let report = ErrorReport(for: error, mapper: { _ in ErrorReport(.software, "no") })
    #expect(report == ErrorReport(.usage, "unexpected argument 'x'"))
}

@Test func selfMappingErrorNamesItsOwnExitCodeAndMessage() {
    #expect(
        ErrorReport(for: SelfMappingError(), mapper: libraryMapper) == ErrorReport(.temporaryFailure, "ledger locked"))
    let failure = CommandFailure(.cannotCreate, "cannot create x")
    #expect(ErrorReport(for: failure, mapper: libraryMapper) == ErrorReport(.cannotCreate, "cannot create x"))
}

@Test func libraryErrorIsMappedByTheExecutablesMapper() {
    #expect(
        ErrorReport(for: LibraryError(isMissing: true), mapper: libraryMapper)
            == ErrorReport(.notFound, "nothing there"))
    #expect(
        ErrorReport(for: LibraryError(isMissing: false), mapper: libraryMapper)
            == ErrorReport(.dataError, "library failure"))
}

@Test func unmappedErrorIsAnInternalSoftwareErrorNamedByItsType() {
    struct Unexpected: Error {}
    let report = ErrorReport(for: Unexpected(), mapper: libraryMapper)
    #expect(report == ErrorReport(.software, "internal error (Unexpected): Unexpected()"))
}
