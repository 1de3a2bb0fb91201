/// A value read from a file, with where it and each of its fields were written.
///
/// Lets checks that run after reading (unknown ids, scores outside a scale) point at the
/// exact line and column of the value at fault.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation
    public var fields: [String: SourceLocation]

    public init(_ value: Value, at location: SourceLocation, fields: [String: SourceLocation] = [:]) {
        self.value = value
        self.location = location
        self.fields = fields
    }

    /// Where `field` was written, or the item itself when the field is absent.
    public func at(_ field: String) -> SourceLocation { fields[field] ?? location }
}

extension Located: Sendable where Value: Sendable {}

extension JSONReader {
    /// Reads a list and keeps, for each item, where it and its members were written.
    public mutating func locatedList<T: JSONCodable>(_ json: JSON, _ key: String) -> [Located<T>] {
        guard case .array(let items) = json.value else {
            error("\"\(key)\" must be an array […], found \(json.kindDescription)", at: json.position)
            return []
        }
        return items.compactMap { item in
            guard let value = T(json: item, key: key, reader: &self) else { return nil }
            var fields: [String: SourceLocation] = [:]
            if case .object(let members) = item.value {
                for member in members { fields[member.key] = location(member.value.position) }
            }
            return Located(value, at: location(item.position), fields: fields)
        }
    }
}
