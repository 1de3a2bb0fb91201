import Foundation
import Testing

/// Reads a ZIP archive the way an unzip tool checks one, written here independently of the
/// toolkit's writer: the end record, every central directory entry, the local header it
/// points to, and the data against its CRC-32 (computed bit by bit, not from a table).
/// Stored (method 0) and deflated (method 8) entries, inflated by `Inflate`: the methods the
/// toolkit writes.
struct ZipReader {
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var method: Int
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
            guard method == 0 || method == 8 else { throw Problem(description: "\(name): method \(method)") }
            guard try u32(local) == 0x0403_4B50 else { throw Problem(description: "\(name): bad local header signature") }
            let localNameLength = try u16(local + 26)
            let localExtra = try u16(local + 28)
            guard String(decoding: bytes[(local + 30)..<(local + 30 + localNameLength)], as: UTF8.self) == name,
                UInt32(try u32(local + 14)) == crc, try u32(local + 18) == compressed, try u32(local + 22) == size,
                try u16(local + 8) == method
            else { throw Problem(description: "\(name): local header disagrees with the central directory") }
            let start = local + 30 + localNameLength + localExtra
            guard start + compressed <= bytes.count else { throw Problem(description: "\(name): data runs past the end") }
            let raw = Array(bytes[start..<(start + compressed)])
            let data = method == 8 ? try Inflate.decompress(raw) : raw
            guard data.count == size else { throw Problem(description: "\(name): \(data.count) bytes, the header says \(size)") }
            guard Self.crc32(data) == crc else { throw Problem(description: "\(name): CRC-32 mismatch") }
            entries.append(Entry(
                name: name, bytes: data, method: method, crc: crc, dosTime: UInt16(try u16(offset + 12)), dosDate: UInt16(try u16(offset + 14)),
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

/// Inflates a raw DEFLATE stream (RFC 1951) with stored and fixed-Huffman blocks, bit by bit:
/// a reference decoder for the toolkit's compressor, written from the RFC. Dynamic blocks are
/// refused (the toolkit never writes them).
enum Inflate {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        var position = 0  // in bits
        func bit() throws -> Int {
            guard position / 8 < input.count else { throw Problem(description: "stream ends early") }
            defer { position += 1 }
            return Int(input[position / 8] >> UInt8(position % 8)) & 1
        }
        func bits(_ count: Int) throws -> Int {
            var value = 0
            for index in 0..<count { value |= try bit() << index }
            return value
        }
        /// A fixed literal/length symbol, read code bit by code bit (most significant first).
        func symbol() throws -> Int {
            var code = 0
            for length in 1...9 {
                code = code << 1 | (try bit())
                switch (length, code) {
                case (7, 0...0b0010111): return 256 + code
                case (8, 0b0011_0000...0b1011_1111): return code - 0b0011_0000
                case (8, 0b1100_0000...0b1100_0111): return 280 + code - 0b1100_0000
                case (9, 0b1_1001_0000...0b1_1111_1111): return 144 + code - 0b1_1001_0000
                default: continue
                }
            }
            throw Problem(description: "no fixed code")
        }
        let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193,
            12289, 16385, 24577,
        ]
        let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        var output: [UInt8] = []
        var final = 0
        while final == 0 {
            final = try bit()
            switch try bits(2) {
            case 0:
                position = (position + 7) / 8 * 8
                let length = try bits(16)
                guard try bits(16) == length ^ 0xFFFF else { throw Problem(description: "stored block length") }
                for _ in 0..<length { output.append(UInt8(try bits(8))) }
            case 1:
                decoding: while true {
                    let value = try symbol()
                    switch value {
                    case 0..<256:
                        output.append(UInt8(value))
                    case 256:
                        break decoding
                    default:
                        guard value - 257 < lengthBase.count else { throw Problem(description: "length code \(value)") }
                        let length = lengthBase[value - 257] + (try bits(lengthExtra[value - 257]))
                        var code = 0
                        for _ in 0..<5 { code = code << 1 | (try bit()) }
                        guard code < distanceBase.count else { throw Problem(description: "distance code \(code)") }
                        let distance = distanceBase[code] + (try bits(distanceExtra[code]))
                        guard distance <= output.count else { throw Problem(description: "distance \(distance) before the start") }
                        for _ in 0..<length { output.append(output[output.count - distance]) }
                    }
                }
            default:
                throw Problem(description: "a block type the toolkit does not write")
            }
        }
        return output
    }
}
