extension OwnShareSplit {
    /// One partner's part of an amount.
    public struct Part: Hashable, Sendable {
        public var partner: PartnerID
        public var weight: Int
        public var amount: Money
    }

    /// Splits `amount` by the rule, exactly: each part rounded down to the cent, the cents left
    /// over given one each to the largest remainders (ties: the partner named first).
    /// - Returns: one part per partner, in the order named; the parts add up to `amount`.
    /// - Complexity: O(*n* log *n*) in the number of partners.
    public func parts(of amount: Money) -> [Part] {
        let weights = self.weights
        let total = weights.reduce(0) { $0 + $1.weight }
        guard total > 0, amount.cents >= 0 else { return weights.map { Part(partner: $0.partner, weight: $0.weight, amount: .zero) } }
        var parts: [Part] = []
        var remainders: [(index: Int, remainder: UInt)] = []
        var given = 0
        for (index, entry) in weights.enumerated() {
            // amount × weight / total, exactly, without overflow of the product.
            let product = amount.cents.magnitude.multipliedFullWidth(by: UInt(entry.weight))
            let (quotient, remainder) = UInt(total).dividingFullWidth(product)
            parts.append(Part(partner: entry.partner, weight: entry.weight, amount: Money(cents: Int(quotient))))
            remainders.append((index, remainder))
            given += Int(quotient)
        }
        let left = amount.cents - given
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in order.prefix(left) { parts[entry.index].amount.cents += 1 }
        return parts
    }
}
