import Testing

@testable import WorkshopKit

@Suite("Consolidation")
struct ConsolidationTests {
    @Test("Merging into a new project takes the ideas' shared theme and keeps the trace both ways")
    func mergeNew() throws {
        var workspace = Fixtures.small()
        workspace.projects.removeAll()
        let project = try Consolidation.merge(["I-1", "I-2"], into: "P7", title: "Hubs", in: &workspace)
        #expect(project.theme == "mobility")
        #expect(project.ideas == ["I-1", "I-2"])
        let map = ConsolidationMap(workspace: workspace)
        #expect(map.projectsByIdea["I-1"] == ["P7"])
        #expect(map.ideasByProject["P7"] == ["I-1", "I-2"])
        #expect(map.open == ["I-3"])
    }

    @Test("Merging into an existing project adds only new ideas")
    func mergeExisting() throws {
        var workspace = Fixtures.small()
        let project = try Consolidation.merge(["I-2", "I-3"], into: "P1", in: &workspace)
        #expect(project.ideas == ["I-1", "I-2", "I-3"])
        #expect(ConsolidationMap(workspace: workspace).projectsByIdea["I-3"] == ["P1", "P2"])
    }

    @Test("Merging refuses unknown ideas, set-aside ideas, clashing ids and untitled new projects")
    func mergeProblems() throws {
        var workspace = Fixtures.small()
        #expect(throws: Consolidation.Problem.unknownIdea("I-9", known: ["I-1", "I-2", "I-3"])) {
            try Consolidation.merge(["I-9"], into: "P1", in: &workspace)
        }
        #expect(throws: Consolidation.Problem.missingTitle("P8")) { try Consolidation.merge(["I-1", "I-3"], into: "P8", in: &workspace) }
        #expect(throws: Consolidation.Problem.idClash("I-2")) { try Consolidation.merge(["I-1"], into: "I-2", title: "x", in: &workspace) }
        try Consolidation.setAside("I-3", reason: "exists already", in: &workspace)
        #expect(throws: Consolidation.Problem.ideaSetAside("I-3", reason: "exists already")) {
            try Consolidation.merge(["I-3"], into: "P1", in: &workspace)
        }
    }

    @Test("Setting aside removes the idea from its projects; reopening makes it open again")
    func setAsideAndReopen() throws {
        var workspace = Fixtures.small()
        try Consolidation.setAside("I-3", reason: "exists already", in: &workspace)
        #expect(workspace.project("P2")?.ideas == [])
        #expect(ConsolidationMap(workspace: workspace).setAside == ["I-3"])
        try Consolidation.reopen("I-3", in: &workspace)
        #expect(ConsolidationMap(workspace: workspace).open == ["I-3"])
    }
}
