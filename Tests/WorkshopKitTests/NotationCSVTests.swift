import Testing

@testable import WorkshopKit

/// The streaming count of a `ballot,choices` CSV (`CSVReader.visit` into `NotationTally`) against
/// the way it was read before: the whole table through `CSVTable`, the kind inferred from every
/// row first, the ballot ids in a dictionary. Same counts, or the same problems in the same order.
@Suite("Notation CSV, streamed")
struct NotationCSVTests {
    /// The reading this test keeps as its reference: every row held as strings.
    static func reference(_ bytes: [UInt8], file: String, kind: BallotKind?) -> Result<String, InvalidInput> {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: file, required: ["ballot", "choices"], optional: ["voter"])
        } catch {
            return .failure(error)
        }
        let texts = table.rows.map { Array(table.value($0, "choices").utf8) }
        var guess = NotationKindGuess()
        if kind == nil { for text in texts { guess.note(text) } }
        let chosenKind = kind ?? guess.kind
        var counter = NotationCounter(kind: chosenKind)
        var diagnostics = Diagnostics()
        var ballotLines: [String: Int] = [:]
        for (row, text) in zip(table.rows, texts) {
            let ballot = table.value(row, "ballot").trimmingSpaces
            if ballot.isEmpty {
                diagnostics.error("the ballot has no id; give each ballot one, such as its number", at: table.location(row, "ballot"))
            } else if let first = ballotLines[ballot] {
                diagnostics.error("ballot '\(ballot)' appears twice (first on line \(first)); ballot ids are unique", at: table.location(row, "ballot"))
            } else {
                ballotLines[ballot] = row.line
            }
            if let problem = counter.add(text: text) {
                let hint = kind == nil ? " (ballots read as \(chosenKind.rawValue), inferred from the file; name the kind with --kind)" : ""
                diagnostics.error(problem.message + hint, at: table.location(row, "choices"))
            }
        }
        if table.rows.isEmpty { diagnostics.error("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)) }
        if diagnostics.hasErrors { return .failure(InvalidInput(diagnostics)) }
        return .success(summary(counter.profile().build(), kind: chosenKind.rawValue + (kind == nil ? " (inferred)" : "")))
    }

    /// Everything a count depends on, as text.
    static func summary(_ profile: BallotProfile, kind: String?) -> String {
        let ballots = (0..<profile.distinctBallots).map { index in
            let ballot = profile.ballot(index)
            return "\(BallotNotation.text(ballot.content)) ×\(ballot.count)"
        }
        return """
            \(kind ?? "-") \(profile.kind) voters \(profile.voters) abstaining \(profile.abstentions) ties \(profile.hasTies)
            options \(profile.options.map(\.id.rawValue).joined(separator: " "))
            \(ballots.sorted().joined(separator: "\n"))
            """
    }

    /// What the streaming reader makes of the same bytes, in the reference's terms.
    static func streamed(_ bytes: [UInt8], file: String, kind: BallotKind?) -> Result<String, InvalidInput> {
        do {
            let read = try BallotFileReader.read(bytes: bytes, file: file, options: .init(kind: kind, format: .notation))
            #expect(read.sha256 == SHA256.hex(bytes))
            return .success(summary(read.profile, kind: read.metadata("kind")))
        } catch {
            guard case .invalid(let problem) = error else { return .failure(InvalidInput("storage: \(error)", at: SourceLocation(file: file))) }
            return .failure(problem)
        }
    }

    static func describe(_ result: Result<String, InvalidInput>) -> String {
        switch result {
        case .success(let summary): summary
        case .failure(let problem): problem.diagnostics.all.map(\.description).joined(separator: "\n")
        }
    }

    static let ids = ["1", "2", "3", " 2", "2\t", "", "'-4", "-4", "''x", "'x", "é", "e\u{301}", "\"7\"", "\"8,9\"", "Kelvin\u{212A}", "KelvinK"]
    static let choices = [
        "P1 P2", "P2 P10", "\"P3,P1=P7,P2\"", "P1 > P3", "P3:2 P19", "P3:4 P19:0", "abstain", "", "P1 P1", "P1:x", "'-P1", "\"P1\nP2\"",
        "\"P\"\"1\"", "P1 é", "Pé:2",
    ]
    static let endings = ["\n", "\r\n", "\r"]

    /// Generated files: ids repeated, guarded, quoted and empty; every kind of ballot; LF, CRLF
    /// and CR; quoted line breaks and quotes; now and then a ragged row, a voter column, a
    /// `sep=` line, a byte order mark, a broken header or an unterminated quote.
    static var files: [[UInt8]] {
        var state: UInt64 = 12
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        var files: [[UInt8]] = []
        for number in 0..<400 {
            let ending = endings[next(endings.count)]
            let withVoter = next(5) == 0
            var text = number % 37 == 0 ? "\u{FEFF}" : ""
            if number % 23 == 0 { text += "sep=,\(ending)" }
            switch number % 41 {
            case 0: text += "ballot,choise"
            case 1: text += ""
            default: text += withVoter ? "Ballot ,voter,choices" : "ballot,choices"
            }
            text += ending
            let rows = number % 29 == 0 ? 0 : 1 + next(12)
            // Mostly one kind per file, so that files count; now and then a mixture.
            let family = next(4)
            for _ in 0..<rows {
                let choice: String
                switch family {
                case 0: choice = ["P1 P2", "P2 P10", "P3 P19", "abstain"][next(4)]
                case 1: choice = ["P3:2 P19", "P1:1", "P2:4 P1"][next(3)]
                case 2: choice = ["\"P3,P1=P7,P2\"", "P1 > P3", "P2=P1"][next(3)]
                default: choice = choices[next(choices.count)]
                }
                let id = next(3) == 0 ? ids[next(ids.count)] : String(next(40))
                text += withVoter ? "\(id),v\(next(9)),\(choice)" : "\(id),\(choice)"
                if next(60) == 0 { text += ",extra" }
                text += next(8) == 0 && ending != "\r" ? ending + ending : ending
            }
            if number % 31 == 0 { text += "9,\"P1 P2" }
            files.append(Array(text.utf8))
        }
        return files
    }

    @Test("generated files count as the whole-table reading counts them, or fail with the same problems in the same order")
    func againstTheTable() {
        var counted = 0
        for (number, bytes) in Self.files.enumerated() {
            for kind in [nil, BallotKind.approvals, .points] {
                let expected = Self.reference(bytes, file: "f\(number).csv", kind: kind)
                let got = Self.streamed(bytes, file: "f\(number).csv", kind: kind)
                #expect(Self.describe(got) == Self.describe(expected), "file \(number), kind \(kind?.rawValue ?? "inferred"): \(String(decoding: bytes, as: UTF8.self))")
                if case .success = expected { counted += 1 }
            }
        }
        // Both outcomes must be exercised: files that count and files that are refused.
        #expect(counted > 100 && counted < 1000)
    }

    @Test("the same id written differently is the same ballot: precomposed and combining é, the Kelvin sign and K")
    func canonicalIDs() {
        let text = "ballot,choices\né,P1\ne\u{301},P2\nK,P1\n\u{212A},P2\n"
        let problems = Self.describe(Self.streamed(Array(text.utf8), file: "c.csv", kind: nil))
        #expect(problems == """
            c.csv:3:1: error: ballot 'e\u{301}' appears twice (first on line 2); ballot ids are unique
            c.csv:5:1: error: ballot '\u{212A}' appears twice (first on line 4); ballot ids are unique
            """)
        #expect(Self.describe(Self.reference(Array(text.utf8), file: "c.csv", kind: nil)) == problems)
    }

    @Test("a ballot that changes the inferred kind late makes the second pass: the earlier ballots are read again as that kind")
    func lateKind() throws {
        let text = "ballot,choices\n1,P1\n2,P2\n3,\"P2,P1\"\n"
        let read = try BallotFileReader.read(bytes: Array(text.utf8), file: "k.csv", options: .init(format: .notation))
        #expect(read.profile.kind == .ranking)
        #expect(read.metadata("kind") == "ranking (inferred)")
        #expect(Self.describe(Self.streamed(Array(text.utf8), file: "k.csv", kind: nil)) == Self.describe(Self.reference(Array(text.utf8), file: "k.csv", kind: nil)))
    }

    @Test("the id set flags exactly the ids seen before: runs of numbers, numbers out of order, past the runs' limit, and other ids", arguments: [2, 1 << 16])
    func idSet(runLimit: Int) {
        var set = BallotIDSet(runLimit: runLimit)
        var seen = Set<String>()
        var state: UInt64 = 5
        var next = 1
        for step in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pick = Int(state >> 33)
            let id: String
            switch pick % 6 {
            case 0, 1, 2:
                id = String(next)
                next += 1 + (pick % 97 == 0 ? pick % 5 : 0)
            case 3: id = String(pick % (next + 3))
            case 4: id = "0" + String(pick % 50)
            default: id = "B-\(pick % 700)"
            }
            let suspect = Array(id.utf8).withUnsafeBufferPointer { set.insert($0) }
            #expect(suspect == seen.contains(id), "step \(step): \(id)")
            seen.insert(id)
        }
    }
}
