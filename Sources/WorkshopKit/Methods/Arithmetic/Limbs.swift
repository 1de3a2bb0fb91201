/// Arithmetic on magnitudes: unsigned integers of any size stored as 64-bit limbs, least
/// significant first, without leading zero limbs (zero is the empty array).
///
/// The building blocks of `BigInt`; each function works on non-negative values only.
enum Limbs {
    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    static func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var index = a.count - 1
        while index >= 0 {
            if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
            index -= 1
        }
        return 0
    }

    /// Removes leading zero limbs (in place: no copy when there are none).
    static func trim(_ value: inout [UInt64]) {
        while value.last == 0 { value.removeLast() }
    }

    static func add(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = long
        var carry: UInt64 = 0
        for index in 0..<long.count {
            let addend: UInt64 = index < short.count ? short[index] : 0
            if addend == 0 && carry == 0 && index >= short.count { break }
            let (partial, overflow1) = result[index].addingReportingOverflow(addend)
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            result[index] = sum
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        if carry > 0 { result.append(carry) }
        return result
    }

    /// `a - b` for `a >= b`.
    static func subtract(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result = a
        var borrow: UInt64 = 0
        for index in 0..<a.count {
            let subtrahend: UInt64 = index < b.count ? b[index] : 0
            if subtrahend == 0 && borrow == 0 && index >= b.count { break }
            let (partial, overflow1) = result[index].subtractingReportingOverflow(subtrahend)
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            result[index] = difference
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        trim(&result)
        return result
    }

    static func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        if b.count == 1 { return multiply(a, by: b[0]) }
        if a.count == 1 { return multiply(b, by: a[0]) }
        var result = [UInt64](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let factor = a[i]
            if factor == 0 { continue }
            for j in 0..<b.count {
                let (high, low) = factor.multipliedFullWidth(by: b[j])
                let (sum1, overflow1) = low.addingReportingOverflow(result[i + j])
                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                result[i + j] = sum2
                carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            result[i + b.count] = carry
        }
        trim(&result)
        return result
    }

    static func multiply(_ a: [UInt64], by factor: UInt64) -> [UInt64] {
        if factor == 0 || a.isEmpty { return [] }
        var result = [UInt64](repeating: 0, count: a.count + 1)
        var carry: UInt64 = 0
        for index in 0..<a.count {
            let (high, low) = a[index].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            result[index] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        result[a.count] = carry
        trim(&result)
        return result
    }

    /// Quotient and remainder of `a` by a single limb `divisor` (not zero).
    static func divide(_ a: [UInt64], by divisor: UInt64) -> (quotient: [UInt64], remainder: UInt64) {
        var quotient = [UInt64](repeating: 0, count: a.count)
        var remainder: UInt64 = 0
        var index = a.count - 1
        while index >= 0 {
            let (q, r) = divisor.dividingFullWidth((remainder, a[index]))
            quotient[index] = q
            remainder = r
            index -= 1
        }
        trim(&quotient)
        return (quotient, remainder)
    }

    /// Quotient and remainder of `a` by `b` (not zero): Knuth's algorithm D (TAOCP vol. 2, 4.3.1).
    static func divide(_ a: [UInt64], _ b: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        precondition(!b.isEmpty, "division by zero")
        if compare(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (quotient, remainder) = divide(a, by: b[0])
            return (quotient, remainder == 0 ? [] : [remainder])
        }
        let n = b.count
        let m = a.count - n
        let shift = UInt64(b[n - 1].leadingZeroBitCount)
        let v = shiftedLeft(b, by: shift, extraLimb: false)
        var u = shiftedLeft(a, by: shift, extraLimb: true)
        var quotient = [UInt64](repeating: 0, count: m + 1)
        let top = v[n - 1]
        let second = v[n - 2]
        var j = m
        while j >= 0 {
            // Estimate the quotient digit from the top two limbs, then correct it.
            var qhat: UInt64
            var rhat: UInt64
            var rhatOverflowed = false
            if u[j + n] >= top {
                qhat = UInt64.max
                let (sum, overflow) = u[j + n - 1].addingReportingOverflow(top)
                rhat = sum
                rhatOverflowed = overflow || u[j + n] > top
            } else {
                (qhat, rhat) = top.dividingFullWidth((u[j + n], u[j + n - 1]))
            }
            while !rhatOverflowed {
                let (high, low) = qhat.multipliedFullWidth(by: second)
                guard high > rhat || (high == rhat && low > u[j + n - 2]) else { break }
                qhat -= 1
                let (sum, overflow) = rhat.addingReportingOverflow(top)
                rhat = sum
                rhatOverflowed = overflow
            }
            // Multiply and subtract.
            var borrow: UInt64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let (high, low) = qhat.multipliedFullWidth(by: v[i])
                let (product, overflow) = low.addingReportingOverflow(carry)
                carry = high &+ (overflow ? 1 : 0)
                let (difference1, borrow1) = u[i + j].subtractingReportingOverflow(product)
                let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
                u[i + j] = difference2
                borrow = (borrow1 ? 1 : 0) + (borrow2 ? 1 : 0)
            }
            let (top1, borrow1) = u[j + n].subtractingReportingOverflow(carry)
            let (top2, borrow2) = top1.subtractingReportingOverflow(borrow)
            u[j + n] = top2
            if borrow1 || borrow2 {
                // The estimate was one too large: add the divisor back.
                qhat -= 1
                var carryBack: UInt64 = 0
                for i in 0..<n {
                    let (sum1, overflow1) = u[i + j].addingReportingOverflow(v[i])
                    let (sum2, overflow2) = sum1.addingReportingOverflow(carryBack)
                    u[i + j] = sum2
                    carryBack = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
                }
                u[j + n] &+= carryBack
            }
            quotient[j] = qhat
            j -= 1
        }
        let remainder = shiftedRight(Array(u[0..<n]), by: shift)
        trim(&quotient)
        return (quotient, remainder)
    }

    /// `a` shifted left by `shift` bits (0…63), with one more limb when `extraLimb`.
    static func shiftedLeft(_ a: [UInt64], by shift: UInt64, extraLimb: Bool) -> [UInt64] {
        var result = [UInt64](repeating: 0, count: a.count + (extraLimb ? 1 : 0))
        if shift == 0 {
            for index in 0..<a.count { result[index] = a[index] }
            return result
        }
        var carry: UInt64 = 0
        for index in 0..<a.count {
            result[index] = a[index] << shift | carry
            carry = a[index] >> (64 - shift)
        }
        if extraLimb { result[a.count] = carry }
        return result
    }

    /// `a` shifted right by `shift` bits (0…63).
    static func shiftedRight(_ a: [UInt64], by shift: UInt64) -> [UInt64] {
        if shift == 0 {
            var result = a
            trim(&result)
            return result
        }
        var result = [UInt64](repeating: 0, count: a.count)
        for index in 0..<a.count {
            let next: UInt64 = index + 1 < a.count ? a[index + 1] << (64 - shift) : 0
            result[index] = a[index] >> shift | next
        }
        trim(&result)
        return result
    }

    /// The greatest common divisor (Euclid's algorithm on limbs, single limbs by remainder).
    static func gcd(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var (x, y) = compare(a, b) >= 0 ? (a, b) : (b, a)
        while !y.isEmpty {
            if x.count == 1 {
                var (p, q) = (x[0], y[0])
                while q != 0 { (p, q) = (q, p % q) }
                return [p]
            }
            (x, y) = (y, divide(x, y).remainder)
        }
        return x
    }
}
