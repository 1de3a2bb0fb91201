import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tokens that may vote in a token vote: `tokens/<vote>.txt` in the workspace, one token a
/// line (`T-7KQ2-M9XD`), or `sha256:<hex>` of a token, so the file need not reveal the tokens
/// themselves. Blank lines and lines starting with `#` are ignored.
///
/// Issuing tokens (printing them on cards, sending them) is done elsewhere; the workspace only
/// checks that a ballot's token is on the list, and the ballot log that each token votes once.
public struct TokenList: Sendable {
    private var plain = IDTable()
    /// The SHA-256 of tokens, as 64 hex digits.
    private var hashed = IDTable()
    /// The file as read, for a list that looks tokens up in it rather than reading every line.
    private var text: [UInt8]?

    /// The file of a vote's tokens, relative to the workspace folder.
    public static func path(for vote: VoteID) -> String { "tokens/\(vote.rawValue).txt" }

    /// Reads a token file; lines that are neither a token nor `sha256:` and 64 hex digits are
    /// reported. Works from the bytes: a list of a million tokens builds no strings.
    public init(bytes: [UInt8], file: String, diagnostics: inout Diagnostics) {
        var problems: [(line: Int, text: String)] = []
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var start = 0
            var number = 0
            while start < raw.count {
                number += 1
                let end = memchr(base + start, 0x0A, raw.count - start).map { UnsafeRawPointer($0) - base } ?? raw.count
                var first = start
                var last = end
                while first < last, raw[first] == 0x20 || raw[first] == 0x09 { first += 1 }
                while last > first, raw[last - 1] == 0x20 || raw[last - 1] == 0x09 || raw[last - 1] == 0x0D { last -= 1 }
                start = end + 1
                let line = UnsafeRawBufferPointer(rebasing: raw[first..<last])
                if line.isEmpty || line[0] == 0x23 { continue }
                if line.starts(with: "sha256:".utf8) {
                    let hex = UnsafeRawBufferPointer(rebasing: line[7...])
                    if hex.count == 64, hex.allSatisfy(LogTail.isLowerHex) { _ = hashed.intern(hex) } else { problems.append((number, String(decoding: line, as: UTF8.self))) }
                } else if VoterID.isValid(line) {
                    _ = plain.intern(line)
                } else {
                    problems.append((number, String(decoding: line, as: UTF8.self)))
                }
            }
        }
        for problem in problems {
            let message =
                problem.text.hasPrefix("sha256:")
                ? "'\(problem.text)' is not sha256: followed by 64 lowercase hex digits" : "token: \(VoterID.problem(with: problem.text) ?? "")"
            diagnostics.error(message, at: SourceLocation(file: file, line: problem.line))
        }
    }

    /// A list that looks each token up in the file's text: for recording a few ballots, where
    /// reading every line of a long list would cost more than the lookups.
    public init(searching bytes: [UInt8]) {
        text = bytes
    }

    /// Whether `token` may vote.
    public func contains(_ token: VoterID) -> Bool {
        var text = token.rawValue
        return text.withUTF8 { contains(UnsafeRawBufferPointer($0)) }
    }

    func contains(_ token: UnsafeRawBufferPointer) -> Bool {
        if let text {
            return Self.hasLine(Array(token), in: text) || Self.hasLine(Array(("sha256:" + SHA256.hex(token)).utf8), in: text)
        }
        return index(of: token) != nil
    }

    /// How many tokens a list read whole holds.
    var count: Int { plain.count + hashed.count }

    /// The token's number in a list read whole (`0..<count`), or `nil` when it is not on it.
    func index(of token: UnsafeRawBufferPointer) -> Int? {
        if let found = plain.find(token) { return Int(found) }
        guard hashed.count > 0 else { return nil }
        var hasher = SHA256.Hasher()
        hasher.update(token)
        return hasher.finalizeHexBytes().withUnsafeBytes { hashed.find($0) }.map { plain.count + Int($0) }
    }

    /// Whether `text` has a line that is `line` (ignoring a CR and spaces around it).
    private static func hasLine(_ line: [UInt8], in text: [UInt8]) -> Bool {
        guard !line.isEmpty else { return false }
        return text.withUnsafeBytes { haystack in
            line.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress else { return false }
                var start = 0
                while start < haystack.count {
                    let end = memchr(base + start, 0x0A, haystack.count - start).map { UnsafeRawPointer($0) - base } ?? haystack.count
                    var first = start
                    var last = end
                    while first < last, haystack[first] == 0x20 || haystack[first] == 0x09 { first += 1 }
                    while last > first, haystack[last - 1] == 0x20 || haystack[last - 1] == 0x09 || haystack[last - 1] == 0x0D { last -= 1 }
                    if last - first == needle.count, memcmpEqual(base + first, needle.baseAddress!, needle.count) { return true }
                    start = end + 1
                }
                return false
            }
        }
    }
}
