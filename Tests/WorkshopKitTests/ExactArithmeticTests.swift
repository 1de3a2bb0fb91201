import TestSupport
import Testing

@testable import WorkshopKit

extension SplitMix {
    /// A big integer of up to `limbs` random limbs and a random sign.
    mutating func bigInt(limbs: Int) -> BigInt {
        let count = int(in: 0...limbs)
        var value: BigInt = 0
        for _ in 0..<count { value = value * BigInt(negative: false, magnitude: [0, 1]) + BigInt(negative: false, magnitude: [next()]) }
        return next() % 2 == 0 ? value : -value
    }
}

@Suite("BigInt")
struct BigIntTests {
    @Test("agrees with Int on +, -, *, quotient, remainder, comparison, gcd and text wherever Int does not overflow")
    func agreesWithInt() {
        var random = SplitMix(seed: 7)
        for round in 0..<20_000 {
            let limit = round % 2 == 0 ? 1_000 : Int(Int32.max)
            let a = random.int(in: -limit...limit)
            let b = random.int(in: -limit...limit)
            let x = BigInt(a)
            let y = BigInt(b)
            #expect(x + y == BigInt(a + b))
            #expect(x - y == BigInt(a - b))
            #expect(x * y == BigInt(a * b))
            #expect((x < y) == (a < b))
            #expect(x.description == String(a))
            if b != 0 {
                #expect(x / y == BigInt(a / b))
                #expect(x % y == BigInt(a % b))
            }
            var (p, q) = (a.magnitude, b.magnitude)
            while q != 0 { (p, q) = (q, p % q) }
            #expect(BigInt.gcd(x, y) == BigInt(Int(p)))
        }
    }

    @Test("crosses Int's limits exactly: Int.max + 1, -Int.min, Int.min / -1, Int.min * -1")
    func intLimits() throws {
        let max = BigInt(Int.max)
        let min = BigInt(Int.min)
        #expect((max + 1).description == "9223372036854775808")
        #expect((-min).description == "9223372036854775808")
        #expect((min / -1).description == "9223372036854775808")
        #expect((min * -1) == max + 1)
        #expect((max + 1 - 1).intValue == Int.max)
        #expect((min - 1 + 1).intValue == Int.min)
        #expect((max * max).description == "85070591730234615847396907784232501249")
        #expect(max + 1 > max)
        #expect(min - 1 < min)
        #expect(BigInt("-9223372036854775808")?.intValue == Int.min)
    }

    @Test("known big values: 2^128, the Mersenne prime 2^127 - 1, 30!")
    func knownValues() throws {
        var power: BigInt = 1
        for _ in 0..<128 { power *= 2 }
        #expect(power.description == "340282366920938463463374607431768211456")
        #expect((power / 2 - 1).description == "170141183460469231731687303715884105727")
        #expect(power.bitWidth == 129)
        var factorial: BigInt = 1
        for factor in 1...30 { factorial *= BigInt(factor) }
        // 30! = 265252859812191058636308480000000 (OEIS A000142).
        #expect(factorial.description == "265252859812191058636308480000000")
        var twentyEight: BigInt = 1
        for factor in 1...28 { twentyEight *= BigInt(factor) }
        #expect(factorial / twentyEight == 870)
        #expect(BigInt("265252859812191058636308480000000") == factorial)
    }

    @Test("division of multi-limb values, including Knuth's rare add-back step and negative operands")
    func division() throws {
        // u = (2^63 - 1)·2^192 + 2^63·2^128, v = 2^63·2^128 + 1: the estimated quotient digit is
        // one too large and must be corrected by adding the divisor back (values from Python).
        let u = try #require(BigInt("57896044618658097708646941636650613544717097621216448811677614281724547563520"))
        let v = try #require(BigInt("3138550867693340381917894711603833208051177722232017256449"))
        #expect((u / v).description == "18446744073709551614")
        #expect((u % v).description == "3138550867693340381917894711603833208032730978158307704834")
        // Truncating division with mixed signs, as Int does: the remainder takes the dividend's sign.
        let a = try #require(BigInt("1606938044258990275541962092341162602522202993782792835313721"))
        let b = try #require(BigInt("-1180591620717411303427"))
        #expect((a / b).description == "-1361129467683753853850039665213252304896")
        #expect((a % b).description == "10376293541461635129")
        let minus = -(BigInt(Int.max) + 1) * 2
        #expect((minus / 7).description == "-2635249153387078802")
        #expect((minus % 7).description == "-2")
    }

    @Test("a = q·b + r with |r| < |b| and r carrying a's sign, for random values of up to 6 limbs")
    func divisionProperty() {
        var random = SplitMix(seed: 42)
        for _ in 0..<3_000 {
            let a = random.bigInt(limbs: 6)
            let b = random.bigInt(limbs: 4)
            guard !b.isZero else { continue }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(r.absoluteValue < b.absoluteValue)
            #expect(r.isZero || r.isNegative == a.isNegative)
            #expect(BigInt(a.description) == a)
            #expect((a + b) - b == a)
            #expect(a * b == b * a)
        }
    }

    @Test("gcd: of zero, of negative values, and of large values (gcd(2^128, 6^40) = 2^40)")
    func greatestCommonDivisor() throws {
        #expect(BigInt.gcd(0, 0) == 0)
        #expect(BigInt.gcd(0, -12) == 12)
        #expect(BigInt.gcd(-18, 12) == 6)
        var power: BigInt = 1
        for _ in 0..<128 { power *= 2 }
        var six: BigInt = 1
        for _ in 0..<40 { six *= 6 }
        #expect(BigInt.gcd(power, six).description == "1099511627776")
    }

    @Test("reads decimal text and refuses anything else")
    func parsing() {
        #expect(BigInt("+42") == 42)
        #expect(BigInt("-0") == 0)
        #expect(BigInt("") == nil)
        #expect(BigInt("1 000") == nil)
        #expect(BigInt("1e3") == nil)
        #expect(BigInt("-") == nil)
        #expect(BigInt("00000000000000000000000000012")?.intValue == 12)
    }
}

@Suite("Rational")
struct RationalTests {
    @Test("floor and ceiling of negative fractions; rounding to a scale goes half away from zero")
    func roundingToScale() {
        #expect(Rational(-7, 2).floor == BigInt(-4) && Rational(-7, 2).ceiling == BigInt(-3))
        #expect(Rational(107, 40).rounded(scale: 100) == 268)  // 2.675 → 2.68, unlike binary floating point
        #expect(Rational(-201, 200).rounded(scale: 100) == -101)  // −1.005 → −1.01
        #expect(Rational(2, 21).rounded(scale: 1000) == 95)
    }

    @Test("keeps lowest terms with a positive denominator")
    func lowestTerms() {
        let half = Rational(-3, -6)
        #expect(half.numerator == 1 && half.denominator == 2)
        let negative = Rational(4, -6)
        #expect(negative.numerator == -2 && negative.denominator == 3)
        #expect(Rational(0, -5) == Rational.zero)
        #expect(Rational(6, 3).isInteger)
    }

    @Test("adds, subtracts, multiplies, divides and compares exactly")
    func arithmetic() {
        let third = Rational(1, 3)
        let sixth = Rational(1, 6)
        #expect(third + sixth == Rational(1, 2))
        #expect(third - sixth == sixth)
        #expect(third * sixth == Rational(1, 18))
        #expect(third / sixth == Rational(2))
        #expect(-third < sixth)
        #expect(Rational(2, 3) > Rational(3, 5))
        #expect(!(Rational(2, 4) < Rational(1, 2)))
        #expect(Rational(-7, 2).floor == -4)
        #expect(Rational(7, 2).floor == 3)
        // 0.1 + 0.2 is exactly 0.3, as it is not in floating point.
        #expect(Rational(1, 10) + Rational(2, 10) == Rational(3, 10))
    }

    @Test("agrees with cross-multiplied Int comparison for random small fractions")
    func comparisonProperty() {
        var random = SplitMix(seed: 3)
        for _ in 0..<5_000 {
            let (a, b) = (random.int(in: -500...500), random.int(in: 1...500))
            let (c, d) = (random.int(in: -500...500), random.int(in: 1...500))
            #expect((Rational(a, b) < Rational(c, d)) == (a * d < c * b))
            #expect((Rational(a, b) == Rational(c, d)) == (a * d == c * b))
        }
    }

    @Test("stays exact with denominators far beyond 64 bits")
    func bigDenominators() {
        var sum = Rational.zero
        for prime in [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97] {
            sum += Rational(1, prime)
        }
        #expect(sum.denominator.bitWidth > 64)
        var back = sum
        for prime in [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97] {
            back -= Rational(1, prime)
        }
        #expect(back == .zero)
    }

    @Test("prints exact decimals where they exist, fractions otherwise, and rounds half away from zero only when asked")
    func printing() {
        #expect(Rational(154616866, 100).exactText == "1546168.66")
        #expect(Rational(1, 8).exactText == "0.125")
        #expect(Rational(-1, 8).exactText == "-0.125")
        #expect(Rational(1, 3).exactText == "1/3")
        #expect(Rational(7).exactText == "7")
        #expect(Rational(2, 3).decimal(places: 2) == "0.67")
        #expect(Rational(-2, 3).decimal(places: 2) == "-0.67")
        #expect(Rational(1, 200).decimal(places: 2) == "0.01")
        #expect(Rational(-1, 1000).decimal(places: 2) == "0.00")
        #expect(Rational(5, 2).decimal(places: 0) == "3")
    }

    @Test("reads decimal amounts as written in ballot files")
    func parsing() {
        #expect(Rational(exactText: "1546168.66") == Rational(154616866, 100))
        #expect(Rational(exactText: "0,5") == Rational(1, 2))
        #expect(Rational(exactText: "-3") == Rational(-3))
        #expect(Rational(exactText: "-0.25") == Rational(-1, 4))
        #expect(Rational(exactText: "2/6") == Rational(1, 3))
        #expect(Rational(exactText: "1.") == nil)
        #expect(Rational(exactText: "1.2.3") == nil)
        #expect(Rational(exactText: "1e5") == nil)
        #expect(Rational(exactText: "None") == nil)
        #expect(Rational(exactText: "1/0") == nil)
    }
}
