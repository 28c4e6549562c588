import EventStore
import EventStoreTesting
import Testing

/// Writes a 100-byte synced header, then three unsynced 1000-byte writes after it; returns the
/// disk and the full content the writes would produce.
private func diskWithUnsyncedTail(
    seed: UInt64, mode: SimulatedFileSystem.CrashMode
) throws -> (SimulatedFileSystem, [UInt8]) {
    let disk = SimulatedFileSystem(seed: seed, sectorSizeBytes: 512, crashMode: mode)
    let header = simulatedPattern(count: 100, salt: 1)
    let file = try disk.makeDurableFile(named: "log", content: header)
    var full = header
    for writeIndex in 0..<3 {
        let chunk = simulatedPattern(count: 1_000, salt: UInt8(writeIndex + 2))
        try file.write(chunk, atOffset: full.count)
        full += chunk
    }
    return (disk, full)
}

@Test(arguments: 0..<64)
func orderedCrashKeepsAPrefixEndingAtASectorOrWriteBoundary(seed: UInt64) throws {
    let (disk, full) = try diskWithUnsyncedTail(seed: seed, mode: .orderedPrefix)
    disk.crash()
    let survived = try #require(disk.currentContents(atPath: "/data/log"), "seed \(seed)")
    let writeEnds: Set = [100, 1_100, 2_100, 3_100]
    #expect(survived.count >= 100, "seed \(seed)")
    #expect(survived == Array(full[..<survived.count]), "seed \(seed)")
    #expect(writeEnds.contains(survived.count) || survived.count % 512 == 0, "seed \(seed)")
    #expect(disk.durableContents(atPath: "/data/log") == survived, "seed \(seed)")
}

@Test func orderedCrashesAcrossSeedsTearWritesInsideThem() throws {
    var tornLengths: Set<Int> = []
    for seed in UInt64(0)..<64 {
        let (disk, _) = try diskWithUnsyncedTail(seed: seed, mode: .orderedPrefix)
        disk.crash()
        let length = disk.currentContents(atPath: "/data/log")?.count ?? 0
        if ![100, 1_100, 2_100, 3_100].contains(length) { tornLengths.insert(length) }
    }
    #expect(!tornLengths.isEmpty)
    #expect(tornLengths.allSatisfy { $0 % 512 == 0 })
}

@Test(arguments: 0..<32)
func anyOrderCrashKeepsEachSectorOldOrNew(seed: UInt64) throws {
    let disk = SimulatedFileSystem(seed: seed, sectorSizeBytes: 512, crashMode: .sectorsInAnyOrder)
    let file = try disk.makeDurableFile(named: "a", content: [UInt8](repeating: 0, count: 2_048))
    try file.write([UInt8](repeating: 0xFF, count: 2_048), atOffset: 0)
    disk.crash()
    let survived = try #require(disk.currentContents(atPath: "/data/a"))
    #expect(survived.count == 2_048)
    for sectorStart in stride(from: 0, to: 2_048, by: 512) {
        let sector = survived[sectorStart..<sectorStart + 512]
        #expect(sector.allSatisfy { $0 == 0 } || sector.allSatisfy { $0 == 0xFF }, "seed \(seed)")
    }
}

@Test func anyOrderCrashesAcrossSeedsKeepALaterSectorWithoutAnEarlierOne() throws {
    var sawOutOfOrder = false
    for seed in UInt64(0)..<32 where !sawOutOfOrder {
        let disk = SimulatedFileSystem(seed: seed, crashMode: .sectorsInAnyOrder)
        let file = try disk.makeDurableFile(named: "a", content: [UInt8](repeating: 0, count: 1_024))
        try file.write([UInt8](repeating: 0xFF, count: 1_024), atOffset: 0)
        disk.crash()
        let survived = disk.currentContents(atPath: "/data/a") ?? []
        sawOutOfOrder = survived.first == 0 && survived.last == 0xFF
    }
    #expect(sawOutOfOrder)
}

@Test(arguments: SimulatedFileSystem.CrashMode.allCases)
func sameSeedGivesSamePostCrashBytes(mode: SimulatedFileSystem.CrashMode) throws {
    let (first, _) = try diskWithUnsyncedTail(seed: 42, mode: mode)
    let (second, _) = try diskWithUnsyncedTail(seed: 42, mode: mode)
    first.crash()
    second.crash()
    #expect(first.currentContents(atPath: "/data/log") == second.currentContents(atPath: "/data/log"))
}

@Test func differentSeedsGiveDifferentPostCrashBytes() throws {
    var outcomes: Set<[UInt8]> = []
    for seed in UInt64(0)..<8 {
        let (disk, _) = try diskWithUnsyncedTail(seed: seed, mode: .orderedPrefix)
        disk.crash()
        outcomes.insert(disk.currentContents(atPath: "/data/log") ?? [])
    }
    #expect(outcomes.count > 1)
}

/// Every handle call, as a closure, so each can be checked against a dead handle.
private let handleCalls: [(String, @Sendable (any OpenFile) throws -> Void)] = [
    ("read", { _ = try $0.read(atOffset: 0, count: 1) }),
    ("write", { try $0.write([1], atOffset: 0) }),
    ("size", { _ = try $0.size() }),
    ("truncate", { try $0.truncate(toSize: 0) }),
    ("synchronizeData", { try $0.synchronizeData() }),
]

@Test(arguments: handleCalls.indices)
func handlesOpenedBeforeCrashThrowIO(callIndex: Int) throws {
    let disk = SimulatedFileSystem(seed: 1)
    let file = try disk.makeDurableFile(named: "a", content: [1, 2])
    disk.crash()
    let error = #expect(throws: FileSystemError.self, "\(handleCalls[callIndex].0)") {
        try handleCalls[callIndex].1(file)
    }
    #expect(error?.code == .io)
    let reopened = try disk.openFile(atPath: "/data/a", mode: .readWrite)
    try handleCalls[callIndex].1(reopened)
}

@Test func crashCountsAndLeavesCountersRunning() throws {
    let disk = SimulatedFileSystem(seed: 1)
    _ = try disk.makeDurableFile(named: "a", content: [1])
    let before = disk.counters
    disk.crash()
    #expect(disk.counters.crashCount == 1)
    #expect(disk.counters.callCount == before.callCount)
}

@Test func unsyncedTruncationIsUndoneAndSyncedTruncationKept() throws {
    let disk = SimulatedFileSystem(seed: 1, crashMode: .dropUnsynced)
    let content = simulatedPattern(count: 1_000)
    let file = try disk.makeDurableFile(named: "a", content: content)
    try file.truncate(toSize: 10)
    disk.crash()
    #expect(disk.currentContents(atPath: "/data/a") == content)
    let reopened = try disk.openFile(atPath: "/data/a", mode: .readWrite)
    try reopened.truncate(toSize: 10)
    try reopened.synchronizeData()
    disk.crash()
    #expect(disk.currentContents(atPath: "/data/a") == Array(content.prefix(10)))
}
