import Foundation
import Testing

@testable import WorkshopKit

@Suite("Money")
struct MoneyTests {
    @Test(
        "parses plain decimals with at most two places, exactly",
        arguments: [
            ("1234", 123_400), ("1234.5", 123_450), ("1234.56", 123_456), ("0.65", 65), ("0.1", 10), ("-0.01", -1),
            ("+3", 300), ("-0", 0), ("007.50", 750), ("999999999999.99", 99_999_999_999_999),
            ("-999999999999.99", -99_999_999_999_999),
        ])
    func parse(literal: String, cents: Int) {
        #expect(Money(literal) == Money(cents: cents))
    }

    @Test(
        "refuses anything else",
        arguments: [
            "", "-", "+", ".5", "5.", "1.234", "1,50", "1.234,56", "1 000", " 1", "1 ", "1e3", "0x10", "--1", "+-1", "1.2.3",
            "1000000000000", "1000000000000.00", "9999999999999999", "NaN", "١٢", "１２",
        ])
    func refuse(literal: String) {
        #expect(Money(literal) == nil)
    }

    @Test("prints as the literal workspace files use")
    func description() {
        #expect(Money(cents: 123_456).description == "1234.56")
        #expect(Money(cents: 5).description == "0.05")
        #expect(Money(cents: -5).description == "-0.05")
        #expect(Money(cents: -123_400).description == "-1234.00")
        #expect(Money(euros: 7).description == "7.00")
        #expect(Money(cents: 0).description == "0.00")
    }

    @Test("description and parsing are inverse", arguments: [0, 1, -1, 99, 100, 101, -12_345, 35_200_50, 99_999_999_999_999])
    func inverse(cents: Int) {
        #expect(Money(Money(cents: cents).description) == Money(cents: cents))
    }

    @Test("arithmetic and sums are exact")
    func arithmetic() {
        let amounts = Array(repeating: Money(cents: 10), count: 10)
        #expect(amounts.sum() == Money(euros: 1))
        #expect(Money(cents: 65) + Money(cents: 35) - Money(cents: 1) == Money(cents: 99))
        #expect(Money(cents: -1) < Money.zero)
        #expect([Money]().sum() == .zero)
    }

    struct PercentageCase: Sendable {
        var cents: Int
        var percent: String
        var result: Int
    }

    @Test(
        "a percentage is rounded down to whole cents",
        arguments: [
            PercentageCase(cents: 100, percent: "65", result: 65),
            PercentageCase(cents: 999, percent: "33.33", result: 332),  // 332.9667
            PercentageCase(cents: 1, percent: "99.99", result: 0),  // 0.9999
            PercentageCase(cents: 3, percent: "50", result: 1),  // 1.5
            PercentageCase(cents: 123_456_78, percent: "72.5", result: 8_950_616),  // 8 950 616.55
            PercentageCase(cents: 100_000_00, percent: "100", result: 100_000_00),
            PercentageCase(cents: 100_000_00, percent: "0", result: 0),
            PercentageCase(cents: 10_000, percent: "0.01", result: 1),
            PercentageCase(cents: 9_999, percent: "0.01", result: 0),
        ])
    func percentage(_ testCase: PercentageCase) throws {
        let rate = try #require(Hundredths(testCase.percent))
        #expect(Money(cents: testCase.cents).percentage(rate) == Money(cents: testCase.result))
    }

    @Test("a percentage of the largest amount does not overflow")
    func percentageNoOverflow() {
        // 99 999 999 999 999 × 100 000 overflows Int; the result, 1000 % of the limit, does not.
        #expect(Money.limit.percentage(Hundredths(hundredths: 100_000)) == Money(cents: 999_999_999_999_990))
        #expect(Money.limit.percentage(Hundredths(hundredths: 9_999)) == Money(cents: 99_989_999_999_999))
    }
}

@Suite("Hundredths")
struct HundredthsTests {
    @Test("parses at most two decimal places", arguments: [("3", 300), ("3.5", 350), ("3.25", 325), ("-0.5", -50), ("0", 0), ("100", 10_000)])
    func parse(literal: String, value: Int) {
        #expect(Hundredths(literal)?.value == value)
    }

    @Test("refuses three places and other forms", arguments: ["3.255", "3,5", "", ".5", "1e2", "50%"])
    func refuse(literal: String) {
        #expect(Hundredths(literal) == nil)
    }

    @Test("prints the shortest exact text", arguments: [(300, "3"), (350, "3.5"), (325, "3.25"), (0, "0"), (1000, "10"), (-50, "-0.5"), (5, "0.05"), (10_010, "100.1")])
    func description(value: Int, text: String) {
        #expect(Hundredths(hundredths: value).description == text)
        #expect(Hundredths(text) == Hundredths(hundredths: value))
    }

    @Test("whole numbers and order")
    func whole() {
        #expect(Hundredths(7) == Hundredths(hundredths: 700))
        #expect(Hundredths(hundredths: 325) < Hundredths(hundredths: 330))
    }
}

@Suite("DecimalLiteral")
struct DecimalLiteralTests {
    @Test(
        "roundedDivision rounds half away from zero",
        arguments: [
            (5, 2, 3), (-5, 2, -3), (5, -2, -3), (-5, -2, 3), (3, 2, 2), (7, 2, 4), (1, 2, 1), (-1, 2, -1),
            (4, 3, 1), (5, 3, 2), (-4, 3, -1), (-5, 3, -2), (1, 3, 0), (2, 3, 1), (-2, 3, -1),
            (15, 10, 2), (14, 10, 1), (-15, 10, -2), (-14, 10, -1), (25, 10, 3), (-25, 10, -3),
            (0, 7, 0), (6, 3, 2), (-6, 3, -2), (999_999, 1_000_000, 1), (499_999, 1_000_000, 0), (500_000, 1_000_000, 1),
            (-500_000, 1_000_000, -1), (-499_999, 1_000_000, 0),
        ])
    func roundedDivision(numerator: Int, denominator: Int, expected: Int) {
        #expect(DecimalLiteral.roundedDivision(numerator, by: denominator) == expected)
    }

    @Test("roundedDivision agrees with exact rational rounding on a grid")
    func roundedDivisionGrid() {
        for denominator in [-7, -4, -3, -2, -1, 1, 2, 3, 4, 5, 8, 10] {
            for numerator in -60...60 {
                // Half away from zero: round(|n|/|d|) = floor((2|n| + |d|) / (2|d|)), with the sign of n/d.
                let magnitude = (2 * abs(numerator) + abs(denominator)) / (2 * abs(denominator))
                let expected = (numerator < 0) != (denominator < 0) ? -magnitude : magnitude
                #expect(DecimalLiteral.roundedDivision(numerator, by: denominator) == expected, "\(numerator)/\(denominator)")
            }
        }
    }

    @Test("scaled reads exact decimals at a given scale")
    func scaled() {
        #expect(DecimalLiteral.scaled("12", places: 0) == 12)
        #expect(DecimalLiteral.scaled("12.0", places: 0) == nil)
        #expect(DecimalLiteral.scaled("0.65", places: 3) == 650)
        #expect(DecimalLiteral.scaled("-3.5", places: 1) == -35)
        #expect(DecimalLiteral.scaled("000000000000000000001", places: 2) == 100)
        #expect(DecimalLiteral.scaled("999999999999999", places: 2) == 99_999_999_999_999_900)
        #expect(DecimalLiteral.scaled("1000000000000000", places: 2) == nil)
    }

    @Test("format writes exactly the given places, with optional grouping")
    func format() {
        #expect(DecimalLiteral.format(123_456_789, places: 2, decimalSeparator: ",", groupingSeparator: ".") == "1.234.567,89")
        #expect(DecimalLiteral.format(-100_000, places: 2, decimalSeparator: ",", groupingSeparator: ".") == "-1.000,00")
        #expect(DecimalLiteral.format(99_999, places: 2, decimalSeparator: ",", groupingSeparator: ".") == "999,99")
        #expect(DecimalLiteral.format(100_000, places: 2, decimalSeparator: ",", groupingSeparator: ".") == "1.000,00")
        #expect(DecimalLiteral.format(-7, places: 3) == "-0.007")
        #expect(DecimalLiteral.format(1_234_567, places: 0, groupingSeparator: " ") == "1 234 567")
        #expect(DecimalLiteral.format(Int.min, places: 0) == "-9223372036854775808")
    }
}

@Suite("Day")
struct DayTests {
    @Test("parses valid days", arguments: ["2020-02-19", "2024-02-29", "2000-02-29", "2400-02-29", "0001-01-01", "9999-12-31", "2023-04-30", "2023-12-31"])
    func valid(text: String) throws {
        let day = try #require(Day(text))
        #expect(day.iso == text)
        #expect(day.description == text)
    }

    @Test(
        "refuses days that do not exist and other forms",
        arguments: [
            "2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31",
            "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "0000-01-01", "2024-1-01", "2024-01-1", "24-01-01",
            "02024-01-01", "2024/01/01", "2024-01-01T10:00", " 2024-01-01", "2024-01-01 ", "", "2024--01-01", "-2024-01-01",
            "+024-01-01", "2024-+1-01", "１９９９-01-01", "19.02.2020",
        ])
    func invalid(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("components are checked too")
    func components() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(year: 2024, month: 0, day: 1) == nil)
        #expect(Day(year: 2024, month: 1, day: -1) == nil)
    }

    @Test("ISO and German forms are zero-padded")
    func forms() throws {
        let day = try #require(Day(year: 5, month: 3, day: 7))
        #expect(day.iso == "0005-03-07")
        #expect(day.german == "07.03.0005")
        #expect(try #require(Day("2020-02-19")).german == "19.02.2020")
    }

    @Test("days order by date")
    func order() throws {
        let days = ["2024-01-10", "2023-12-31", "2024-01-02", "2024-02-01"].compactMap(Day.init)
        #expect(days.sorted().map(\.iso) == ["2023-12-31", "2024-01-02", "2024-01-10", "2024-02-01"])
    }
}

@Suite("NaturalOrder and identifiers")
struct IdentifierTests {
    @Test("numbers inside names compare by value")
    func naturalOrder() {
        #expect(NaturalOrder.precedes("P2", "P10"))
        #expect(!NaturalOrder.precedes("P10", "P2"))
        #expect(NaturalOrder.precedes("P10", "P10a"))
        #expect(NaturalOrder.precedes("I-MOB-2", "I-MOB-10"))
        #expect(NaturalOrder.precedes("P9", "Q1"))
        #expect(NaturalOrder.precedes("99999999999999999999998", "99999999999999999999999"))
        #expect(NaturalOrder.precedes("2", "10"))
    }

    @Test("the order is strict and total: equal values are not before each other, leading zeros break ties")
    func strictOrder() {
        #expect(!NaturalOrder.precedes("P1", "P1"))
        #expect(NaturalOrder.precedes("P01", "P1") != NaturalOrder.precedes("P1", "P01"))
        #expect(NaturalOrder.precedes("P01", "P2"))
        #expect(NaturalOrder.precedes("P1", "P02"))
    }

    @Test("project ids sort naturally")
    func sorting() {
        let ids: [ProjectID] = ["P10", "P2", "P1", "P28", "P10a", "P02", "P", "A3"]
        #expect(ids.sorted().map(\.rawValue) == ["A3", "P", "P1", "P02", "P2", "P10", "P10a", "P28"])
        // Sorting is consistent with the order of every pair.
        let sorted = ids.sorted()
        for (index, left) in sorted.enumerated() {
            for right in sorted[(index + 1)...] {
                #expect(left < right)
                #expect(!(right < left))
            }
        }
    }

    @Test("valid identifiers", arguments: ["P1", "I-MOB-01", "mobilitaet", "a.b_c-d", "9", String(repeating: "x", count: 64)])
    func valid(text: String) {
        #expect(ProjectID.problem(with: text) == nil)
        #expect((try? ProjectID.validated(text).get()) == ProjectID(text))
    }

    @Test("problems name the kind of identifier and what is allowed")
    func problems() {
        #expect(ProjectID.problem(with: "") == "project id is empty")
        #expect(IdeaID.problem(with: "") == "idea id is empty")
        #expect(FundingCallID.problem(with: "") == "funding call id is empty")
        let long = String(repeating: "x", count: 65)
        #expect(ProjectID.problem(with: long) == "project id '\(long)' is longer than 64 characters")
        let rule = "may hold only letters A–Z, digits, '-', '_' and '.', starting with a letter or digit"
        for text in ["P 1", "-P1", "_x", ".x", "Ärger", "P/1", "P,1", "=1", "P1\n", "é"] {
            #expect(ProjectID.problem(with: text) == "project id '\(text)' \(rule)", "\(text.debugDescription)")
        }
        #expect(ParticipantID.validated("a b") == .failure(IdentifierError(message: "participant id 'a b' \(rule)")))
    }
}

@Suite("NumberStyle")
struct NumberStyleTests {
    @Test("money with grouping and the currency symbol")
    func money() {
        #expect(NumberStyle.german.money(Money(cents: 123_456_789), currency: "EUR") == "1.234.567,89\u{A0}€")
        #expect(NumberStyle.english.money(Money(cents: 123_456_789), currency: "EUR") == "1,234,567.89\u{A0}€")
        #expect(NumberStyle.german.money(Money(cents: -123_456), currency: "EUR") == "-1.234,56\u{A0}€")
        #expect(NumberStyle.german.money(Money(cents: 99_999), currency: "PLN") == "999,99\u{A0}zł")
        #expect(NumberStyle.english.money(Money(cents: 5), currency: "USD") == "0.05\u{A0}$")
        #expect(NumberStyle.english.money(Money(cents: 100_000), currency: "CHF") == "1,000.00\u{A0}CHF")
        #expect(NumberStyle(.german) == .german)
        #expect(NumberStyle(.english) == .english)
        // On a terminal a plain space: text there is copied into scripts.
        #expect(NumberStyle.terminal.money(Money(cents: 123_456_789), currency: "EUR") == "1,234,567.89 €")
    }

    @Test(
        "millions with two decimals, rounded half up",
        arguments: [
            (816_330_000, "8,16"), (490_000_000, "4,90"), (815_500_000, "8,16"), (815_499_999, "8,15"), (0, "0,00"),
            (500_000, "0,01"), (499_999, "0,00"), (-815_500_000, "-8,16"), (-499_999, "0,00"), (100_000_000_000, "1000,00"),
        ])
    func millions(cents: Int, text: String) {
        #expect(NumberStyle.german.millions(Money(cents: cents)) == text)
        #expect(NumberStyle.english.millions(Money(cents: cents)) == text.replacingOccurrences(of: ",", with: "."))
    }

    @Test("percent from permille and from an exact rate")
    func percent() {
        #expect(NumberStyle.german.percent(permille: 600) == "60,0\u{A0}%")
        #expect(NumberStyle.english.percent(permille: 600) == "60.0\u{A0}%")
        #expect(NumberStyle.german.percent(permille: 5) == "0,5\u{A0}%")
        #expect(NumberStyle.german.percent(permille: 1000) == "100,0\u{A0}%")
        #expect(NumberStyle.german.percent(permille: -15) == "-1,5\u{A0}%")
        #expect(NumberStyle.german.percent(Hundredths(hundredths: 7250)) == "72,5\u{A0}%")
        #expect(NumberStyle.german.percent(Hundredths(65)) == "65\u{A0}%")
        #expect(NumberStyle.english.percent(Hundredths(hundredths: 1234)) == "12.34\u{A0}%")
        #expect(NumberStyle.terminal.percent(Hundredths(65)) == "65 %")
    }

    @Test("a score with its spread, and millions with a unit, stay on one line")
    func unbreakable() {
        #expect(NumberStyle.german.plusMinus(372, 69) == "3,72\u{A0}±\u{A0}0,69")
        #expect(NumberStyle.german.millions(Money(cents: 531_000_000), unit: "Mio. €") == "5,31\u{A0}Mio.\u{A0}€")
        #expect(NumberStyle.terminal.plusMinus(372, 69) == "3.72 ± 0.69")
    }

    @Test("integers and hundredths")
    func integers() {
        #expect(NumberStyle.german.integer(1_234_567) == "1.234.567")
        #expect(NumberStyle.english.integer(1_234_567) == "1,234,567")
        #expect(NumberStyle.german.integer(999) == "999")
        #expect(NumberStyle.german.integer(-1000) == "-1.000")
        #expect(NumberStyle.german.hundredths(350) == "3,50")
        #expect(NumberStyle.english.hundredths(-5) == "-0.05")
    }
}
