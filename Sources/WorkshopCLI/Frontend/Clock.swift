import Foundation
import WorkshopKit

/// The time commands stamp on what they record. `SOURCE_DATE_EPOCH` (seconds since 1970,
/// the reproducible-builds convention) fixes it, for tests and for re-typing old paper records.
struct Clock {
    /// Now, in UTC, to the second; logs cut it to the precision a vote keeps.
    let timestamp: Timestamp

    /// - Throws: `CLIError.usage` when `SOURCE_DATE_EPOCH` is set but not whole seconds in 1970…9999.
    init(environment: [String: String]) throws(CLIError) {
        guard let text = environment["SOURCE_DATE_EPOCH"] else {
            timestamp = Timestamp(secondsSince1970: Int(Date().timeIntervalSince1970))!
            return
        }
        guard let seconds = Int(text), (0...253_402_300_799).contains(seconds), let stamp = Timestamp(secondsSince1970: seconds) else {
            throw .usage("SOURCE_DATE_EPOCH '\(text)' must be whole seconds since 1970-01-01 (up to the year 9999)", command: nil)
        }
        timestamp = stamp
    }

    var today: Day { timestamp.day }
}
