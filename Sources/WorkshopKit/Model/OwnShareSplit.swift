/// How an application's own share is split between the partners that carry it.
///
/// Every rule gives each partner a whole-number weight; a partner's part is the own share
/// times its weight over the sum of the weights, rounded down to the cent. The cents that
/// rounding leaves over go one each to the partners with the largest remainders, and
/// between equal remainders to the partner named first (largest remainder, "Hare-Niemeyer").
/// The parts always add up to the own share exactly.
public enum OwnShareSplit: Hashable, Sendable {
    /// Equal parts for the partners named.
    case equal([PartnerID])
    /// In proportion to inhabitants: each partner with its number of inhabitants.
    case inhabitants([PartnerWeight])
    /// Fixed percentages that add up to 100: weights in hundredths of a percent (50 % = 5000).
    case fixed([PartnerWeight])

    /// A partner and its weight under the rule.
    public struct PartnerWeight: Hashable, Sendable {
        public var partner: PartnerID
        public var weight: Int

        public init(partner: PartnerID, weight: Int) {
            self.partner = partner
            self.weight = weight
        }
    }

    /// The rule's name as written in funding.json: `equal`, `inhabitants`, `fixed`.
    public var rule: Rule {
        switch self {
        case .equal: .equal
        case .inhabitants: .inhabitants
        case .fixed: .fixed
        }
    }

    /// The names of the rules.
    public enum Rule: String, Sendable, CaseIterable, JSONEnum {
        case equal, inhabitants, fixed
    }

    /// Each partner with its weight, in the order named.
    public var weights: [PartnerWeight] {
        switch self {
        case .equal(let partners): partners.map { PartnerWeight(partner: $0, weight: 1) }
        case .inhabitants(let weights), .fixed(let weights): weights
        }
    }
}
