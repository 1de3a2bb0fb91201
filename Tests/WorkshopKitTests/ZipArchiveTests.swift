import Foundation
import Testing

@testable import WorkshopKit

@Suite("ZIP archives and CRC-32")
struct ZipArchiveTests {
    @Test("CRC-32 gives the standard check value")
    func checkValue() {
        // The check value of CRC-32/ISO-HDLC for "123456789" (the CRC catalogue, reveng.sourceforge.io).
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(CRC32.checksum(bytes) == ZipReader.crc32(bytes))
    }

    @Test("An archive reads back entry for entry: central directory, local headers, CRCs, dates")
    func readBack() throws {
        var archive = ZipArchive(date: Day("2023-08-07"))
        archive.add("[Content_Types].xml", Array("<Types/>".utf8))
        archive.add("xl/worksheets/sheet1.xml", Array(String(repeating: "Zeile äöü\n", count: 500).utf8))
        archive.add("empty", [])
        let reader = try ZipReader(archive.bytes())
        #expect(reader.entries.map(\.name) == ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "empty"])
        #expect(try reader.text("[Content_Types].xml") == "<Types/>")
        #expect(try reader.data("xl/worksheets/sheet1.xml").count == 500 * Array("Zeile äöü\n".utf8).count)
        // MS-DOS date: (2023 − 1980) << 9 | 8 << 5 | 7; midnight.
        #expect(reader.entries.allSatisfy { $0.dosDate == 43 << 9 | 8 << 5 | 7 && $0.dosTime == 0 })
        #expect(archive.bytes() == archive.bytes())
    }

    @Test("Deflate round-trips what the toolkit compresses, and XML shrinks to a fraction", arguments: [
        "", "a", "aaa", String(repeating: "a", count: 100_000), "<c r=\"A1\" s=\"1\"><v>3</v></c>",
        String(repeating: "<w:p><w:r><w:t xml:space=\"preserve\">Themenfeld-Workshop Mobilität</w:t></w:r></w:p>\n", count: 3_000),
    ])
    func deflate(_ text: String) throws {
        let bytes = Array(text.utf8)
        let compressed = Deflate.compress(bytes)
        #expect(try Inflate.decompress(compressed) == bytes)
        if bytes.count > 10_000 { #expect(compressed.count * 10 < bytes.count, "\(compressed.count) of \(bytes.count)") }
    }

    @Test("Deflate on bytes without repetition, long distances and every byte value")
    func deflateEdges() throws {
        var seed: UInt64 = 7
        let noise = (0..<70_000).map { _ -> UInt8 in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
        // Noise, then the same noise again 70 000 bytes later (beyond the 32 KiB window), then runs.
        let bytes = noise + Array(noise.prefix(40_000)) + Array(repeating: 0, count: 1_000) + (0...255).map(UInt8.init)
        #expect(try Inflate.decompress(Deflate.compress(bytes)) == bytes)
        // A stored entry where deflate does not help; deflated where it does.
        var archive = ZipArchive(date: nil)
        archive.add("noise", noise)
        archive.add("text", Array(String(repeating: "Zeile\n", count: 1_000).utf8))
        let reader = try ZipReader(archive.bytes())
        #expect(reader.entries.map(\.method) == [0, 8])
        #expect(try reader.data("noise") == noise)
    }

    /// About 430 KB: markup with numbers, noise, long runs and repeats beyond the window, so a
    /// stream encodes in several rounds and drops history between them.
    static let mixedBytes: [UInt8] = {
        var seed: UInt64 = 11
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed >> 33
        }
        var bytes: [UInt8] = []
        for row in 0..<3_000 {
            bytes += Array("<w:tr><w:tc><w:t xml:space=\"preserve\">Idee I-\(row) Zeile \(next() % 1000)</w:t></w:tc></w:tr>\n".utf8)
            if row % 500 == 0 { bytes += (0..<20_000).map { _ in UInt8(truncatingIfNeeded: next()) } }
            if row % 700 == 0 { bytes += Array(repeating: 0x20, count: 5_000) }
        }
        return bytes + Array(bytes.prefix(50_000))
    }()

    @Test("Deflate fed in pieces writes the same bytes as Deflate of the whole", arguments: [1, 7, 4_096, 70_000, 1 << 20])
    func deflateStream(piece: Int) throws {
        let bytes = Self.mixedBytes
        var stream = Deflate.Stream()
        var offset = 0
        while offset < bytes.count {
            stream.write(bytes[offset..<min(offset + piece, bytes.count)])
            offset += piece
        }
        let compressed = stream.finish()
        #expect(compressed == Deflate.compress(bytes))
        #expect(stream.count == bytes.count)
        #expect(stream.checksum.value == CRC32.checksum(bytes))
        #expect(try Inflate.decompress(compressed) == bytes)
    }

    @Test("Deflate streams of nothing and of a few bytes match the whole", arguments: ["", "a", "abcabcabc", "<w:p/>"])
    func deflateStreamShort(_ text: String) {
        var stream = Deflate.Stream()
        for byte in text.utf8 { stream.write([byte]) }
        #expect(stream.finish() == Deflate.compress(Array(text.utf8)))
    }

    @Test("Without a date, and outside ZIP's years, entries are dated within 1980–2107")
    func dates() throws {
        var archive = ZipArchive(date: nil)
        archive.add("a", [1])
        #expect(try ZipReader(archive.bytes()).entries[0].dosDate == 1 << 5 | 1)
        archive.date = Day("1970-06-15")
        #expect(try ZipReader(archive.bytes()).entries[0].dosDate == 1 << 5 | 1)
        archive.date = Day("2200-06-15")
        #expect(try ZipReader(archive.bytes()).entries[0].dosDate == 127 << 9 | 12 << 5 | 31)
    }
}
