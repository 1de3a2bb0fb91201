import Foundation
import WorkshopKit

/// The time commands stamp on what they record. `SOURCE_DATE_EPOCH` (seconds since 1970,
/// the reproducible-builds convention) fixes it, for tests and for re-typing old paper records.
struct Clock {
    let date: Date

    /// - Throws: `CLIError.usage` when `SOURCE_DATE_EPOCH` is set but not whole seconds in 1970…9999.
    init(environment: [String: String]) throws(CLIError) {
        guard let text = environment["SOURCE_DATE_EPOCH"] else {
            date = Date()
            return
        }
        guard let seconds = Int(text), (0...253_402_300_799).contains(seconds) else {
            throw .usage("SOURCE_DATE_EPOCH '\(text)' must be whole seconds since 1970-01-01 (up to the year 9999)", command: nil)
        }
        date = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private var utc: DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    /// `2026-11-23T10:50:06Z`.
    var timestamp: String {
        let c = utc
        func pad(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return "\(c.year ?? 1970)-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
    }

    var today: Day {
        let c = utc
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(year: 1970, month: 1, day: 1)!
    }
}
