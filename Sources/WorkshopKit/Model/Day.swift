/// A calendar day without time or time zone, written `YYYY-MM-DD` in workspace files.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, JSONCodable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Makes a day after checking it exists (leap years included); `nil` otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2020-02-19`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The same day `years` later (28 February for 29 February in a year without one).
    public func adding(years: Int) -> Day? {
        let year = self.year + years
        return Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    /// `2020-02-19` (ISO 8601).
    public var description: String { iso }

    public var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    /// `19.02.2020`, the German form.
    public var german: String { pad(day, 2) + "." + pad(month, 2) + "." + pad(year, 4) }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .string(let text) = json.value, let parsed = Day(text) else {
            let found = if case .string(let text) = json.value { "'\(text)'" } else { json.kindDescription }
            reader.error("\"\(key)\" must be a date written YYYY-MM-DD (e.g. 2020-02-19), found \(found)", at: json.position)
            return nil
        }
        self = parsed
    }

    public var json: JSON { .string(iso) }
}
