/// A strict JSON parser (RFC 8259) that remembers where every value starts.
///
/// It reports the first syntax error with its line and column and says what was expected,
/// including the mistakes people make when editing by hand: trailing commas, comments,
/// single quotes, duplicate keys.
public struct JSONParser {
    /// A syntax error: where it is and what was wrong.
    public struct SyntaxError: Error, Sendable, Equatable {
        public var position: TextPosition
        public var message: String
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    // Column counting resumes where it last stopped, so positions cost O(n) over a whole file.
    private var countedIndex = 0
    private var countedColumn = 1

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON document.
    /// - Throws: `SyntaxError` with the position of the first problem.
    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSON {
        // UTF-16 with a byte order mark (as Windows tools save "Unicode"): read as such.
        let transcoded: [UInt8]?
        do {
            transcoded = try TextDecoder.utf16(bytes)
        } catch {
            throw SyntaxError(
                position: TextPosition(line: error.line, column: error.column),
                message: "the file is UTF-16 (it starts with a byte order mark) but breaks off here; save it again as UTF-8")
        }
        if let transcoded { return try parse(transcoded) }
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.index = 3
            parser.lineStart = 3
        }
        parser.skipWhitespace()
        guard parser.index < bytes.count else {
            throw parser.error("the file is empty; expected a JSON value")
        }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    public static func parse(_ text: String) throws(SyntaxError) -> JSON {
        try parse(Array(text.utf8))
    }

    // MARK: - Values

    private var position: TextPosition {
        mutating get {
            // Columns count scalars: skip UTF-8 continuation bytes.
            if countedIndex < lineStart || countedIndex > index {
                countedIndex = lineStart
                countedColumn = 1
            }
            while countedIndex < index {
                if bytes[countedIndex] & 0xC0 != 0x80 { countedColumn += 1 }
                countedIndex += 1
            }
            return TextPosition(line: line, column: countedColumn)
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSON {
        let start = position
        guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return JSON(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSON(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSON(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSON(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSON(.number(try parseNumber()), at: start)
        case UInt8(ascii: "'"):
            throw error("strings take double quotes (\"…\"), not single quotes")
        case UInt8(ascii: "/"):
            throw error("JSON has no comments; remove the comment")
        default:
            throw error("unexpected \(describeCurrent()); expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject(_ start: TextPosition) throws(SyntaxError) -> JSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSON.Member] = []
        var seen: [String: TextPosition] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            return JSON(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            guard peek(UInt8(ascii: "\"")) else {
                if peek(UInt8(ascii: "}")) { throw error("trailing comma before '}'; remove the last ','") }
                if peek(UInt8(ascii: "/")) { throw error("JSON has no comments; remove the comment") }
                throw error("unexpected \(describeCurrent()); expected a key in double quotes")
            }
            let key = try parseString()
            // Objects are small: a look back finds a duplicate key, a table only for large ones.
            let earlier = members.count < 16 ? members.first { $0.key == key }?.keyPosition : seen[key]
            if let earlier {
                throw SyntaxError(
                    position: keyPosition,
                    message: "duplicate key \"\(key)\" (first at line \(earlier.line)); each key may appear once")
            }
            if members.count == 15 { for member in members { seen[member.key] = member.keyPosition } }
            if members.count >= 15 { seen[key] = keyPosition }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()); expected ':' after the key \"\(key)\"") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSON.Member(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "}")) {
                index += 1
                return JSON(.object(members), at: start)
            }
            throw error("unexpected \(describeCurrent()); expected ',' or '}' after the value of \"\(key)\"")
        }
    }

    private mutating func parseArray(_ start: TextPosition) throws(SyntaxError) -> JSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSON] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            return JSON(.array(items), at: start)
        }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { throw error("trailing comma before ']'; remove the last ','") }
            items.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                continue
            }
            if peek(UInt8(ascii: "]")) {
                index += 1
                return JSON(.array(items), at: start)
            }
            throw error("unexpected \(describeCurrent()); expected ',' or ']' in the array")
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ parser: JSONParser, to end: Int) throws(SyntaxError) -> String {
            let run = parser.bytes[runStart..<end]
            guard let text = String(validating: run, as: UTF8.self) else {
                throw parser.error("the text is not valid UTF-8; save the file as UTF-8", at: Self.firstInvalidByte(in: run))
            }
            return text
        }
        while true {
            guard index < bytes.count else { throw error("unterminated string; a closing '\"' is missing") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = try flush(self, to: index)
                index += 1
                // Without escapes, the run is the whole string.
                if scalars.isEmpty { return run }
                scalars.append(contentsOf: run.unicodeScalars)
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: try flush(self, to: index).unicodeScalars)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
                continue
            }
            if byte < 0x20 {
                if byte == 0x0A { throw error("line break inside a string; write it as \\n") }
                throw error("control character U+\(hex4(UInt32(byte))) inside a string; escape it as \\u\(hex4(UInt32(byte)))")
            }
            index += 1
        }
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        let escapeStart = index - 1  // the backslash
        guard index < bytes.count else { throw error("unterminated escape sequence") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("lone surrogate \\u\(hex4(high)); a high surrogate must be followed by a low one", at: escapeStart)
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("\\u\(hex4(high)) must be followed by a low surrogate, not \\u\(hex4(low))", at: escapeStart)
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw error("lone surrogate \\u\(hex4(high))", at: escapeStart)
            }
            return scalar
        default:
            index -= 1
            throw error("unknown escape '\\\(describeByte(byte))'; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw error("\\u must be followed by four hexadecimal digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs digits after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("numbers may not have leading zeros") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a decimal point must be followed by digits") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("an exponent must have digits") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let utf8 = Array(word.utf8)
        guard bytes.count - index >= utf8.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
            throw error("unexpected \(describeCurrent()); expected a value (did you mean \(word)? strings need double quotes)")
        }
        index += utf8.count
    }

    // MARK: - Helpers

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func error(_ message: String) -> SyntaxError {
        var copy = self
        return SyntaxError(position: copy.position, message: message)
    }

    /// An error at an earlier byte of the current line, such as the start of an escape sequence.
    private func error(_ message: String, at byteIndex: Int) -> SyntaxError {
        var copy = self
        copy.index = byteIndex
        return SyntaxError(position: copy.position, message: message)
    }

    /// The index of the first byte in `run` that does not begin a valid UTF-8 sequence.
    private static func firstInvalidByte(in run: ArraySlice<UInt8>) -> Int {
        var iterator = run.makeIterator()
        var decoder = UTF8()
        var offset = run.startIndex
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        return "'\(describeByte(bytes[index]))'"
    }

    private func describeByte(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        if byte >= 0x80 {
            // Show the whole character when it is valid UTF-8.
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80, end - index < 4 { end += 1 }
            if let text = String(validating: bytes[index..<end], as: UTF8.self) { return text }
        }
        return "U+" + hex4(UInt32(byte))
    }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

private func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
