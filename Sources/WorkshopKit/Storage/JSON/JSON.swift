/// A JSON value with the place it was read from, so that problems can be reported by line and column.
///
/// Numbers keep their literal text: `"0.65"` stays exact until a caller converts it
/// (to integer cents, a `Decimal` or an `Int`), and nothing passes through `Double`.
public struct JSON: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSON])
        case object([Member])
    }

    /// One `"key": value` pair of an object, in the order written.
    public struct Member: Sendable {
        public var key: String
        public var keyPosition: TextPosition
        public var value: JSON

        public init(key: String, keyPosition: TextPosition = .unknown, value: JSON) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public var value: Value
    /// Where the value starts in its file; `.unknown` for values built in code.
    public var position: TextPosition

    public init(_ value: Value, at position: TextPosition = .unknown) {
        self.value = value
        self.position = position
    }

    /// What the value is, for messages: "a string", "an object", …
    public var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

// Building values in code, for writing.
extension JSON {
    public static let null = JSON(.null)
    public static func string(_ text: String) -> JSON { JSON(.string(text)) }
    public static func bool(_ flag: Bool) -> JSON { JSON(.bool(flag)) }
    public static func number(_ value: Int) -> JSON { JSON(.number(String(value))) }
    public static func array(_ items: [JSON]) -> JSON { JSON(.array(items)) }

    /// An object from pairs; pairs whose value is `nil` are left out, so optional fields vanish.
    public static func object(_ pairs: KeyValuePairs<String, JSON?>) -> JSON {
        JSON(.object(pairs.compactMap { key, value in value.map { Member(key: key, value: $0) } }))
    }
}

/// A line and column in a text file, both counted from 1; columns count Unicode scalars.
public struct TextPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of values that were not read from a file.
    public static let unknown = TextPosition(line: 0, column: 0)
}
