import Testing

@testable import WorkshopKit

@Suite("Timestamps")
struct TimestampTests {
    @Test("The forms a log writes read back to the same text", arguments: [
        "2020-08-25", "2020-08-25T15:11+02:00", "2020-08-25T15:11:00+02:00", "2020-08-25T13:11:00Z", "2020-08-25T13:11:00.250Z",
        "2020-08-25T13:11:00+00:00", "1999-12-31T23:59:60-05:30", "2024-02-29T00:00Z",
    ])
    func roundTrip(_ text: String) throws {
        let stamp = try #require(Timestamp(text))
        #expect(stamp.description == text)
    }

    @Test("Anything else is refused", arguments: [
        "", "2020-8-25", "2020-02-30", "2023-02-29", "2020-08-25T15:11", "2020-08-25T24:00Z", "2020-08-25T15:60Z",
        "2020-08-25 15:11:00Z", "2020-08-25T15:11:00+2:00", "2020-08-25T15:11:00+02:60", "2020-08-25T15:11:00.Z", "2020-08-25T15:11Zx",
        "0000-01-01",
    ])
    func refused(_ text: String) {
        #expect(Timestamp(text) == nil, "'\(text)'")
    }

    @Test("A timestamp is cut to the precision a vote keeps, never made finer")
    func precision() throws {
        let stamp = try #require(Timestamp("2020-08-25T15:11:07.5+02:00"))
        #expect(stamp.truncated(to: .second)?.description == "2020-08-25T15:11:07+02:00")
        #expect(stamp.truncated(to: .minute)?.description == "2020-08-25T15:11+02:00")
        #expect(stamp.truncated(to: .day)?.description == "2020-08-25")
        #expect(stamp.truncated(to: .none) == nil)
        #expect(try #require(Timestamp("2020-08-25")).truncated(to: .second)?.description == "2020-08-25")
        #expect(Timestamp("2020-08-25T15:11Z")?.precision == .minute)
    }

    @Test("Seconds since 1970 become a UTC timestamp (leap years included)", arguments: [
        (0, "1970-01-01T00:00:00Z"), (1_598_349_600, "2020-08-25T10:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ])
    func epoch(_ seconds: Int, _ text: String) {
        #expect(Timestamp(secondsSince1970: seconds)?.description == text)
    }
}
