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
        while elected.isEmpty {
            progress(size - continuingCount, size)
            let (votes, exhausted) = Self.firstPlaces(profile, continuing: continuing, positions: &positions)
            lastVotes = votes
            let alive = (0..<size).filter { continuing[$0] }
            let sum = alive.reduce(Rational.zero) { $0 + votes[$1] }
            var round = CountExplanation.RunoffRound(
                votes: alive.map { .init(option: $0, votes: votes[$0]) }, exhausted: exhausted, eliminated: [], elected: [])
            if let majority = alive.first(where: { votes[$0] + votes[$0] > sum }) {
                elected = [majority]
            } else if let fewest = alive.map({ votes[$0] }).min() {
                let weakest = alive.filter { votes[$0] == fewest }
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
        let others = (0..<size).filter { continuing[$0] && !elected.contains($0) }
        var ranking: [[Int]] = elected.isEmpty ? [] : [elected]
        ranking += TieGroups.grouped(others.sorted { lastVotes[$0] > lastVotes[$1] || (lastVotes[$0] == lastVotes[$1] && $0 < $1) }) {
            lastVotes[$0] == lastVotes[$1]
        }
        ranking += eliminatedGroups.reversed()
        return CountResult(
            rule: name,
            parameters: [.runoffMajority, .eliminatedTogether],
            ballots: profile.voters, outcome: .ranking(ranking), explanation: .runoff(rounds), tieBreak: TieBreak.runoff)
    }

    /// Each continuing option's votes: every ballot counts for its first place among the
    /// continuing options (shared equally when that place ties several), and how many ballots
    /// have none left. `positions` holds where each ballot's current place starts; ballots only
    /// move down, so each round resumes there.
    static func firstPlaces(_ profile: BallotProfile, continuing: [Bool], positions: inout [Int]) -> (votes: [Rational], exhausted: Int) {
        let size = profile.options.count
        var whole = [Int](repeating: 0, count: size)
        var shared = SplitVotes(options: size)
        var exhausted = 0
        profile.marks.withUnsafeBufferPointer { marks in
            profile.values.withUnsafeBufferPointer { places in
                profile.starts.withUnsafeBufferPointer { starts in
                    profile.counts.withUnsafeBufferPointer { counts in
                        continuing.withUnsafeBufferPointer { alive in
                            whole.withUnsafeMutableBufferPointer { whole in
                                positions.withUnsafeMutableBufferPointer { positions in
                                    for ballot in 0..<counts.count {
                                        let end = starts[ballot + 1]
                                        let weight = counts[ballot]
                                        var start = positions[ballot]
                                        var counted = false
                                        while start < end {
                                            var groupEnd = start + 1
                                            while groupEnd < end && places[groupEnd] == places[start] { groupEnd += 1 }
                                            if groupEnd == start + 1 {
                                                if alive[Int(marks[start])] {
                                                    whole[Int(marks[start])] += weight
                                                    counted = true
                                                    break
                                                }
                                            } else {
                                                var count = 0
                                                for position in start..<groupEnd where alive[Int(marks[position])] { count += 1 }
                                                if count > 0 {
                                                    for position in start..<groupEnd where alive[Int(marks[position])] {
                                                        shared.add(Int(marks[position]), weight: weight, among: count)
                                                    }
                                                    counted = true
                                                    break
                                                }
                                            }
                                            start = groupEnd
                                        }
                                        positions[ballot] = start
                                        if !counted { exhausted += weight }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let splits = shared.totals
        return ((0..<size).map { Rational(whole[$0]) + splits[$0] }, exhausted)
    }
}
