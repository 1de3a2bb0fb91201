import Testing

@testable import WorkshopKit

@Suite("Ballot notation")
struct BallotNotationTests {
    private func parse(_ text: String, _ kind: BallotKind) -> BallotContent? { try? BallotNotation.parse(text, as: kind).get() }

    private func problem(_ text: String, _ kind: BallotKind) -> String? {
        if case .failure(let error) = BallotNotation.parse(text, as: kind) { return error.message }
        return nil
    }

    @Test("Each kind reads its notation, and its canonical text reads back to the same content")
    func roundTrips() {
        let cases: [(String, BallotKind, BallotContent, String)] = [
            ("P3:2 P19", .points, .points([OptionValue("P3", 2), OptionValue("P19", 1)]), "P3:2 P19"),
            ("  P3:1\tP19:3 ", .points, .points([OptionValue("P3", 1), OptionValue("P19", 3)]), "P3 P19:3"),
            ("P3 P19", .approvals, .approvals(["P3", "P19"]), "P3 P19"),
            ("P3,P19", .approvals, .approvals(["P3", "P19"]), "P3 P19"),
            ("P3,P1=P7,P2", .ranking, .ranking([["P3"], ["P1", "P7"], ["P2"]]), "P3,P1=P7,P2"),
            ("P3 > P1 = P7 > P2", .ranking, .ranking([["P3"], ["P1", "P7"], ["P2"]]), "P3,P1=P7,P2"),
            ("P3", .ranking, .ranking([["P3"]]), "P3"),
            ("P3:4 P19:0 P2:-1", .scores, .scores([OptionValue("P3", 4), OptionValue("P19", 0), OptionValue("P2", -1)]), "P3:4 P19:0 P2:-1"),
            ("abstain", .ranking, .abstain, "abstain"),
            (" abstain ", .points, .abstain, "abstain"),
        ]
        for (text, kind, content, canonical) in cases {
            #expect(parse(text, kind) == content, "\(text)")
            #expect(BallotNotation.text(content) == canonical)
            #expect(parse(canonical, content.kind ?? kind) == content)
        }
    }

    @Test("A ranking keeps tie groups and lists its options best first")
    func rankingOptions() throws {
        let content = try BallotNotation.parse("B=C,A", as: .ranking).get()
        #expect(content.options == ["B", "C", "A"])
        #expect(content.kind == .ranking)
        #expect(BallotContent.abstain.kind == nil)
    }

    @Test("Bad ballots are refused with the part at fault and the notation")
    func refusals() {
        #expect(problem("", .points)?.hasPrefix("the ballot is empty; write it as P3:2 P19") == true)
        #expect(problem("P3:0", .points) == "'P3:0': points must be a whole number from 1 to 1000000, as in P3:2")
        #expect(problem("P3:x", .scores)?.hasPrefix("'P3:x': a score must be a whole number") == true)
        #expect(problem("P3", .scores) == "'P3' has no score; write P3:N, as in P3:4 P19:0")
        #expect(problem("P3 P3:2", .points) == "option P3 appears twice; give it all its points in one choice, as P3:2")
        #expect(problem("P3:2", .approvals) == "'P3:2' gives points, but an approval ballot only marks options; write P3")
        #expect(problem("P3,,P2", .ranking)?.hasPrefix("place 2 of the ranking 'P3,,P2' is empty") == true)
        #expect(problem("P3,P1=P3", .ranking) == "option P3 appears twice in the ranking; each option has one place")
        #expect(problem("P3 P1,P2", .ranking)?.hasPrefix("'P3 P1' in a ranking: separate places with ','") == true)
        #expect(problem("Pä", .approvals)?.contains("may hold only letters") == true)
        #expect(problem("P1=P2", .points)?.contains("write a ballot of this vote as P3:2 P19") == true)
    }
}
