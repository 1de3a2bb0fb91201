extension Rational: CustomStringConvertible {
    /// `7`, `-3/4`: the exact value as an integer or a fraction in lowest terms.
    public var description: String { denominator == 1 ? numerator.description : "\(numerator)/\(denominator)" }

    /// The exact value as a decimal (`1546168.66`, `0.125`) when it has a finite one, else the
    /// fraction (`1/3`): never rounded, so it can be read back with `init(exactText:)`.
    public var exactText: String { exactDecimal ?? description }

    /// The exact decimal, when the denominator has no prime factor but 2 and 5; `nil` otherwise.
    public var exactDecimal: String? {
        if denominator == 1 { return numerator.description }
        var rest = denominator
        var twos = 0
        var fives = 0
        while (rest % 2).isZero {
            rest = rest / 2
            twos += 1
        }
        while (rest % 5).isZero {
            rest = rest / 5
            fives += 1
        }
        guard rest == 1 else { return nil }
        return decimal(places: max(twos, fives))
    }

    /// The value rounded half away from zero to `places` decimals (`places` ≥ 0), for printing.
    public func decimal(places: Int) -> String {
        var scale: BigInt = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = numerator.absoluteValue * scale * 2 + denominator
        let rounded = scaled / (denominator * 2)
        var digits = rounded.description
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (isNegative && !rounded.isZero ? "-" : "") + digits
    }

    /// Reads a decimal number (`1546168.66`, `-3`, `0.5`, also with a decimal comma `0,5`) or a
    /// fraction (`1/3`); `nil` for anything else (spaces, exponents, thousands separators).
    public init?(exactText text: some StringProtocol) {
        if let slash = text.firstIndex(of: "/") {
            guard let top = BigInt(text[..<slash]), let bottom = BigInt(text[text.index(after: slash)...]), !bottom.isZero else {
                return nil
            }
            self.init(top, bottom)
            return
        }
        let separator = text.firstIndex { $0 == "." || $0 == "," }
        guard let separator else {
            guard let integer = BigInt(text) else { return nil }
            self.init(integer)
            return
        }
        let whole = text[..<separator]
        let fraction = text[text.index(after: separator)...]
        guard !fraction.isEmpty, fraction.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let sign = whole.first.map { $0 == "-" || $0 == "+" } ?? false
        let wholeDigits = sign ? whole.dropFirst() : whole[...]
        guard let digits = BigInt(String(wholeDigits.isEmpty ? "0" : wholeDigits) + fraction) else { return nil }
        guard !(digits.isNegative) else { return nil }
        var scale: BigInt = 1
        for _ in 0..<fraction.count { scale *= 10 }
        self.init(whole.first == "-" ? -digits : digits, scale)
    }
}
