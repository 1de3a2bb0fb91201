import Foundation
import Testing

/// Reads a ZIP archive the way an unzip tool checks one, written here independently of the
/// toolkit's writer: the end record, every central directory entry, the local header it
/// points to, and the data against its CRC-32 (computed bit by bit, not from a table).
/// Stored entries only (method 0): that is what the toolkit writes.
struct ZipReader {
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var crc: UInt32
        var dosTime: UInt16
        var dosDate: UInt16
        var localHeaderOffset: Int
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws {
        func u16(_ offset: Int) throws -> Int {
            guard offset + 2 <= bytes.count else { throw Problem(description: "read past the end at \(offset)") }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
        }
        func u32(_ offset: Int) throws -> Int {
            let low = try u16(offset)
            let high = try u16(offset + 2)
            return low | high << 16
        }
        let end = bytes.count - 22
        guard end >= 0, try u32(end) == 0x0605_4B50 else { throw Problem(description: "no end of central directory record (or a comment)") }
        let count = try u16(end + 10)
        guard try u16(end + 8) == count else { throw Problem(description: "entries on this disk differ from the total") }
        let directorySize = try u32(end + 12)
        var offset = try u32(end + 16)
        guard offset + directorySize == end else { throw Problem(description: "central directory does not end at the end record") }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try u32(offset) == 0x0201_4B50 else { throw Problem(description: "bad central header signature at \(offset)") }
            let method = try u16(offset + 10)
            let crc = UInt32(try u32(offset + 16))
            let compressed = try u32(offset + 20)
            let size = try u32(offset + 24)
            let nameLength = try u16(offset + 28)
            let extra = try u16(offset + 30)
            let comment = try u16(offset + 32)
            let local = try u32(offset + 42)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            guard method == 0, compressed == size else { throw Problem(description: "\(name): not stored (method \(method))") }
            guard try u32(local) == 0x0403_4B50 else { throw Problem(description: "\(name): bad local header signature") }
            let localNameLength = try u16(local + 26)
            let localExtra = try u16(local + 28)
            guard String(decoding: bytes[(local + 30)..<(local + 30 + localNameLength)], as: UTF8.self) == name,
                UInt32(try u32(local + 14)) == crc, try u32(local + 22) == size
            else { throw Problem(description: "\(name): local header disagrees with the central directory") }
            let start = local + 30 + localNameLength + localExtra
            guard start + size <= bytes.count else { throw Problem(description: "\(name): data runs past the end") }
            let data = Array(bytes[start..<(start + size)])
            guard Self.crc32(data) == crc else { throw Problem(description: "\(name): CRC-32 mismatch") }
            entries.append(Entry(
                name: name, bytes: data, crc: crc, dosTime: UInt16(try u16(offset + 12)), dosDate: UInt16(try u16(offset + 14)),
                localHeaderOffset: local))
            offset += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    func data(_ name: String) throws -> [UInt8] {
        try #require(entries.first { $0.name == name }, "no entry \(name) in \(entries.map(\.name))").bytes
    }

    func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    /// CRC-32 bit by bit (reflected polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
