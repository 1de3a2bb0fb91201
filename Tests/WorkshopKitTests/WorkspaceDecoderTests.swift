import Testing

@testable import WorkshopKit

@Suite("Reading and checking a workspace")
struct WorkspaceDecoderTests {
    private func decode(_ files: [WorkspaceFile: [UInt8]]) -> WorkspaceDecoder.Result {
        WorkspaceDecoder.decode(id: "test", files: files, folder: "W")
    }

    private func replacing(_ file: WorkspaceFile, with text: String, in files: [WorkspaceFile: [UInt8]]) -> [WorkspaceFile: [UInt8]] {
        var copy = files
        copy[file] = Array(text.utf8)
        return copy
    }

    @Test("A workspace written by the encoder reads back to the same workspace")
    func roundTrip() throws {
        let original = Fixtures.small()
        let result = decode(Fixtures.files(of: original))
        let workspace = try #require(result.workspace, "\(result.diagnostics.sorted)")
        #expect(result.diagnostics.isEmpty)
        #expect(workspace.process == original.process)
        #expect(workspace.ideas == original.ideas)
        #expect(workspace.projects == original.projects)
        #expect(workspace.criteria == original.criteria)
        #expect(workspace.votes == original.votes)
        #expect(workspace.ratings == original.ratings)
        #expect(workspace.ballots == original.ballots)
        #expect(workspace.workshops == original.workshops)
        // And writing it again gives the same bytes.
        #expect(Fixtures.files(of: workspace) == Fixtures.files(of: original))
    }

    @Test("Broken JSON is reported with its line and column and the rest of the workspace is still checked")
    func brokenJSON() {
        var files = Fixtures.files(of: Fixtures.small())
        files = replacing(.ideas, with: "{\n  \"ideas\": [\n    {\"id\": \"I-1\",}\n  ]\n}\n", in: files)
        files = replacing(.ratings, with: "rater,item,criterion,score\nR1,P1,growth,11\n", in: files)
        let result = decode(files)
        #expect(result.workspace == nil)
        let messages = result.diagnostics.sorted.map(\.description)
        #expect(messages.contains("W/ideas.json:3:18: error: trailing comma before '}'; remove the last ','"))
        #expect(messages.contains { $0.hasPrefix("W/ratings.csv:2:4: error: score '11' is outside 1…5") })
    }

    @Test("Every problem is reported, each at its place")
    func everyProblem() throws {
        var files = Fixtures.files(of: Fixtures.small())
        let ideas = """
            {
              "ideas": [
                {"id": "I-1", "title": "Bike sharing", "theme": "mobilty"},
                {"id": "I-1", "title": "Again", "theme": "economy"},
                {"id": "I-3", "title": "", "theme": "economy", "colour": "red"}
              ]
            }
            """
        files = replacing(.ideas, with: ideas, in: files)
        let result = decode(files)
        let messages = result.diagnostics.sorted.map(\.description)
        #expect(messages.contains("W/ideas.json:3:53: error: idea I-1: unknown theme 'mobilty'; did you mean 'mobility'?; themes in process.json: economy, mobility"))
        #expect(messages.contains("W/ideas.json:4:12: error: duplicate idea id 'I-1' (first defined at line 3); ids must be unique"))
        #expect(messages.contains { $0.hasPrefix("W/ideas.json:5:28: error: \"title\" of idea I-3 is empty") })
        #expect(messages.contains { $0.hasPrefix("W/ideas.json:5:52: error: unknown key \"colour\" in idea I-3; allowed:") })
        // ideas.json has errors of its own, so the projects' references to ideas are not checked:
        // one broken file must not bury its errors under follow-ups.
        #expect(messages.contains { $0.hasPrefix("W/projects.json") } == false)
        #expect(result.diagnostics.errorCount == 4)
    }

    @Test("Ballots of a format-1 log that break their vote's rules are reported")
    func ballotRules() {
        var files = Fixtures.files(of: Fixtures.small())
        files = replacing(
            .ballots,
            with: """
                vote,ballot,voter,choices,recorded_at
                dots,B1,R1,P1:2 P2,
                dots,B1,R2,P1,
                dots,B3,R1,P2,
                dots,B4,,P1:3 P9,
                dots,B5,,P1:1 P1:1,
                nope,B6,,P1,
                dots,B7,R1,P1:x,

                """, in: files)
        let messages = decode(files).diagnostics.sorted.map(\.description)
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:3:2: error: ballot B1 of vote dots was already recorded") })
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:4:3: error: voter R1 already voted in dots") })
        #expect(messages.contains("W/ballots.csv:5:4: error: ballot B4 of vote dots: 'P9' is not an option of this vote; did you mean 'P1'?; options: P1, P2"))
        #expect(messages.contains("W/ballots.csv:5:4: error: ballot B4 of vote dots: 4 dots placed but each voter has 3"))
        #expect(messages.contains("W/ballots.csv:5:4: error: ballot B4 of vote dots: 3 dots on P1 but at most 2 may go to one option"))
        #expect(messages.contains("W/ballots.csv:5:3: error: ballot B4 of vote dots names no voter; the vote's voters are a registered participant"))
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:6:4: error: option P1 appears twice") })
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:7:1: error: ballot B6: unknown vote 'nope'") })
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:8:4: error: 'P1:x': points must be a whole number") })
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:1: warning: ballots.csv is in format 1") })
    }

    @Test("A missing process.json says the folder is not a workspace")
    func missingProcess() {
        var files = Fixtures.files(of: Fixtures.small())
        files[.process] = nil
        let result = decode(files)
        #expect(result.workspace == nil)
        #expect(result.diagnostics.sorted.map(\.description) == [
            "W/process.json: error: no process.json here; this folder is not a workspace (a new one starts with its process.json)"
        ])
    }

    @Test("A broken process.json does not hide the problems of the other files")
    func brokenProcess() {
        var files = Fixtures.files(of: Fixtures.small())
        files[.process] = Array("{\"title\": \"x\", \"language\": \"de\",}".utf8)
        files[.votes] = Array("{\"votes\": [}".utf8)
        files[.ratings] = Array("rater,item,criterion,score\nR1,P1,growth,11\n".utf8)
        let result = decode(files)
        #expect(result.workspace == nil)
        #expect(Set(result.diagnostics.sorted.map(\.location.file)) == ["W/process.json", "W/votes.json", "W/ratings.csv"])
    }

    @Test("Weights must lie in 0.01…1000, and vote minimums are whole points", arguments: [
        (WorkspaceFile.criteria, "{\"criteria\": [{\"id\": \"a\", \"group\": \"relevance\", \"name\": \"A\", \"weight\": 1000000, \"scale\": {\"minimum\": 1, \"maximum\": 5}}]}", "a weight lies in 0.01…1000"),
        (WorkspaceFile.prioritisation, "{\"rule\": [{\"group\": 1, \"minimums\": {\"votes\": 0.5}}, {\"group\": 2, \"minimums\": {}}]}", "\"votes\" counts whole points; found 0.5"),
    ])
    func bounds(_ file: WorkspaceFile, _ text: String, _ expected: String) {
        let result = decode(replacing(file, with: text, in: Fixtures.files(of: Fixtures.small())))
        #expect(result.workspace == nil)
        #expect(result.diagnostics.contains { $0.message.contains(expected) }, "\(result.diagnostics.sorted)")
    }

    @Test("A reference inside a list points at its element")
    func elementPositions() {
        let projects = """
            {"projects": [
              {"id": "P1", "title": "One", "theme": "mobility",
               "ideas": ["I-1",
                         "I-9"]}
            ]}
            """
        let result = decode(replacing(.projects, with: projects, in: Fixtures.files(of: Fixtures.small())))
        #expect(result.diagnostics.sorted.first.map { "\($0.location)" } == "W/projects.json:4:14")
    }

    @Test("Missing optional files count as empty, and prioritisation falls back to the standard rule")
    func optionalFiles() throws {
        let files = Fixtures.files(of: Fixtures.small()).filter { $0.key == .process }
        let result = decode(files)
        let workspace = try #require(result.workspace)
        #expect(workspace.ideas.isEmpty && workspace.ratings.recordCount == 0)
        #expect(workspace.prioritisation == .standard)
    }

    @Test("A file's note survives reading and writing")
    func notes() throws {
        var workspace = Fixtures.small()
        workspace.notes[.ideas] = "illustrative"
        let decoded = try #require(decode(Fixtures.files(of: workspace)).workspace)
        #expect(decoded.notes[.ideas] == "illustrative")
        #expect(WorkspaceEncoder.text(of: .ideas, in: decoded).contains("\"note\": \"illustrative\""))
    }

    @Test("Amounts, rates and weights keep their exact decimals", arguments: ["0.1", "1234567.89", "35200"])
    func exactAmounts(_ literal: String) throws {
        var workspace = Fixtures.small()
        workspace.budget = [BudgetLine(project: "P1", kind: .investment, amount: try #require(Money(literal)))]
        let decoded = try #require(decode(Fixtures.files(of: workspace)).workspace)
        #expect(decoded.budget.first?.amount == Money(literal))
    }

    @Test("Bad values are rejected with what is allowed", arguments: [
        ("{\"lines\": [{\"project\": \"P1\", \"kind\": \"investment\", \"amount\": 1.234}]}", "must be an amount as a number with at most two decimal places"),
        ("{\"lines\": [{\"project\": \"P1\", \"kind\": \"capital\", \"amount\": 1}]}", "\"kind\" must be one of investment, operating; found 'capital'"),
        ("{\"lines\": [{\"project\": \"P1\", \"kind\": \"operating\", \"amount\": -5}]}", "\"amount\" is -5.00; an amount lies in 0…"),
        ("{\"lines\": [{\"project\": \"P7\", \"kind\": \"operating\", \"amount\": 5}]}", "unknown project 'P7'"),
        ("{\"lines\": {}}", "\"lines\" must be an array"),
        ("[]", "the top level of budget.json must be an object"),
    ])
    func badValues(_ text: String, _ expected: String) {
        let files = replacing(.budget, with: text, in: Fixtures.files(of: Fixtures.small()))
        let result = decode(files)
        #expect(result.workspace == nil)
        #expect(result.diagnostics.contains { $0.location.file == "W/budget.json" && $0.message.contains(expected) }, "\(result.diagnostics.sorted)")
    }

    @Test("The embedded Coesfeld example has no problems")
    func coesfeldIsClean() throws {
        let result = WorkspaceDecoder.decode(id: "coesfeld-12", files: try Fixtures.coesfeldFiles(), folder: "Workshops/coesfeld-12")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted)")
        #expect(result.workspace != nil)
    }
}
