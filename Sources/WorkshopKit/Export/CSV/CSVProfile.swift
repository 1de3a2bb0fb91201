/// How a CSV file is written: separator, byte order mark, line ending, number and date style.
///
/// - `standard`: RFC 4180 with comma separator, CRLF line ends, UTF-8 without byte order
///   mark, `.` as decimal point, dates `YYYY-MM-DD`. For scripts, databases, pandas, R, and
///   LibreOffice with its import dialog.
/// - `excel-de`: what German Excel opens with a double click: `;` separator, UTF-8 with byte
///   order mark (so umlauts survive), CRLF, decimal comma, dates `DD.MM.YYYY`.
public enum CSVProfile: String, Sendable, CaseIterable, JSONEnum {
    case standard
    case excelGerman = "excel-de"

    public var separator: UInt8 {
        switch self {
        case .standard: UInt8(ascii: ",")
        case .excelGerman: UInt8(ascii: ";")
        }
    }

    public var writesByteOrderMark: Bool { self == .excelGerman }

    /// RFC 4180 asks for CRLF; Excel writes it too.
    public var lineEnding: String { "\r\n" }

    public var decimalSeparator: String {
        switch self {
        case .standard: "."
        case .excelGerman: ","
        }
    }

    public func format(_ day: Day) -> String {
        switch self {
        case .standard: day.iso
        case .excelGerman: day.german
        }
    }

    /// The profile names, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
