import Foundation
import Testing
@testable import TenorCLI
import TenorSupport
import TenorText

/// Files of ``POSIXFile/piecewiseSize`` or more are read in one piece per core: the bytes must
/// be the file's, whatever its size against the pieces.
@Suite struct POSIXFileTests {
    @Test(arguments: [POSIXFile.piecewiseSize - 1, POSIXFile.piecewiseSize, 3 * POSIXFile.piecewiseSize + 17])
    func filesReadInPiecesHoldTheirBytes(size: Int) throws {
        let folder = try TemporaryFolder()
        // Bytes that differ from piece to piece, so a piece read to the wrong place shows.
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) }
        let path = try folder.write("big.bin", Data(bytes))
        let read = try POSIXFile.readAll(BytePath(argument: path), limit: InputLimit(bytes: 4 * POSIXFile.piecewiseSize, explanation: "", advice: ""))
        #expect(read == bytes)
    }
}

/// Text files of ``POSIXFile/piecewiseSize`` or more are mapped, smaller ones read: the bytes are
/// the file's either way, and only a mapping is registered under the file's name (for the
/// message should the file be cut short meanwhile).
@Suite(.serialized) struct MappedTextTests {
    @Test(arguments: [POSIXFile.piecewiseSize - 1, POSIXFile.piecewiseSize + 5])
    func textIsTheFilesBytes(size: Int) throws {
        let folder = try TemporaryFolder()
        let bytes = (0..<size).map { UInt8(0x61 + $0 % 26) }
        let path = try folder.write("text.txt", Data(bytes))
        let limit = InputLimit(bytes: 4 * POSIXFile.piecewiseSize, explanation: "", advice: "")
        let text = try POSIXFile.readText(BytePath(argument: path), limit: limit)
        #expect(Array(text) == bytes)
        let name = text.withUnsafeBufferPointer { buffer in MappedFileRegistry.name(holding: buffer.baseAddress! + size / 2).map { String(cString: $0) } }
        #expect(name == (size >= POSIXFile.piecewiseSize ? path : nil))
    }

    /// A mapping leaves the registry with its last reference.
    @Test func anUnmappedFileIsForgotten() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("text.txt", Data(repeating: 0x61, count: POSIXFile.piecewiseSize))
        let limit = InputLimit(bytes: 4 * POSIXFile.piecewiseSize, explanation: "", advice: "")
        var text: TextBytes? = try POSIXFile.readText(BytePath(argument: path), limit: limit)
        let address = text!.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }
        #expect(MappedFileRegistry.name(holding: address) != nil)
        text = nil
        #expect(MappedFileRegistry.name(holding: address) == nil)
    }
}
