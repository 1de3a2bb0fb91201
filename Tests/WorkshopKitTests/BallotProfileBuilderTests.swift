import TestSupport
import Testing

@testable import WorkshopKit

/// The profile builder against a plain model of what it must keep: every distinct ballot once,
/// in canonical order (approvals and points by option, tied options by option within their
/// place, places numbered 0, 1, 2, …), in the order first cast, with how often it was cast.
@Suite("Ballot profile builder")
struct BallotProfileBuilderTests {
    /// Generated ballots of `kind` over `options`: some drawn again from earlier ones (written in
    /// another order), abstentions, ties in rankings, counts above one.
    static func ballots(_ kind: BallotKind, options: [ItemID], count: Int, seed: UInt64) -> [(content: BallotContent, count: Int)] {
        var random = SplitMix(seed: seed)
        var ballots: [(content: BallotContent, count: Int)] = []
        for _ in 0..<count {
            let weight = random.next() % 8 == 0 ? Int(random.next() % 5) + 2 : 1
            if !ballots.isEmpty && random.next() % 3 == 0 {
                let earlier = ballots[Int(random.next() % UInt64(ballots.count))].content
                ballots.append((reordered(earlier, &random), weight))
                continue
            }
            if random.next() % 40 == 0 {
                ballots.append((.abstain, weight))
                continue
            }
            // Mostly short ballots, now and then one longer than the insertion sort takes.
            let length = random.next() % 50 == 0 ? min(options.count, 33 + Int(random.next() % 5)) : 1 + Int(random.next() % 6)
            let chosen = Array(options.shuffled(using: &random).prefix(length))
            let value = { (random: inout SplitMix) in Int(random.next() % 9) - (kind == .scores ? 4 : -1) }
            switch kind {
            case .approvals: ballots.append((.approvals(chosen), weight))
            case .points: ballots.append((.points(chosen.map { OptionValue($0, value(&random)) }), weight))
            case .scores: ballots.append((.scores(chosen.map { OptionValue($0, value(&random)) }), weight))
            case .ranking:
                var groups: [[ItemID]] = []
                for id in chosen {
                    if !groups.isEmpty && random.next() % 4 == 0 { groups[groups.count - 1].append(id) } else { groups.append([id]) }
                }
                ballots.append((.ranking(groups), weight))
            }
        }
        return ballots
    }

    /// The same ballot written in another order.
    static func reordered(_ content: BallotContent, _ random: inout SplitMix) -> BallotContent {
        switch content {
        case .abstain: .abstain
        case .approvals(let ids): .approvals(ids.shuffled(using: &random))
        case .points(let entries): .points(entries.shuffled(using: &random))
        case .scores(let entries): .scores(entries.shuffled(using: &random))
        case .ranking(let groups): .ranking(groups.map { $0.shuffled(using: &random) })
        }
    }

    /// The canonical form of a ballot, options ordered by their place in `order`.
    static func canonical(_ content: BallotContent, order: [ItemID: Int]) -> BallotContent {
        let rank = { (id: ItemID) in order[id] ?? -1 }
        switch content {
        case .abstain: return .abstain
        case .approvals(let ids): return .approvals(ids.sorted { rank($0) < rank($1) })
        case .points(let entries): return .points(entries.sorted { rank($0.option) < rank($1.option) })
        case .scores(let entries): return .scores(entries.sorted { rank($0.option) < rank($1.option) })
        case .ranking(let groups): return .ranking(groups.map { $0.sorted { rank($0) < rank($1) } })
        }
    }

    /// What the profile must hold: the distinct canonical ballots in the order first cast, with their counts.
    static func expected(_ ballots: [(content: BallotContent, count: Int)], order: [ItemID: Int]) -> [(BallotContent, Int)] {
        var index: [BallotContent: Int] = [:]
        var distinct: [(BallotContent, Int)] = []
        for ballot in ballots where ballot.content != .abstain {
            let content = canonical(ballot.content, order: order)
            if let known = index[content] {
                distinct[known].1 += ballot.count
            } else {
                index[content] = distinct.count
                distinct.append((content, ballot.count))
            }
        }
        return distinct
    }

    /// The profile's distinct ballots with their counts.
    static func held(_ profile: BallotProfile) -> [(BallotContent, Int)] {
        (0..<profile.distinctBallots).map { profile.ballot($0) }
    }

    static func same(_ a: [(BallotContent, Int)], _ b: [(BallotContent, Int)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    static let options = (1...60).map { ItemID("P\($0)") }

    @Test("every kind: the distinct ballots, in canonical order and first-cast order, with their counts, past several table doublings", arguments: BallotKind.allCases)
    func agreesWithTheModel(kind: BallotKind) throws {
        let ballots = Self.ballots(kind, options: Self.options, count: 6000, seed: 17)
        var builder = BallotProfileBuilder(kind: kind, options: Self.options.map { CountOption(id: $0) })
        for ballot in ballots { try builder.add(ballot.content, count: ballot.count).get() }
        let profile = builder.build()
        let order = Dictionary(uniqueKeysWithValues: Self.options.enumerated().map { ($1, $0) })
        let expected = Self.expected(ballots, order: order)
        #expect(expected.count > 2000)
        #expect(Self.same(Self.held(profile), expected))
        #expect(profile.voters == ballots.map(\.count).reduce(0, +))
        #expect(profile.abstentions == ballots.filter { $0.content == .abstain }.map(\.count).reduce(0, +))
        #expect(profile.hasTies == (kind == .ranking))
        #expect(profile.placePoints == ballots.map { $0.content.options.count }.max())
    }

    @Test("options learnt out of order from the notation, some only late, give the profile of options given in natural order", arguments: BallotKind.allCases)
    func learntOutOfOrder(kind: BallotKind) {
        // Twenty options appear only after the counter has put the first forty in order.
        let ballots = Self.ballots(kind, options: Array(Self.options.prefix(40)), count: 2500, seed: 29)
            + Self.ballots(kind, options: Self.options, count: 1500, seed: 31)
        var counter = NotationCounter(kind: kind)
        var direct = BallotProfileBuilder(kind: kind, options: Self.options.map { CountOption(id: $0) })
        for ballot in ballots {
            for _ in 0..<ballot.count { #expect(counter.add(text: Array(BallotNotation.text(ballot.content).utf8)) == nil) }
            _ = direct.add(ballot.content, count: ballot.count)
        }
        let learnt = counter.profile().build()
        let given = direct.build()
        #expect(learnt.options.map(\.id) == Self.options)
        #expect(Self.same(Self.held(learnt), Self.held(given)))
        #expect(learnt.voters == given.voters && learnt.abstentions == given.abstentions && learnt.hasTies == given.hasTies)
    }

    @Test("ballots added after a relabelling meet the relabelled ones", arguments: BallotKind.allCases)
    func addsAfterRelabelling(kind: BallotKind) throws {
        let options = Array(Self.options.prefix(40))
        let first = Self.ballots(kind, options: options, count: 3000, seed: 41)
        var builder = BallotProfileBuilder(kind: kind, options: options.map { CountOption(id: $0) })
        for ballot in first { try builder.add(ballot.content, count: ballot.count).get() }
        // Reversed, with a new option in front: every ballot's order changes.
        let relabelled = [ItemID("Q")] + options.reversed()
        builder.relabel(options: relabelled.map { CountOption(id: $0) }, position: options.indices.map { options.count - $0 })
        var random = SplitMix(seed: 43)
        let again = first.shuffled(using: &random).prefix(1500).map { (Self.reordered($0.content, &random), $0.count) }
        let more = Self.ballots(kind, options: relabelled, count: 1500, seed: 47)
        for ballot in again + more { try builder.add(ballot.0, count: ballot.1).get() }
        let order = Dictionary(uniqueKeysWithValues: relabelled.enumerated().map { ($1, $0) })
        #expect(Self.same(Self.held(builder.build()), Self.expected(first + again + more, order: order)))
    }
}
