/// `irv`: instant-runoff. Each ballot counts for its first place among the options still in the
/// count (shared equally when that place ties several). An option with more than half of these
/// votes is elected; otherwise the option with the fewest votes is eliminated and its ballots
/// move on. When several options tie for the fewest votes all of them are eliminated together
/// (as pref_voting's `instant_runoff` does); when every continuing option ties, they are all
/// elected.
///
/// The ranking: the elected options, then the other options still in the count by their votes in
/// the last round, then the eliminated ones, last eliminated first.
public struct InstantRunoff: CountingRule {
    public let name = RuleName.irv

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let size = profile.options.count
        var continuing = [Bool](repeating: true, count: size)
        var continuingCount = size
        // Per distinct ballot, where its current place starts: ballots only ever move down.
        var positions = Array(profile.starts.dropLast())
        var rounds: [CountExplanation.RunoffRound] = []
        var eliminatedGroups: [[Int]] = []
        var elected: [Int] = []
        var lastVotes: [Rational] = []
        profile.marks.withUnsafeBufferPointer { marks in
            profile.values.withUnsafeBufferPointer { places in
                while elected.isEmpty {
                    progress(size - continuingCount, size)
                    var votes = SplitVotes(options: size)
                    var exhausted = 0
                    for ballot in 0..<profile.counts.count {
                        let end = profile.starts[ballot + 1]
                        let weight = profile.counts[ballot]
                        var start = positions[ballot]
                        var counted = false
                        while start < end {
                            var groupEnd = start + 1
                            while groupEnd < end && places[groupEnd] == places[start] { groupEnd += 1 }
                            var alive = 0
                            for position in start..<groupEnd where continuing[Int(marks[position])] { alive += 1 }
                            if alive > 0 {
                                for position in start..<groupEnd where continuing[Int(marks[position])] {
                                    votes.add(Int(marks[position]), weight: weight, among: alive)
                                }
                                counted = true
                                break
                            }
                            start = groupEnd
                        }
                        positions[ballot] = start
                        if !counted { exhausted += weight }
                    }
                    let totals = votes.totals
                    lastVotes = totals
                    let alive = (0..<size).filter { continuing[$0] }
                    let sum = alive.reduce(Rational.zero) { $0 + totals[$1] }
                    var round = CountExplanation.RunoffRound(
                        votes: alive.map { .init(option: $0, votes: totals[$0]) }, exhausted: exhausted, eliminated: [], elected: [])
                    if let majority = alive.first(where: { totals[$0] + totals[$0] > sum }) {
                        elected = [majority]
                    } else if let fewest = alive.map({ totals[$0] }).min() {
                        let weakest = alive.filter { totals[$0] == fewest }
                        if weakest.count == alive.count {
                            elected = alive
                        } else {
                            round.eliminated = weakest
                            eliminatedGroups.append(weakest)
                            for option in weakest { continuing[option] = false }
                            continuingCount -= weakest.count
                        }
                    } else {
                        break  // no options at all
                    }
                    round.elected = elected
                    rounds.append(round)
                }
            }
        }
        let others = (0..<size).filter { continuing[$0] && !elected.contains($0) }
        var ranking: [[Int]] = elected.isEmpty ? [] : [elected]
        ranking += TieGroups.grouped(others.sorted { lastVotes[$0] > lastVotes[$1] || (lastVotes[$0] == lastVotes[$1] && $0 < $1) }) {
            lastVotes[$0] == lastVotes[$1]
        }
        ranking += eliminatedGroups.reversed()
        return CountResult(
            rule: name,
            parameters: [
                .init("majority", "more than half of the votes of continuing options"),
                .init("elimination ties", "all options tied for fewest are eliminated together"),
            ],
            ballots: profile.voters, outcome: .ranking(ranking), explanation: .runoff(rounds), tieBreak: TieBreak.runoff)
    }
}
