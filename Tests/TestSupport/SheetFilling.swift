import WorkshopKit

/// Fills scoring sheets as a person with a spreadsheet would: the cells after number, title
/// and theme of the named rows; everything else as it was.
public enum SheetFilling {
    /// The sheet `bytes` with `answers` (row number → the cells after its theme) filled in.
    public static func fill(_ bytes: [UInt8], profile: CSVProfile, with answers: [String: [String]]) throws -> [UInt8] {
        let records = try CSVReader(separator: profile.separator, requiresRectangularShape: false).read(bytes, file: "sheet").records
        let separator = String(UnicodeScalar(profile.separator))
        func quoted(_ field: String) -> String {
            guard field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r") else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }
        var output = profile.writesByteOrderMark ? "\u{FEFF}" : ""
        for record in records {
            var fields = record.fields
            if let row = answers[fields[0]] {
                fields += Array(repeating: "", count: max(0, 3 + row.count - fields.count))
                fields.replaceSubrange(3..<(3 + row.count), with: row)
            }
            output += fields.map(quoted).joined(separator: separator) + "\r\n"
        }
        return Array(output.utf8)
    }
}
