/// When something was recorded, as the logs write it: a day, optionally a time of day (to the
/// minute or to the second, with an optional fraction) and then always its offset from UTC.
///
/// `2020-08-25`, `2020-08-25T15:11+02:00`, `2020-08-25T15:11:00+02:00`, `2020-08-25T13:11:00.5Z`.
/// A timestamp keeps the form it was written in (`Z` or `+00:00`, the fraction's digits), so a
/// log rewritten from its records gives the same bytes. It is read from bytes without building
/// strings, since a log may hold millions of them.
public struct Timestamp: Hashable, Sendable, CustomStringConvertible {
    public let day: Day
    /// Hours, minutes and seconds, or `nil` for a day without a time.
    public let time: Time?

    /// A time of day with its offset from UTC.
    public struct Time: Hashable, Sendable {
        public let hour: Int
        public let minute: Int
        /// `nil` when the time was written to the minute.
        public let second: Int?
        /// Fractional digits after the seconds as written (`"5"` for `.5`); empty for none.
        public let fraction: String
        /// Minutes east of UTC.
        public let offsetMinutes: Int
        /// Written `Z` rather than `+00:00`.
        public let isZulu: Bool

        public init?(hour: Int, minute: Int, second: Int?, fraction: String = "", offsetMinutes: Int, isZulu: Bool = false) {
            guard (0...23).contains(hour), (0...59).contains(minute), second.map({ (0...60).contains($0) }) ?? true,
                fraction.isEmpty || (second != nil && fraction.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }),
                (-1439...1439).contains(offsetMinutes), !isZulu || offsetMinutes == 0
            else { return nil }
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
            self.offsetMinutes = offsetMinutes
            self.isZulu = isZulu
        }
    }

    public init(day: Day, time: Time? = nil) {
        self.day = day
        self.time = time
    }

    /// The moment `seconds` after 1970-01-01T00:00:00Z, written in UTC (`…Z`).
    public init?(secondsSince1970 seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard let day = Day(year: year, month: month, day: dayOfMonth),
            let time = Time(hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60, offsetMinutes: 0, isZulu: true)
        else { return nil }
        self.init(day: day, time: time)
    }

    /// How finely the timestamp is written.
    public var precision: TimestampPrecision {
        guard let time else { return .day }
        return time.second == nil ? .minute : .second
    }

    /// The timestamp written no finer than `precision`: the time cut to the minute, the day
    /// alone, or nothing at all (`nil`) for `.none`. Never finer than it already is.
    public func truncated(to precision: TimestampPrecision) -> Timestamp? {
        switch precision {
        case .none: return nil
        case .day: return Timestamp(day: day)
        case .minute:
            guard let time else { return self }
            return Timestamp(
                day: day,
                time: Time(hour: time.hour, minute: time.minute, second: nil, offsetMinutes: time.offsetMinutes, isZulu: time.isZulu))
        case .second:
            guard let time, !time.fraction.isEmpty else { return self }
            return Timestamp(
                day: day,
                time: Time(hour: time.hour, minute: time.minute, second: time.second, offsetMinutes: time.offsetMinutes, isZulu: time.isZulu))
        }
    }

    /// The text form, as it was read.
    public var description: String {
        var text = day.iso
        guard let time else { return text }
        text += "T" + Self.two(time.hour) + ":" + Self.two(time.minute)
        if let second = time.second { text += ":" + Self.two(second) }
        if !time.fraction.isEmpty { text += "." + time.fraction }
        if time.isZulu { return text + "Z" }
        let offset = abs(time.offsetMinutes)
        return text + (time.offsetMinutes < 0 ? "-" : "+") + Self.two(offset / 60) + ":" + Self.two(offset % 60)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Parses the text form; `nil` when it is not one of the forms above.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
        self = parsed
    }

    /// Parses the bytes of a timestamp without building strings (except for a fraction).
    /// - Complexity: O(*n*) in the number of bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        let count = bytes.count
        guard count >= 10, let year = digits(bytes, 0, 4), bytes[4] == 0x2D, let month = digits(bytes, 5, 2), bytes[7] == 0x2D,
            let dayOfMonth = digits(bytes, 8, 2), let day = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        if count == 10 { return Timestamp(day: day) }
        // T hh:mm [:ss [.fff]] (Z | ±hh:mm)
        guard count >= 17, bytes[10] == 0x54, let hour = digits(bytes, 11, 2), bytes[13] == 0x3A, let minute = digits(bytes, 14, 2)
        else { return nil }
        var index = 16
        var second: Int?
        var fraction = ""
        if bytes[index] == 0x3A {
            guard index + 3 <= count, let value = digits(bytes, index + 1, 2) else { return nil }
            second = value
            index += 3
            if index < count, bytes[index] == 0x2E {
                let start = index + 1
                index = start
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > start, index - start <= 9 else { return nil }
                fraction = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
        }
        guard index < count else { return nil }
        let time: Time?
        if bytes[index] == 0x5A {
            guard index + 1 == count else { return nil }
            time = Time(hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: 0, isZulu: true)
        } else {
            guard index + 6 == count, bytes[index] == 0x2B || bytes[index] == 0x2D, let hours = digits(bytes, index + 1, 2),
                bytes[index + 3] == 0x3A, let minutes = digits(bytes, index + 4, 2), minutes < 60
            else { return nil }
            let offset = hours * 60 + minutes
            time = Time(hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: bytes[index] == 0x2D ? -offset : offset)
        }
        guard let time else { return nil }
        return Timestamp(day: day, time: time)
    }

    /// The whole number written by `length` ASCII digits at `start`, or `nil`.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for index in start..<start + length {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// What a timestamp looks like, for messages.
    public static let forms = "2020-08-25, 2020-08-25T15:11+02:00 or 2020-08-25T15:11:00+02:00 (Z for UTC)"
}
