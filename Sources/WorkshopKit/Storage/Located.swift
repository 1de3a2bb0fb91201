/// A value read from a file, with where it and each of its fields were written.
///
/// Lets checks that run after reading (unknown ids, scores outside a scale) point at the
/// exact line and column of the value at fault.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation
    public var fields: [String: SourceLocation]
    /// For a CSV row: the field number of each column, shared by all rows of a file.
    public var columns: [String: Int]

    public init(_ value: Value, at location: SourceLocation, fields: [String: SourceLocation] = [:]) {
        self.value = value
        self.location = location
        self.fields = fields
        self.columns = [:]
    }

    /// A value read from a CSV row: `location` is the row, `columns` maps column names to field numbers (1-based).
    public init(_ value: Value, row location: SourceLocation, columns: [String: Int]) {
        self.value = value
        self.location = location
        self.fields = [:]
        self.columns = columns
    }

    /// Where `field` was written, or the item itself when the field is absent.
    public func at(_ field: String) -> SourceLocation {
        if let location = fields[field] { return location }
        if let column = columns[field] { return SourceLocation(file: location.file, line: location.line, column: column) }
        return location
    }
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
                for member in members {
                    fields[member.key] = location(member.value.position)
                    // Elements of a list member, as "ideas.0", "ideas.1", …: a problem with one
                    // element points at that element.
                    if case .array(let elements) = member.value.value {
                        for (index, element) in elements.enumerated() { fields["\(member.key).\(index)"] = location(element.position) }
                    }
                }
            }
            return Located(value, at: location(item.position), fields: fields)
        }
    }
}
