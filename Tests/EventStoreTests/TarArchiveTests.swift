import Testing

@testable import EventStore

private let sample = [
    TarArchive.Entry(name: "README.txt", bytes: Array("hello\n".utf8)),
    TarArchive.Entry(name: "records/0.record", bytes: [UInt8](repeating: 7, count: 512)),
    TarArchive.Entry(name: "empty", bytes: []),
]

@Test func tarArchiveRoundTripsAndIsDeterministic() throws {
    let archive = TarArchive.archive(sample)
    #expect(archive == TarArchive.archive(sample))
    #expect(archive.count % 512 == 0)
    #expect(archive.count == 512 * (3 + 1 + 1 + 0) + 1024)
    #expect(try TarArchive.entries(of: archive) == sample)
}

@Test func tarArchiveRefusesEveryChangedHeaderByte() {
    let archive = TarArchive.archive(Array(sample.prefix(1)))
    for offset in 0..<512 {
        var changed = archive
        changed[offset] ^= 0x01
        let entries = try? TarArchive.entries(of: changed)
        #expect(entries != Array(sample.prefix(1)), "header byte \(offset)")
    }
}

@Test func tarArchiveRefusesTruncationTrailingDataAndDuplicates() {
    let archive = TarArchive.archive(sample)
    #expect(throws: EventStoreError.self) { try TarArchive.entries(of: Array(archive.dropLast(512))) }
    #expect(throws: EventStoreError.self) { try TarArchive.entries(of: Array(archive.dropLast(1))) }
    #expect(throws: EventStoreError.self) {
        try TarArchive.entries(of: archive + [1] + [UInt8](repeating: 0, count: 511))
    }
    #expect(throws: EventStoreError.self) { try TarArchive.entries(of: TarArchive.archive([sample[0], sample[0]])) }
    #expect(throws: EventStoreError.self) { try TarArchive.entries(of: []) }
}

@Test(arguments: ["", "/etc/passwd", "../up", "a/../b", "a//b", "./a", "a\\b", String(repeating: "x", count: 101)])
func tarArchiveNamesMustBeRelativeAndShort(name: String) {
    #expect(!TarArchive.isValidName(name))
}
