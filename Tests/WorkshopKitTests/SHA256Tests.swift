import Foundation
import Testing

@testable import WorkshopKit

@Suite("SHA256")
struct SHA256Tests {
    @Test(
        "FIPS 180-4 / NIST example vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
        // Any collection of bytes works, not only arrays.
        #expect(SHA256.hex(message.utf8) == digest)
    }

    @Test("one million 'a'")
    func millionA() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the digest is 32 bytes and hex is its lowercase, zero-padded spelling")
    func digestAndHex() {
        let digest = SHA256.digest(Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xBA, 0x78, 0x16, 0xBF])
        let hex = SHA256.hex(Array("abc".utf8))
        #expect(hex.count == 64)
        #expect(hex.contains("0015ad"))
        #expect(hex == digest.map { String(format: "%02x", $0) }.joined())
    }

    /// Deterministic bytes that cover all byte values, including 0x00, 0x80 and 0xFF.
    static func bytes(length: Int) -> [UInt8] {
        var state: UInt32 = 0x9E37_79B9 &+ UInt32(length)
        return (0..<length).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    @Test("agrees with sha256sum for every length from 0 to 130 bytes (all padding cases)")
    func againstSha256sum() throws {
        let tool = "/usr/bin/sha256sum"
        try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is needed to check the digests")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let lengths = Array(0...130)
        var paths: [String] = []
        for length in lengths {
            let url = folder.appendingPathComponent("bytes-\(length)")
            try Data(Self.bytes(length: length)).write(to: url)
            paths.append(url.path)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sha256sum failed")

        let text = try #require(String(data: data, encoding: .utf8))
        let lines = text.split(separator: "\n")
        try #require(lines.count == lengths.count, "sha256sum printed \(lines.count) lines")
        for (length, line) in zip(lengths, lines) {
            let parts = line.split(separator: " ", maxSplits: 1)
            try #require(parts.count == 2)
            #expect(parts[1].hasSuffix("bytes-\(length)"))
            #expect(SHA256.hex(Self.bytes(length: length)) == String(parts[0]), "length \(length)")
        }
    }
}

@Suite("SHA256: the CPU's SHA instructions and the portable code")
struct SHA256PathTests {
    @Test("Both paths give the same digest for every length from 0 to 300 bytes, and for pieces of any size")
    func pathsAgree() {
        for length in 0...300 {
            let bytes = SHA256Tests.bytes(length: length)
            var fast = SHA256.Hasher()
            var portable = SHA256.Hasher(portable: true)
            fast.update(bytes)
            // The portable hasher gets the bytes in uneven pieces, so partial blocks are joined.
            var start = 0
            var piece = 1
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                portable.update(bytes[start..<end])
                start = end
                piece = piece * 3 % 97 + 1
            }
            #expect(fast.finalizeHex() == portable.finalizeHex(), "length \(length)")
        }
    }

    @Test("The portable path alone meets the FIPS 180-4 vectors")
    func portableVectors() {
        var hasher = SHA256.Hasher(portable: true)
        hasher.update(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        #expect(hasher.finalizeHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var million = SHA256.Hasher(portable: true)
        million.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(million.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
