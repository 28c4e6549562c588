import Dispatch
import EventStore
import EventStoreTesting
import Testing

/// Opens `/data/a` (durable, empty) and returns the disk and a read-write handle, with counters
/// and faults starting from this point.
private func diskWithOpenFile(seed: UInt64 = 1) throws -> (SimulatedFileSystem, any OpenFile) {
    let disk = SimulatedFileSystem(seed: seed)
    return (disk, try disk.makeDurableFile(named: "a", content: []))
}

@Test(arguments: [(0, FileSystemError.Code.io), (1, .noSpace), (4, .io)])
func failedCallThrowsItsCodeOnlyOnTheNumberedMutatingCall(number: Int, code: FileSystemError.Code) throws {
    let (disk, file) = try diskWithOpenFile()
    disk.failCall(number: number, code: code)
    for callIndex in 0..<6 {
        _ = try file.read(atOffset: 0, count: 1)  // not mutating: never counted, never failed
        if callIndex == number {
            let error = #expect(throws: FileSystemError.self) {
                try file.write([UInt8(callIndex)], atOffset: callIndex)
            }
            #expect(error?.code == code)
            #expect(error?.operation == "pwrite")
        } else {
            try file.write([UInt8(callIndex)], atOffset: callIndex)
        }
    }
    #expect(disk.currentContents(atPath: "/data/a")?.count == 6)
}

@Test func faultOnOneOperationCountsOnlyThatOperation() throws {
    let (disk, file) = try diskWithOpenFile()
    disk.failCall(number: 1, of: .operation(.synchronizeData))
    try file.write([1], atOffset: 0)
    try file.synchronizeData()
    try file.write([2], atOffset: 1)
    #expect(throws: FileSystemError(code: .io, operation: "fdatasync", path: "/data/a")) {
        try file.synchronizeData()
    }
    try file.synchronizeData()
}

@Test func faultOnAnyCallCountsReads() throws {
    let (disk, file) = try diskWithOpenFile()
    disk.failCall(number: 1, of: .anyCall)
    _ = try file.read(atOffset: 0, count: 1)
    #expect(throws: FileSystemError(code: .io, operation: "pread", path: "/data/a")) {
        _ = try file.read(atOffset: 0, count: 1)
    }
}

@Test func repeatingFaultFailsEveryLaterMatchingCallUntilDisarmed() throws {
    let (disk, file) = try diskWithOpenFile()
    disk.failCall(number: 1, of: .operation(.write), repeats: true)
    try file.write([1], atOffset: 0)
    for _ in 0..<3 {
        #expect(throws: FileSystemError.self) { try file.write([2], atOffset: 0) }
    }
    disk.disarmFaults()
    try file.write([3], atOffset: 0)
    #expect(disk.currentContents(atPath: "/data/a") == [3])
}

@Test func crashDisarmsFaults() throws {
    let (disk, _) = try diskWithOpenFile()
    disk.failCall(number: 0, repeats: true)
    disk.crash()
    let file = try disk.openFile(atPath: "/data/a", mode: .readWrite)
    try file.write([1], atOffset: 0)
}

@Test(arguments: 0..<16)
func failedWriteThatTearsLeavesASectorAlignedPrefix(seed: UInt64) throws {
    let (disk, file) = try diskWithOpenFile(seed: seed)
    try file.write([1, 2, 3], atOffset: 0)
    let bytes = simulatedPattern(count: 2_000)
    disk.failCall(number: 0, of: .operation(.write), tearsWrite: true)
    #expect(throws: FileSystemError.self) { try file.write(bytes, atOffset: 3) }
    let content = try #require(disk.currentContents(atPath: "/data/a"))
    #expect(Array(content.prefix(3)) == [1, 2, 3], "seed \(seed)")
    #expect(content.count == 3 || content.count % 512 == 0, "seed \(seed)")
    #expect(content.count < 2_003, "seed \(seed)")
    #expect(Array(content.dropFirst(3)) == Array(bytes.prefix(content.count - 3)), "seed \(seed)")
}

@Test func writeWithinCapacitySucceedsAndOneByteMoreThrowsNoSpace() throws {
    let (disk, file) = try diskWithOpenFile()
    disk.capacityBytes = 10
    try file.write([UInt8](repeating: 1, count: 10), atOffset: 0)
    try file.write([2, 2], atOffset: 8)  // overwrites: no growth
    #expect(throws: FileSystemError(code: .noSpace, operation: "pwrite", path: "/data/a")) {
        try file.write([3], atOffset: 10)
    }
    #expect(throws: FileSystemError(code: .noSpace, operation: "ftruncate", path: "/data/a")) {
        try file.truncate(toSize: 11)
    }
    #expect(disk.usedBytes == 10)
    try disk.removeFile(atPath: "/data/a")
    let other = try disk.openFile(atPath: "/data/b", mode: .createNew)
    try other.write([UInt8](repeating: 4, count: 10), atOffset: 0)
}

@Test func flippedBitIsVisibleInCurrentAndDurableContent() throws {
    let (disk, file) = try diskWithOpenFile()
    try file.write([0x00, 0x00], atOffset: 0)
    try file.synchronizeData()
    try disk.flipBit(atPath: "/data/a", byteOffset: 1, bit: 7)
    #expect(try file.read(atOffset: 0, count: 2) == [0x00, 0x80])
    #expect(disk.durableContents(atPath: "/data/a") == [0x00, 0x80])
    disk.crash()
    #expect(disk.currentContents(atPath: "/data/a") == [0x00, 0x80])
}

@Test func flippingABitBeyondTheFileThrowsInvalidArgument() throws {
    let (disk, _) = try diskWithOpenFile()
    #expect(throws: FileSystemError(code: .invalidArgument, operation: "flipBit", path: "/data/a")) {
        try disk.flipBit(atPath: "/data/a", byteOffset: 0, bit: 0)
    }
}

@Test func secondLockOnSamePathThrowsLockedUntilReleased() throws {
    let disk = SimulatedFileSystem(seed: 1)
    let lock = try disk.lockExclusively(atPath: "/LOCK")
    #expect(throws: FileSystemError(code: .locked, operation: "flock", path: "/LOCK")) {
        _ = try disk.lockExclusively(atPath: "/LOCK")
    }
    _ = try disk.lockExclusively(atPath: "/OTHER")
    lock.release()
    lock.release()
    _ = try disk.lockExclusively(atPath: "/LOCK")
}

@Test func crashReleasesLocksAndAStaleReleaseKeepsTheNewHolder() throws {
    let disk = SimulatedFileSystem(seed: 1)
    let stale = try disk.lockExclusively(atPath: "/LOCK")
    disk.crash()
    let holder = try disk.lockExclusively(atPath: "/LOCK")
    stale.release()
    #expect(throws: FileSystemError.self) { _ = try disk.lockExclusively(atPath: "/LOCK") }
    holder.release()
}

@Test func countersCountCallsByKind() throws {
    let (disk, file) = try diskWithOpenFile()
    let before = disk.counters
    try file.write([1], atOffset: 0)
    try file.write([2], atOffset: 1)
    try file.synchronizeData()
    try disk.synchronizeDirectory(atPath: "/data")
    _ = try file.read(atOffset: 0, count: 2)
    let after = disk.counters
    #expect(after.writeCount - before.writeCount == 2)
    #expect(after.synchronizeDataCount - before.synchronizeDataCount == 1)
    #expect(after.synchronizeDirectoryCount - before.synchronizeDirectoryCount == 1)
    #expect(after.mutatingCallCount - before.mutatingCallCount == 4)
    #expect(after.callCount - before.callCount == 5)
}

@Test func concurrentWritersThroughOneFileSystemLoseNothing() throws {
    let (disk, file) = try diskWithOpenFile()
    let writerCount = 8
    let writesPerWriter = 50
    let writeCountBefore = disk.counters.writeCount
    DispatchQueue.concurrentPerform(iterations: writerCount) { writer in
        for index in 0..<writesPerWriter {
            try? file.write([UInt8(writer)], atOffset: writer * writesPerWriter + index)
            try? file.synchronizeData()
        }
    }
    let expected = (0..<writerCount).flatMap { [UInt8](repeating: UInt8($0), count: writesPerWriter) }
    #expect(disk.durableContents(atPath: "/data/a") == expected)
    #expect(disk.counters.writeCount - writeCountBefore == writerCount * writesPerWriter)
}

/// Rosetta Code, "Pseudo-random numbers/Splitmix64": the first outputs for seed 1234567.
@Test func simulationRandomMatchesSplitMix64ReferenceOutputs() {
    var random = SimulationRandom(seed: 1_234_567)
    let outputs = (0..<5).map { _ in random.next() }
    #expect(
        outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
}

@Test(arguments: [1, 2, 3, 7, 10])
func simulationRandomStaysBelowItsBound(upperBound: Int) {
    var random = SimulationRandom(seed: 99)
    let draws = (0..<1_000).map { _ in random.next(below: upperBound) }
    #expect(draws.allSatisfy { (0..<upperBound).contains($0) })
    #expect(Set(draws).count == min(upperBound, 1_000))
}
