/// The tokens that may vote in a token vote: `tokens/<vote>.txt` in the workspace, one token a
/// line (`T-7KQ2-M9XD`), or `sha256:<hex>` of a token, so the file need not reveal the tokens
/// themselves. Blank lines and lines starting with `#` are ignored.
///
/// Issuing tokens (printing them on cards, sending them) is done elsewhere; the workspace only
/// checks that a ballot's token is on the list, and the ballot log that each token votes once.
public struct TokenList: Sendable {
    private var plain = IDTable()
    private var hashed: Set<String> = []

    /// The file of a vote's tokens, relative to the workspace folder.
    public static func path(for vote: VoteID) -> String { "tokens/\(vote.rawValue).txt" }

    public init() {}

    /// Reads a token file; lines that are neither a token nor `sha256:` and 64 hex digits are reported.
    public init(bytes: [UInt8], file: String, diagnostics: inout Diagnostics) {
        for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var text = String(decoding: line, as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            text = text.trimmingSpaces
            if text.isEmpty || text.hasPrefix("#") { continue }
            if text.hasPrefix("sha256:") {
                let hex = text.dropFirst(7)
                guard hex.count == 64, hex.utf8.allSatisfy(LogTail.isLowerHex) else {
                    diagnostics.error("'\(text)' is not sha256: followed by 64 lowercase hex digits", at: SourceLocation(file: file, line: offset + 1))
                    continue
                }
                hashed.insert(String(hex))
            } else if let problem = VoterID.problem(with: text) {
                diagnostics.error("token: \(problem)", at: SourceLocation(file: file, line: offset + 1))
            } else {
                _ = plain.intern(text)
            }
        }
    }

    /// Whether `token` may vote.
    public func contains(_ token: VoterID) -> Bool {
        var text = token.rawValue
        return text.withUTF8 { contains(UnsafeRawBufferPointer($0)) }
    }

    func contains(_ token: UnsafeRawBufferPointer) -> Bool {
        if plain.find(token) != nil { return true }
        return !hashed.isEmpty && hashed.contains(SHA256.hex(token))
    }

    public var count: Int { plain.count + hashed.count }
}
