import Testing

@testable import WorkshopKit

@Suite("Exact arithmetic: whole numbers of any size and fractions")
struct ExactArithmeticTests {
    @Test("Arithmetic agrees with Int where Int can hold the result", arguments: [
        (0, 0), (1, -1), (-7, 3), (123_456_789, 987_654_321), (-4_294_967_296, 2_147_483_647), (Int(Int32.max), -2),
    ])
    func smallValues(_ a: Int, _ b: Int) {
        #expect(BigInt(a) + BigInt(b) == BigInt(a + b))
        #expect(BigInt(a) - BigInt(b) == BigInt(a - b))
        #expect(BigInt(a) * BigInt(b) == BigInt(a * b))
        #expect((BigInt(a) < BigInt(b)) == (a < b))
        if b != 0 {
            let (quotient, remainder) = BigInt(a).quotientAndRemainder(dividingBy: BigInt(b))
            #expect(quotient == BigInt(a / b) && remainder == BigInt(a % b))
        }
        #expect((BigInt(a) * BigInt(b)).int == a * b)
    }

    @Test("Beyond 64 bits: 2¹²⁸ and 30! exactly, and back by division")
    func largeValues() {
        let twoTo64 = BigInt(1 << 62) * BigInt(4)
        let twoTo128 = twoTo64 * twoTo64
        #expect(twoTo128.description == "340282366920938463463374607431768211456")
        #expect(twoTo128.int == nil)
        var factorial = BigInt.one
        for n in 1...30 { factorial *= BigInt(n) }
        #expect(factorial.description == "265252859812191058636308480000000")
        var back = factorial
        for n in (1...30).reversed() {
            let (quotient, remainder) = back.quotientAndRemainder(dividingBy: BigInt(n))
            #expect(remainder.isZero)
            back = quotient
        }
        #expect(back == .one)
        let (quotient, remainder) = (twoTo128 + BigInt(5)).quotientAndRemainder(dividingBy: twoTo64 + BigInt(1))
        #expect(quotient * (twoTo64 + BigInt(1)) + remainder == twoTo128 + BigInt(5))
        #expect(remainder < twoTo64 + BigInt(1))
        #expect(BigInt.gcd(factorial, twoTo128).description == "67108864")  // 2²⁶ divides 30!
    }

    @Test("Fractions stay in lowest terms, compare exactly and round half away from zero")
    func fractions() {
        #expect(Rational(6, -4) == Rational(-3, 2))
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(1, 3) < Rational(334, 1000))
        #expect(Rational(-7, 2).floor == BigInt(-4) && Rational(-7, 2).ceiling == BigInt(-3))
        #expect(Rational(107, 40).rounded(scale: 100) == 268)  // 2.675 → 2.68, unlike binary floating point
        #expect(Rational(-201, 200).rounded(scale: 100) == -101)  // −1.005 → −1.01
        #expect(Rational(2, 21).rounded(scale: 1000) == 95)
    }
}
