import Foundation

/// What identifies a log's contents for a result that names its input: the SHA-256 of its
/// bytes (as `sha256sum` prints it), its length and the chain value of its last committed batch.
public struct LogSeal: Sendable, Hashable {
    /// SHA-256 of the whole file, 64 lowercase hex digits.
    public var sha256: String
    public var bytes: Int
    /// The chain value of the last committed batch; `nil` for a log in format 1 or without records.
    public var chain: String?

    public init(sha256: String, bytes: Int, chain: String?) {
        self.sha256 = sha256
        self.bytes = bytes
        self.chain = chain
    }

    /// The seal of a log's bytes.
    public init(_ kind: LogKind, bytes: [UInt8]) {
        var chain: String?
        if case .current(let start) = LogHeader.identify(kind, .bytes(bytes)) {
            let tail = LogTail.find(kind, in: .bytes(bytes), recordsStart: start)
            if tail.lastSeq > 0 { chain = String(decoding: tail.chain, as: UTF8.self) }
        }
        self.init(sha256: SHA256.hex(bytes), bytes: bytes.count, chain: chain)
    }
}
