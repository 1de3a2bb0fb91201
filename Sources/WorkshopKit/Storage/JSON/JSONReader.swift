/// Reads typed values out of parsed JSON and records a diagnostic, with file, line and
/// column, for every problem instead of stopping at the first.
///
/// Decoders return `nil` for a value they cannot use; the reason is in `diagnostics`.
public struct JSONReader: Sendable {
    /// The file the JSON came from, as it appears in diagnostics.
    public let file: String
    public private(set) var diagnostics = Diagnostics()

    public init(file: String) {
        self.file = file
    }

    public func location(_ position: TextPosition) -> SourceLocation {
        position == .unknown
            ? SourceLocation(file: file)
            : SourceLocation(file: file, line: position.line, column: position.column)
    }

    public mutating func error(_ message: String, at position: TextPosition) {
        diagnostics.error(message, at: location(position))
    }

    public mutating func warning(_ message: String, at position: TextPosition) {
        diagnostics.warning(message, at: location(position))
    }

    // MARK: Objects

    /// Opens `json` as an object, or records that `what` must be one.
    public mutating func object(_ json: JSON, _ what: String) -> JSONObject? {
        guard case .object(let members) = json.value else {
            error("\(what) must be an object {…}, found \(json.kindDescription)", at: json.position)
            return nil
        }
        return JSONObject(members: members, position: json.position, what: what)
    }

    /// Reads a required member, recording an error when it is missing or unusable.
    public mutating func required<T: JSONCodable>(_ key: String, in object: inout JSONObject) -> T? {
        guard let value = object.take(key) else {
            error("\(object.what) is missing \"\(key)\"", at: object.position)
            return nil
        }
        return T(json: value, key: key, reader: &self)
    }

    /// Reads an optional member; `null` counts as absent.
    public mutating func optional<T: JSONCodable>(_ key: String, in object: inout JSONObject) -> T? {
        guard let value = object.take(key) else { return nil }
        if case .null = value.value { return nil }
        return T(json: value, key: key, reader: &self)
    }

    /// Reads an optional array member of values that each decode on their own; absent means empty.
    public mutating func list<T: JSONCodable>(_ key: String, in object: inout JSONObject) -> [T] {
        guard let value = object.take(key) else { return [] }
        return list(value, key)
    }

    /// Reads an array whose items each decode on their own; unusable items are reported and left out.
    public mutating func list<T: JSONCodable>(_ json: JSON, _ what: String) -> [T] {
        guard case .array(let items) = json.value else {
            error("\"\(what)\" must be an array […], found \(json.kindDescription)", at: json.position)
            return []
        }
        return items.compactMap { T(json: $0, key: what, reader: &self) }
    }

    /// Reports every key the decoder did not read: a typo must not be silently ignored.
    public mutating func finish(_ object: JSONObject) {
        for member in object.members where !object.readKeys.contains(member.key) {
            let allowed = object.readKeys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            error("unknown key \"\(member.key)\" in \(object.what); allowed: \(allowed)", at: member.keyPosition)
        }
    }
}

/// An object being read: remembers which keys were asked for, so the rest can be reported.
public struct JSONObject: Sendable {
    public let members: [JSON.Member]
    public let position: TextPosition
    /// What the object is, for messages: "idea I-3", "workshop", …
    public var what: String
    /// The keys asked for (few per object, so a list).
    fileprivate(set) var readKeys: [String] = []

    init(members: [JSON.Member], position: TextPosition, what: String) {
        self.members = members
        self.position = position
        self.what = what
    }

    /// The member's value, marking the key as known.
    public mutating func take(_ key: String) -> JSON? {
        if !readKeys.contains(key) { readKeys.append(key) }
        return members.first { $0.key == key }?.value
    }

    /// Where a member's value starts, or the object's own position when it is absent.
    public func position(of key: String) -> TextPosition {
        members.first { $0.key == key }?.value.position ?? position
    }
}

/// A value that can be read from JSON (reporting problems to the reader) and written back.
public protocol JSONCodable {
    /// Reads a value; on a problem, records a diagnostic naming `key` and returns `nil`.
    init?(json: JSON, key: String, reader: inout JSONReader)
    var json: JSON { get }
}

extension String: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .string(let text) = json.value else {
            reader.error("\"\(key)\" must be a string in double quotes, found \(json.kindDescription)", at: json.position)
            return nil
        }
        self = text
    }

    public var json: JSON { .string(self) }
}

extension Bool: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .bool(let flag) = json.value else {
            reader.error("\"\(key)\" must be true or false, found \(json.kindDescription)", at: json.position)
            return nil
        }
        self = flag
    }

    public var json: JSON { .bool(self) }
}

extension Int: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .number(let literal) = json.value, let value = Int(literal) else {
            let found = if case .number(let literal) = json.value { "'\(literal)'" } else { json.kindDescription }
            reader.error("\"\(key)\" must be a whole number, found \(found)", at: json.position)
            return nil
        }
        self = value
    }

    public var json: JSON { .number(self) }
}

extension Array: JSONCodable where Element: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .array = json.value else {
            reader.error("\"\(key)\" must be an array […], found \(json.kindDescription)", at: json.position)
            return nil
        }
        self = reader.list(json, key)
    }

    public var json: JSON { .array(map(\.json)) }
}

/// Closed sets of words (formats, kinds, methods) read from JSON with the allowed words in the error.
public protocol JSONEnum: JSONCodable, RawRepresentable, CaseIterable where RawValue == String {}

extension JSONEnum {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .string(let text) = json.value, let value = Self(rawValue: text) else {
            let found = if case .string(let text) = json.value { "'\(text)'" } else { json.kindDescription }
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error("\"\(key)\" must be one of \(allowed); found \(found)", at: json.position)
            return nil
        }
        self = value
    }

    public var json: JSON { .string(rawValue) }
}

extension JSONReader {
    /// Reads a required string that must hold more than white space.
    public mutating func requiredText(_ key: String, in object: inout JSONObject) -> String? {
        guard let text: String = required(key, in: &object) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error("\"\(key)\" of \(object.what) is empty; write some text", at: object.position(of: key))
            return nil
        }
        return text
    }

    /// Reads a whole number that must lie in `range`.
    public mutating func number(_ key: String, in object: inout JSONObject, range: ClosedRange<Int>, required: Bool = false) -> Int? {
        let value: Int? = required ? self.required(key, in: &object) : optional(key, in: &object)
        guard let value else { return nil }
        guard range.contains(value) else {
            error("\"\(key)\" is \(value); allowed: \(range.lowerBound)…\(range.upperBound)", at: object.position(of: key))
            return nil
        }
        return value
    }
}

extension JSON {
    /// A list member that is left out when empty, so files stay short.
    public static func list<T: JSONCodable>(_ items: [T]) -> JSON? { items.isEmpty ? nil : .array(items.map(\.json)) }
}
