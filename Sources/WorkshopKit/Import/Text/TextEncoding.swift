import Foundation

/// The character encodings input files may come in.
///
/// UTF-8 is the default everywhere. Windows-1252 is what older German Excel versions save
/// as "CSV (Trennzeichen-getrennt)"; ISO 8859-1 is its subset without the 0x80–0x9F letters.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// Accepts the common spellings: `utf8`, `UTF-8`, `cp1252`, `latin1`, …
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win1252", "windows1252": self = .windows1252
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }

    /// The accepted names, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Turns bytes into text, or says exactly where the bytes are not what they claim to be.
public enum TextDecoder {
    /// Where a file stops being valid UTF-8.
    public struct InvalidUTF8: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var byte: UInt8
        /// How many lines hold invalid bytes in all.
        public var invalidLines: Int
        /// The character the byte would be in Windows-1252, when that looks like the cause.
        public var windows1252Guess: Character?
    }

    /// Decodes `bytes` into UTF-8 bytes without a byte order mark.
    /// - Throws: `InvalidUTF8` for UTF-8 input that is not valid, with the first bad byte's place.
    /// A file with a UTF-16 byte order mark (Excel's "Unicode text") is read as UTF-16 whatever
    /// `encoding` says: the mark cannot be mistaken.
    public static func utf8Bytes(_ bytes: [UInt8], encoding: TextEncoding) throws(InvalidUTF8) -> [UInt8] {
        if let transcoded = try utf16(bytes) { return transcoded }
        switch encoding {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let problem = firstInvalidUTF8(body) { throw problem }
            return body
        case .windows1252, .latin1:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    let scalar = encoding == .windows1252 ? windows1252Scalar(byte) : Unicode.Scalar(byte)
                    output.append(contentsOf: Array(String(Character(scalar)).utf8))
                }
            }
            return output
        }
    }

    /// The UTF-8 bytes of a file that starts with a UTF-16 byte order mark (`FF FE` little
    /// endian, `FE FF` big endian), without the mark; `nil` without one.
    /// - Throws: `InvalidUTF8` at an unpaired surrogate or a last odd byte, with its line and column.
    public static func utf16(_ bytes: [UInt8]) throws(InvalidUTF8) -> [UInt8]? {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var line = 1
        var column = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                UTF8.encode(scalar) { output.append($0) }
            case .emptyInput:
                break loop
            case .error:
                throw InvalidUTF8(line: line, column: column, byte: 0, invalidLines: 1, windows1252Guess: nil)
            }
        }
        if bytes.count % 2 == 1 {
            throw InvalidUTF8(line: line, column: column, byte: bytes[bytes.count - 1], invalidLines: 1, windows1252Guess: nil)
        }
        return output
    }

    /// Decodes `bytes` into a string (see `utf8Bytes`).
    public static func string(_ bytes: [UInt8], encoding: TextEncoding) throws(InvalidUTF8) -> String {
        String(decoding: try utf8Bytes(bytes, encoding: encoding), as: UTF8.self)
    }

    /// The first invalid UTF-8 sequence in `bytes`, with its line and column (in characters).
    /// Lines end at CRLF, LF or CR, as they do for the CSV reader.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> InvalidUTF8? {
        // Most files are valid: that is checked first, eight ASCII bytes at a time, and the
        // line and column are counted only in a file that is not.
        if isValidUTF8(bytes) { return nil }
        var index = 0
        var line = 1
        var column = 1
        var first: InvalidUTF8?
        var invalidLines = 0
        var lineHasInvalid = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                line += 1
                column = 1
                lineHasInvalid = false
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if first == nil {
                    first = InvalidUTF8(
                        line: line, column: column, byte: byte, invalidLines: 0,
                        windows1252Guess: byte >= 0x80 ? Character(windows1252Scalar(byte)) : nil)
                }
                if !lineHasInvalid {
                    invalidLines += 1
                    lineHasInvalid = true
                }
                index += 1
            } else {
                index += length
            }
            column += 1
        }
        first?.invalidLines = invalidLines
        return first
    }

    /// Whether every sequence in `bytes` is valid UTF-8, as `sequenceLength` judges it.
    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index < raw.count {
                if raw.count - index >= 8 && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                } else if raw[index] < 0x80 {
                    index += 1
                } else {
                    let length = sequenceLength(bytes, at: index)
                    if length == 0 { return false }
                    index += length
                }
            }
            return true
        }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// Windows-1252 as WHATWG defines it: 0x80–0x9F hold € ‚ ƒ „ … and the like; the five
    /// unassigned bytes map to the C1 controls of the same value.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(table[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}

extension TextDecoder.InvalidUTF8: CustomStringConvertible {
    /// "byte 0xE4 is not UTF-8 (it is 'ä' in Windows-1252); save the file as UTF-8 or read it with --encoding windows-1252".
    public var description: String {
        let hex = String(byte, radix: 16, uppercase: true)
        var text = "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not valid UTF-8"
        if let guess = windows1252Guess, guess.isLetter || guess.isPunctuation || guess.isSymbol {
            text += " (it is '\(guess)' in Windows-1252, as older Excel saves CSV)"
        }
        if invalidLines > 1 { text += "; \(invalidLines) lines have such bytes" }
        text += "; save the file as UTF-8, or read it in the encoding windows-1252"
        return text
    }
}
