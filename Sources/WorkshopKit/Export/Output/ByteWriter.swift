/// Text built as UTF-8 bytes, piece by piece: what the large exports (the committee paper's
/// XML, the web page, the workbook's sheets) are written into, rather than joining `String`s.
/// Appending a string copies its bytes and allocates nothing else.
///
/// A writer made with a `drain` hands its bytes on whenever a mebibyte has gathered (to
/// Deflate, a hash or a file), so a document of any length needs only that much memory.
///
/// ```swift
/// var xml = ByteWriter()
/// xml.append("<t>")
/// xml.appendEscaped("Tom & Jerry")   // <t>Tom &amp; Jerry
/// ```
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    /// Takes the bytes gathered so far; `nil` keeps every byte in `bytes`.
    private let drain: (([UInt8]) -> Void)?

    /// How many bytes a draining writer gathers before it hands them on.
    static let chunkSize = 1 << 20

    init(capacity: Int = 0) {
        drain = nil
        bytes.reserveCapacity(capacity)
    }

    /// A writer that hands its bytes to `drain` a mebibyte at a time; call `flush()` at the end.
    init(drain: @escaping ([UInt8]) -> Void) {
        self.drain = drain
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    @inline(__always)
    private mutating func drainIfFull() {
        if let drain, bytes.count >= Self.chunkSize {
            drain(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on what is left; a writer without `drain` keeps it.
    mutating func flush() {
        guard let drain, !bytes.isEmpty else { return }
        drain(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text's bytes, as they are.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        drainIfFull()
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
        drainIfFull()
    }

    /// A whole number in decimal, as `String(value)` writes it.
    mutating func append(_ value: Int) {
        if value >= 0 && value < 10 {
            append(byte: 0x30 + UInt8(value))
        } else {
            append(String(value))
        }
    }

    /// Text or an attribute value as `XMLText.escaped` writes it: `& < > " '` as character
    /// references, line breaks and tabs as spaces, characters XML does not allow dropped.
    mutating func appendEscaped(_ text: String) {
        if XMLText.needsNoEscaping(text) {
            append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "'": append("&apos;")
            case "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": append(byte: 0x20)
            default:
                if XMLText.isAllowed(scalar) {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        drainIfFull()
    }

    /// The bytes as text (they are valid UTF-8: every piece was).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
