import Testing

@testable import WorkshopKit

/// Counting ballot notation from bytes must mean exactly what `BallotNotation.parse` means:
/// the same ballots, the same problems with the same words, the same inferred kind.
@Suite("Notation counter")
struct NotationCounterTests {
    /// Texts that stress the notation: separators, values, ids on the edge of valid, bytes beyond ASCII.
    static let pieces = [
        "P1", "P2", "P10", "p1", "A.b-c_d", "-a", "_b", ".c", "é", "P1\u{301}", " ", "\t", ",", "=", ">", ":", "::", "2", "0", "-1", "+3",
        "1000000", "1000001", "0000000002", "abstain", "'", "\"", "x y", "P1:", ":5", "P2:-0", String(repeating: "Z", count: 65),
    ]

    /// Every combination of up to three pieces, and a fixed pseudo-random sample of longer ones.
    static var texts: [String] {
        var texts = ["", "abstain", " abstain\t", "P3,P1=P7,P2", "P1 > P3", "P3:2 P19", "P3:4 P19:0", "P3 P19", "P3,,P1", "P1=P1", "P1 P1"]
        for first in pieces {
            texts.append(first)
            for second in pieces {
                texts.append(first + second)
                for third in ["P2", " ", ",", ":", "=", "3"] { texts.append(first + second + third) }
            }
        }
        var state: UInt64 = 9
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<6 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            texts.append(text)
        }
        return texts
    }

    /// What `BallotNotation.parse` and the profile builder make of `text`: its ballots, or the problem.
    static func parsed(_ text: String, as kind: BallotKind) -> Result<[BallotContent], BallotNotationError> {
        BallotNotation.parse(text, as: kind).flatMap { content in
            var builder = BallotProfileBuilder(kind: kind, options: Set(content.options).sorted().map { CountOption(id: $0) })
            return builder.add(content).map { _ in
                let profile = builder.build()
                return (0..<profile.distinctBallots).map { profile.ballot($0).content } + Array(repeating: .abstain, count: profile.abstentions)
            }
        }
    }

    @Test("each ballot text reads as BallotNotation.parse reads it, or fails with its message, for every kind")
    func agreesWithTheParser() {
        var disagreements: [String] = []
        for kind in BallotKind.allCases {
            for text in Self.texts {
                var counter = NotationCounter(kind: kind)
                let problem = counter.add(text: Array(text.utf8))
                let profile = counter.profile().build()
                let counted = (0..<profile.distinctBallots).map { profile.ballot($0).content } + Array(repeating: .abstain, count: profile.abstentions)
                switch Self.parsed(text, as: kind) {
                case .success(let expected):
                    if problem != nil || counted != expected { disagreements.append("\(kind) '\(text)': \(String(describing: problem)) \(counted) ≠ \(expected)") }
                case .failure(let expected):
                    if problem != expected { disagreements.append("\(kind) '\(text)': \(String(describing: problem)) ≠ \(expected)") }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("many ballots: options in natural order, equal ballots kept once however written, abstentions counted")
    func manyBallots() throws {
        var counter = NotationCounter(kind: .ranking)
        for text in ["P10,P2=P1", "P1=P2,P10", "abstain", "P2>P10", "P3"] { #expect(counter.add(text: Array(text.utf8)) == nil) }
        let profile = counter.profile().build()
        #expect(profile.options.map(\.id) == ["P1", "P2", "P3", "P10"])
        #expect(profile.voters == 5 && profile.abstentions == 1 && profile.distinctBallots == 4)
        #expect(profile.ballot(0).content == .ranking([["P10"], ["P1", "P2"]]))
        #expect(profile.ballot(1).content == .ranking([["P1", "P2"], ["P10"]]))
        #expect(profile.hasTies)
        let withPoster = NotationCounter(kind: .points).profile(more: ["P7"]).build()
        #expect(withPoster.options.map(\.id) == ["P7"] && withPoster.voters == 0)
    }

    /// The kind inference as it was before it read bytes: over whole texts, as strings.
    static func inferredFromStrings(_ texts: [String]) -> BallotKind {
        let marks = texts.filter { $0.trimmingSpaces != BallotNotation.abstain }
        let rankingMarks: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: ",")]
        if marks.contains(where: { $0.utf8.contains(where: rankingMarks.contains) }) { return .ranking }
        let values = marks.flatMap { text in
            text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { token in token.split(separator: ":").dropFirst().first }
        }
        if values.isEmpty { return .approvals }
        return values.allSatisfy { Int($0).map { $0 >= 1 } ?? true } ? .points : .scores
    }

    @Test("the kind guessed one ballot at a time is the kind inferred from all texts at once")
    func kindGuess() {
        let texts = Self.texts
        var mismatches: [String] = []
        for start in stride(from: 0, to: texts.count, by: 7) {
            let group = Array(texts[start..<min(texts.count, start + 3)])
            var guess = NotationKindGuess()
            for text in group { guess.note(Array(text.utf8)) }
            if guess.kind != Self.inferredFromStrings(group) { mismatches.append("\(group): \(guess.kind)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        var scores = NotationKindGuess()
        for text in ["P1 P2", "P1:2", "P3:0"] { scores.note(Array(text.utf8)) }
        #expect(scores.kind == .scores)
    }
}
