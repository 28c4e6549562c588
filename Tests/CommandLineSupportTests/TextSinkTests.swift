import CommandLineSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Reads everything available from `descriptor` until end of file.
private func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        bytes += chunk[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Test(arguments: [0, 1, 8, 1 << 16])
func fileDescriptorSinkDeliversEverythingWrittenOnceFlushed(bufferSizeBytes: Int) throws {
    var descriptors: [Int32] = [0, 0]
    try #require(pipe(&descriptors) == 0)
    let sink = FileDescriptorSink(fileDescriptor: descriptors[1], bufferSizeBytes: bufferSizeBytes)
    let lines = (0..<100).map { "line \($0) ünïcödé\n" }
    lines.forEach(sink.write)
    sink.flush()
    close(descriptors[1])
    #expect(readAll(descriptors[0]) == lines.joined())
    #expect(!sink.hasFailed)
    close(descriptors[0])
}

@Test func fileDescriptorSinkRecordsAFailedWriteAndDropsLaterOutput() {
    let sink = FileDescriptorSink(fileDescriptor: -1, bufferSizeBytes: 0)
    sink.write("lost\n")
    #expect(sink.hasFailed)
    sink.write("also lost\n")
    #expect(sink.hasFailed)
}

@Test func textBufferKeepsEverythingInOrder() {
    let buffer = TextBuffer()
    buffer.write("a")
    buffer.write("b\n")
    #expect(buffer.text == "ab\n")
}
