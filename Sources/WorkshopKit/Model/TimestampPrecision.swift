/// How finely a log records when something happened.
///
/// A chained log fixes the order of ballots; a fine timestamp beside each one would let
/// whoever watched the queue at a kiosk link a voter to a ballot. A vote therefore asks for no
/// finer time than it needs.
public enum TimestampPrecision: String, Sendable, CaseIterable, Comparable, JSONEnum {
    /// No time at all: the field stays empty.
    case none
    /// The day only: `2020-08-25`.
    case day
    /// To the minute: `2020-08-25T15:11+02:00`.
    case minute
    /// To the second: `2020-08-25T15:11:00+02:00`.
    case second

    public static func < (lhs: TimestampPrecision, rhs: TimestampPrecision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
