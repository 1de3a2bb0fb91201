import Foundation

/// A text file written in large pieces.
struct ChunkedFile {
    let url: URL
    var bytes: [UInt8] = []
    var handle: FileHandle?

    init(_ url: URL) { self.url = url }

    mutating func text(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func flushIfLarge() throws {
        if bytes.count > 8 << 20 { try flush() }
    }

    mutating func flush() throws {
        if handle == nil {
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            handle = try FileHandle(forWritingTo: url)
        }
        try handle?.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush()
        try handle?.close()
    }
}
