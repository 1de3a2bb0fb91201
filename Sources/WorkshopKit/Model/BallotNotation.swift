/// The text form of a ballot's content, the same on the command line, in the ballot log and in
/// import files. It needs no quoting in a shell.
///
/// | kind | notation | meaning |
/// |---|---|---|
/// | points | `P3:2 P19` | two dots on P3, one on P19 (a bare id is one point) |
/// | approvals | `P3 P19` (or `P3,P19`) | P3 and P19 approved |
/// | ranking | `P3,P1=P7,P2` | P3 first, P1 and P7 tied second, P2 fourth |
/// | scores | `P3:4 P19:0` | P3 scored 4, P19 scored 0 |
/// | any | `abstain` | nothing marked |
///
/// Spaces and tabs around ids are ignored. `>` may stand for `,` in a ranking.
///
/// ```swift
/// let content = try BallotNotation.parse("P3,P1=P7,P2", as: .ranking).get()
/// // .ranking([["P3"], ["P1", "P7"], ["P2"]])
/// BallotNotation.text(content)   // "P3,P1=P7,P2"
/// ```
public enum BallotNotation {
    /// The content of a ballot that marks nothing.
    public static let abstain = "abstain"

    /// The largest number of points or the largest absolute score one option can carry.
    public static let valueLimit = 1_000_000

    /// Parses ballot text of the given kind.
    /// - Returns: the content, or an error that quotes the offending part and shows the notation.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func parse(_ text: String, as kind: BallotKind) -> Result<BallotContent, BallotNotationError> {
        let trimmed = text.trimmingSpaces
        if trimmed == abstain { return .success(.abstain) }
        if trimmed.isEmpty {
            return .failure(BallotNotationError("the ballot is empty; write it as \(kind.example), or '\(abstain)'"))
        }
        switch kind {
        case .points:
            return values(trimmed, kind: kind, bareValue: 1, range: 1...valueLimit).map(BallotContent.points)
        case .scores:
            return values(trimmed, kind: kind, bareValue: nil, range: -valueLimit...valueLimit).map(BallotContent.scores)
        case .approvals:
            var options: [ItemID] = []
            for token in tokens(trimmed, separators: [" ", "\t", ","]) {
                if token.utf8.contains(UInt8(ascii: ":")) {
                    let id = token.prefix { $0 != ":" }
                    return .failure(BallotNotationError("'\(token)' gives points, but an approval ballot only marks options; write \(id)"))
                }
                switch option(token, kind: kind) {
                case .success(let id): options.append(id)
                case .failure(let error): return .failure(error)
                }
            }
            return duplicate(in: options).map { .failure(twice($0, kind: kind)) } ?? .success(.approvals(options))
        case .ranking:
            var groups: [[ItemID]] = []
            let normalised = trimmed.replacingAll(">", with: ",")
            for (place, group) in normalised.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let members = group.split(separator: "=", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                var ids: [ItemID] = []
                for member in members {
                    if member.isEmpty {
                        return .failure(
                            BallotNotationError("place \(place + 1) of the ranking '\(trimmed)' is empty; write it as \(kind.example)"))
                    }
                    if member.contains(where: { $0 == " " || $0 == "\t" }) {
                        return .failure(
                            BallotNotationError("'\(member)' in a ranking: separate places with ',' and ties with '=', as \(kind.example)"))
                    }
                    switch option(member, kind: kind) {
                    case .success(let id): ids.append(id)
                    case .failure(let error): return .failure(error)
                    }
                }
                groups.append(ids)
            }
            return duplicate(in: groups.flatMap { $0 }).map { .failure(twice($0, kind: kind)) } ?? .success(.ranking(groups))
        }
    }

    /// The canonical text of a ballot's content: `parse(text(c), as: c.kind)` gives `c` back.
    public static func text(_ content: BallotContent) -> String {
        switch content {
        case .abstain: abstain
        case .points(let values):
            values.map { $0.value == 1 ? $0.option.rawValue : "\($0.option.rawValue):\($0.value)" }.joined(separator: " ")
        case .scores(let values): values.map { "\($0.option.rawValue):\($0.value)" }.joined(separator: " ")
        case .approvals(let options): options.map(\.rawValue).joined(separator: " ")
        case .ranking(let groups): groups.map { $0.map(\.rawValue).joined(separator: "=") }.joined(separator: ",")
        }
    }

    // MARK: - Parts

    private static func tokens(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map(String.init)
    }

    private static func option(_ text: String, kind: BallotKind) -> Result<ItemID, BallotNotationError> {
        if let problem = ItemID.problem(with: text) {
            let hint = text.contains("=") || text.contains(",") ? "; write a ballot of this vote as \(kind.example)" : ""
            return .failure(BallotNotationError("'\(text)': \(problem)\(hint)"))
        }
        return .success(ItemID(rawValue: text))
    }

    private static func values(
        _ text: String, kind: BallotKind, bareValue: Int?, range: ClosedRange<Int>
    ) -> Result<[OptionValue], BallotNotationError> {
        var values: [OptionValue] = []
        for token in tokens(text, separators: [" ", "\t"]) {
            let parts = token.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let id: ItemID
            switch option(parts[0], kind: kind) {
            case .success(let parsed): id = parsed
            case .failure(let error): return .failure(error)
            }
            let value: Int
            if parts.count == 2 {
                guard let number = Int(parts[1]), range.contains(number) else {
                    let what = kind == .scores ? "a score" : "points"
                    return .failure(
                        BallotNotationError(
                            "'\(token)': \(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), as in \(id):2"))
                }
                value = number
            } else if let bareValue {
                value = bareValue
            } else {
                return .failure(BallotNotationError("'\(token)' has no score; write \(id):N, as in \(kind.example)"))
            }
            values.append(OptionValue(id, value))
        }
        return duplicate(in: values.map(\.option)).map { .failure(twice($0, kind: kind)) } ?? .success(values)
    }

    private static func duplicate(in options: [ItemID]) -> ItemID? {
        var seen = Set<ItemID>()
        return options.first { !seen.insert($0).inserted }
    }

    private static func twice(_ option: ItemID, kind: BallotKind) -> BallotNotationError {
        switch kind {
        case .points: BallotNotationError("option \(option) appears twice; give it all its points in one choice, as \(option):2")
        case .ranking: BallotNotationError("option \(option) appears twice in the ranking; each option has one place")
        case .approvals, .scores: BallotNotationError("option \(option) appears twice; name each option once")
        }
    }
}

/// Why a ballot's text cannot be read; the message quotes the part at fault and shows the notation.
public struct BallotNotationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension String {
    fileprivate func replacingAll(_ character: Character, with replacement: Character) -> String {
        String(map { $0 == character ? replacement : $0 })
    }
}
