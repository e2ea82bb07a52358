import Foundation
import Testing
@testable import TenorCLI

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
