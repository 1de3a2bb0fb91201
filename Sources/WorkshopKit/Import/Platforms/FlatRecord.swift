import Foundation

/// One record of a platform's export with nested keys flattened the way Decidim's CSV
/// exporter writes them (`title/de`, `category/name/de`, `endorsements/total_count`), and where
/// each value was written.
struct FlatRecord {
    var values: [String: String] = [:]
    var locations: [String: SourceLocation] = [:]
    var location: SourceLocation

    /// The first non-empty value among `keys`, with its key.
    func first(_ keys: [String]) -> (key: String, value: String)? {
        for key in keys {
            if let value = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty { return (key, value) }
        }
        return nil
    }

    /// The value of a translated field: the workspace's language first, then German, English,
    /// any other language, machine translations, and a plain untranslated value last.
    func translated(_ base: String, language: Language) -> (key: String, value: String)? {
        let prefix = base + "/"
        let machine = prefix + "machine_translations/"
        let human = values.keys.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(machine) }.sorted()
        let machines = values.keys.filter { $0.hasPrefix(machine) }.sorted()
        let preferred = [prefix + language.rawValue, prefix + "de", prefix + "en"]
        return first(preferred + human + [machine + language.rawValue] + machines + [base])
    }

    func location(of key: String) -> SourceLocation { locations[key] ?? location }

    /// Records from a CSV file whose first row names the columns; other columns are kept, not checked.
    static func csv(_ bytes: [UInt8], file: String, reader: CSVReader) throws(InvalidInput) -> (header: [String], records: [FlatRecord]) {
        let document = try reader.read(bytes, file: file)
        guard let header = document.records.first else {
            throw InvalidInput("the file is empty; a proposals export starts with a header row", at: SourceLocation(file: file, line: 1))
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let records = document.records.dropFirst().map { row in
            var record = FlatRecord(location: SourceLocation(file: file, line: row.line))
            for (index, name) in names.enumerated() where index < row.fields.count {
                record.values[name] = row.fields[index]
                record.locations[name] = SourceLocation(file: file, line: row.line, column: index + 1)
            }
            return record
        }
        return (names, records)
    }

    /// Records from a CSV export whose header `recognises` accepts; otherwise an error saying `what` it is not.
    static func export(
        _ bytes: [UInt8], file: String, reader: CSVReader, recognises: ([String]) -> Bool, otherwise problem: String
    ) throws(InvalidInput) -> (header: [String], records: [FlatRecord]) {
        let table = try csv(bytes, file: file, reader: reader)
        guard recognises(table.header) else { throw InvalidInput(problem, at: SourceLocation(file: file, line: 1)) }
        return table
    }

    /// Records from a JSON array of objects, flattened with `/`; arrays become comma-separated text.
    static func json(_ bytes: [UInt8], file: String) throws(InvalidInput) -> [FlatRecord] {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw InvalidInput(error.message, at: SourceLocation(file: file, line: error.position.line, column: error.position.column))
        }
        guard case .array(let items) = json.value else {
            throw InvalidInput(
                "a proposals export in JSON is an array of proposals […], found \(json.kindDescription)",
                at: SourceLocation(file: file, line: json.position.line, column: json.position.column))
        }
        var diagnostics = Diagnostics()
        var records: [FlatRecord] = []
        for item in items {
            let location = SourceLocation(file: file, line: item.position.line, column: item.position.column)
            guard case .object = item.value else {
                diagnostics.error("each proposal is an object {…}, found \(item.kindDescription)", at: location)
                continue
            }
            var record = FlatRecord(location: location)
            record.flatten(item, key: nil, file: file)
            records.append(record)
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return records
    }

    private mutating func flatten(_ json: JSON, key: String?, file: String) {
        let here = SourceLocation(file: file, line: json.position.line, column: json.position.column)
        switch json.value {
        case .object(let members):
            for member in members { flatten(member.value, key: key.map { "\($0)/\(member.key)" } ?? member.key, file: file) }
        case .array(let items):
            guard let key else { return }
            values[key] = items.compactMap(\.scalarText).joined(separator: ", ")
            locations[key] = here
        default:
            guard let key, let text = json.scalarText else { return }
            values[key] = text
            locations[key] = here
        }
    }
}

extension JSON {
    /// A string, number or boolean as text; `nil` for null, arrays and objects.
    fileprivate var scalarText: String? {
        switch value {
        case .string(let text): text
        case .number(let literal): literal
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }
}
