extension BigInt {
    public static prefix func - (value: BigInt) -> BigInt {
        switch value.storage {
        case .small(let x) where x != Int.min: BigInt(-x)
        case .small: BigInt(negative: false, magnitude: [UInt64(Int.max) + 1])
        case .large(let negative, let magnitude): BigInt(negative: !negative, magnitude: magnitude)
        }
    }

    public static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return BigInt(sum) }
        }
        return signedSum(lhs.isNegative, lhs.magnitude, rhs.isNegative, rhs.magnitude)
    }

    public static func - (lhs: BigInt, rhs: BigInt) -> BigInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if !overflow { return BigInt(difference) }
        }
        return signedSum(lhs.isNegative, lhs.magnitude, !rhs.isNegative && !rhs.isZero, rhs.magnitude)
    }

    private static func signedSum(_ negativeA: Bool, _ a: [UInt64], _ negativeB: Bool, _ b: [UInt64]) -> BigInt {
        if negativeA == negativeB { return BigInt(negative: negativeA, magnitude: Limbs.add(a, b)) }
        let order = Limbs.compare(a, b)
        if order == 0 { return 0 }
        return order > 0
            ? BigInt(negative: negativeA, magnitude: Limbs.subtract(a, b))
            : BigInt(negative: negativeB, magnitude: Limbs.subtract(b, a))
    }

    public static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if !overflow { return BigInt(product) }
        }
        if lhs.isZero || rhs.isZero { return 0 }
        return BigInt(negative: lhs.isNegative != rhs.isNegative, magnitude: Limbs.multiply(lhs.magnitude, rhs.magnitude))
    }

    /// The quotient rounded toward zero and the remainder, which has the sign of `self`, as `Int` does.
    /// - Precondition: `divisor` is not zero.
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "division by zero")
        if case .small(let a) = storage, case .small(let b) = divisor.storage, !(a == Int.min && b == -1) {
            let (quotient, remainder) = a.quotientAndRemainder(dividingBy: b)
            return (BigInt(quotient), BigInt(remainder))
        }
        let (quotient, remainder) = Limbs.divide(magnitude, divisor.magnitude)
        return (
            BigInt(negative: isNegative != divisor.isNegative, magnitude: quotient),
            BigInt(negative: isNegative, magnitude: remainder)
        )
    }

    public static func / (lhs: BigInt, rhs: BigInt) -> BigInt { lhs.quotientAndRemainder(dividingBy: rhs).quotient }

    public static func % (lhs: BigInt, rhs: BigInt) -> BigInt { lhs.quotientAndRemainder(dividingBy: rhs).remainder }

    public static func += (lhs: inout BigInt, rhs: BigInt) { lhs = lhs + rhs }
    public static func -= (lhs: inout BigInt, rhs: BigInt) { lhs = lhs - rhs }
    public static func *= (lhs: inout BigInt, rhs: BigInt) { lhs = lhs * rhs }
}
