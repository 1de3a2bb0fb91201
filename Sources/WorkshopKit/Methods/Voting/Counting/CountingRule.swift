/// A way of counting ballots: one type per rule, each in its own file in `Methods/Voting/`.
///
/// A rule says which profiles it can count and why not, counts a profile, and explains its
/// result (rounds, eliminations, pairwise contests, who paid what). Ties it must break are broken
/// by a rule stated in the result, never by the order ballots or options happen to be in.
///
/// ```swift
/// let result = try RuleName.schulze.rule.counted(profile).get()
/// result.winners   // every option tied for first place
/// ```
public protocol CountingRule: Sendable {
    var name: RuleName { get }
    /// Why the rule cannot count `profile`, or `nil` when it can.
    func problem(with profile: BallotProfile) -> String?
    /// Counts `profile`; only called when `problem(with:)` is `nil`.
    /// - Parameter progress: told how far the count is (done, total) during long counts.
    func count(_ profile: BallotProfile, progress: (_ done: Int, _ total: Int) -> Void) -> CountResult
}

extension CountingRule {
    /// Counts `profile`, or says why this rule cannot.
    public func counted(_ profile: BallotProfile, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> Result<CountResult, CountProblem> {
        if let problem = reason(notCounting: profile) { return .failure(CountProblem(rule: name, message: problem)) }
        return .success(count(profile, progress: progress))
    }

    /// Why the rule cannot count `profile` (there is nothing to count, or `problem(with:)`), or `nil`.
    public func reason(notCounting profile: BallotProfile) -> String? {
        if profile.options.isEmpty { return "the ballots have no options to count" }
        if profile.posterCounts > 0 && name != .points {
            return "\(profile.posterCounts) poster count(s) hold points, not ballots; only the points tally adds them, so this rule is refused rather than leaving them out"
        }
        return problem(with: profile)
    }
}

/// Why a rule cannot count a profile; the message says what it needs.
public struct CountProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var rule: RuleName
    public var message: String

    public init(rule: RuleName, message: String) {
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(rule.rawValue): \(message)" }
}
