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

private struct LibraryError: Error {
    var isMissing: Bool
}

private struct SelfMappingError: ExitCodeMapping {
    var exitCode: ExitCode { .temporaryFailure }
}

private let libraryMapper: ExitCodeMapper = { error in
    guard let error = error as? LibraryError else { return nil }
    return error.isMissing ? .notFound : .dataError
}

@Test func usageErrorAlwaysMapsToUsageWhateverTheMapperSays() {
    let error = UsageError(commandPath: ["tool"], argument: "x", reason: .unexpectedArgument)
    #expect(ExitCode(for: error, mapper: { _ in .software }) == .usage)
}

@Test func selfMappingErrorNamesItsOwnExitCode() {
    #expect(ExitCode(for: SelfMappingError(), mapper: libraryMapper) == .temporaryFailure)
    #expect(ExitCode(for: CommandFailure(.cannotCreate, "x"), mapper: libraryMapper) == .cannotCreate)
}

@Test func libraryErrorIsMappedByTheExecutablesMapper() {
    #expect(ExitCode(for: LibraryError(isMissing: true), mapper: libraryMapper) == .notFound)
    #expect(ExitCode(for: LibraryError(isMissing: false), mapper: libraryMapper) == .dataError)
}

@Test func unmappedErrorIsAnInternalSoftwareError() {
    struct Unexpected: Error {}
    #expect(ExitCode(for: Unexpected(), mapper: libraryMapper) == .software)
}
