/// The ballots of one vote, ready to count: the options, every distinct ballot with how often
/// it was cast, and what the source says about the vote (budget, support threshold, the rule it
/// names).
///
/// Every counting rule reads a profile, whatever the ballots came from: a pabulib or PrefLib
/// file, the toolkit's ballot CSV, or a workspace's ballot log (`BallotProfileBuilder.add(_:)`
/// takes `BallotContent`). Identical ballots are stored once with a count, so memory grows with
/// the options and the distinct ballots, not with the number of voters.
///
/// A ballot is a list of option indices (into `options`) with a value each: the points or the
/// score for points and score ballots, the place (0 for the first group, 1 for the next, …) for
/// rankings, nothing for approvals.
public struct BallotProfile: Sendable {
    /// The kind of every ballot in the profile.
    public let kind: BallotKind
    public let options: [CountOption]
    /// The money to spend, for budget rules.
    public let budget: Rational?
    /// For a points rule on rankings: the points of the first place (the last place of the
    /// longest ballot allowed gets 1). A pabulib file's `max_length`, else the longest ballot.
    public let placePoints: Int
    /// The least support a project needs to be funded by `greedy-threshold` (pabulib's
    /// `min_project_score_threshold`).
    public let minimumSupport: Rational?
    /// The counting rule the source names (a pabulib file's META `rule`), as written.
    public let namedRule: String?
    /// Ballots cast, abstentions (empty ballots) included.
    public let voters: Int
    /// Ballots that mark nothing.
    public let abstentions: Int
    /// Whether some ranking has two options tied at one place.
    public let hasTies: Bool
    /// Per option (parallel to `options`), points counted off posters: no ballots, so only the
    /// points tally adds them; empty when there are none.
    public internal(set) var posterPoints: [Int] = []
    /// The poster counts `posterPoints` sums.
    public internal(set) var posterCounts = 0

    // Distinct ballots, stored flat: ballot b is marks[starts[b]..<starts[b + 1]].
    let starts: [Int]
    let marks: [Int32]
    /// Parallel to `marks`; empty for approval ballots.
    let values: [Int32]
    let counts: [Int]
    /// The position of each option when ids are sorted by Unicode code points ("10" before "9"),
    /// the tie-break of the budget rules.
    let idRank: [Int]

    init(
        kind: BallotKind, options: [CountOption], budget: Rational?, placePoints: Int, minimumSupport: Rational?,
        namedRule: String?, voters: Int, abstentions: Int, hasTies: Bool, starts: [Int], marks: [Int32], values: [Int32],
        counts: [Int]
    ) {
        self.kind = kind
        self.options = options
        self.budget = budget
        self.placePoints = placePoints
        self.minimumSupport = minimumSupport
        self.namedRule = namedRule
        self.voters = voters
        self.abstentions = abstentions
        self.hasTies = hasTies
        self.starts = starts
        self.marks = marks
        self.values = values
        self.counts = counts
        var rank = [Int](repeating: 0, count: options.count)
        let order = options.indices.sorted {
            options[$0].id.rawValue.unicodeScalars.lexicographicallyPrecedes(options[$1].id.rawValue.unicodeScalars)
        }
        for (position, option) in order.enumerated() { rank[option] = position }
        idRank = rank
    }

    /// How many different ballots were cast.
    public var distinctBallots: Int { counts.count }

    /// Ballot `index` (`0..<distinctBallots`) as content, and how many voters cast it.
    public func ballot(_ index: Int) -> (content: BallotContent, count: Int) {
        let range = starts[index]..<starts[index + 1]
        let ids = range.map { options[Int(marks[$0])].id }
        let content: BallotContent
        switch kind {
        case .approvals: content = .approvals(ids)
        case .points: content = .points(zip(ids, range).map { OptionValue($0, Int(values[$1])) })
        case .scores: content = .scores(zip(ids, range).map { OptionValue($0, Int(values[$1])) })
        case .ranking:
            var groups: [[ItemID]] = []
            var place: Int32 = -1
            for (id, position) in zip(ids, range) {
                if values[position] != place {
                    groups.append([])
                    place = values[position]
                }
                groups[groups.count - 1].append(id)
            }
            content = .ranking(groups)
        }
        return (content, counts[index])
    }

    /// Calls `body` with every distinct ballot: its marks, their values (empty for approvals)
    /// and how many voters cast it.
    /// - Complexity: O(*n*) in the total length of the distinct ballots.
    func forEachBallot(_ body: (_ marks: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Int32>, _ count: Int) -> Void) {
        marks.withUnsafeBufferPointer { allMarks in
            values.withUnsafeBufferPointer { allValues in
                for ballot in 0..<counts.count {
                    let start = starts[ballot]
                    let end = starts[ballot + 1]
                    let ballotMarks = UnsafeBufferPointer(rebasing: allMarks[start..<end])
                    let ballotValues = allValues.isEmpty ? UnsafeBufferPointer(rebasing: allValues[0..<0]) : UnsafeBufferPointer(rebasing: allValues[start..<end])
                    body(ballotMarks, ballotValues, counts[ballot])
                }
            }
        }
    }

    /// Options in the budget rules' tie-break order: ids by Unicode code points.
    func precedesByID(_ a: Int, _ b: Int) -> Bool { idRank[a] < idRank[b] }
}
