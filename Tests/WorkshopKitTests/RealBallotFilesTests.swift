import Foundation
import Testing

@testable import WorkshopKit

/// The real elections in `Fixtures/testdata` (pabulib and PrefLib, open data; see its README):
/// every file counts with every rule that applies, the greedy rules reproduce the official
/// winners, the declared scores match our totals, and budget rules select what pabutools does.
@Suite("Real ballot files")
struct RealBallotFilesTests {
    static let pabulibFiles = [
        "Netherlands_Amsterdam_588.pb", "Poland_Gdansk_2020_Chelm.pb", "Poland_Krakow_2024.pb", "Poland_Krakow_2024_Nowa_Huta.pb",
        "Poland_Krakow_2024_Stare_Miasto.pb", "Poland_Lodz_2022.pb", "Poland_Warszawa_2023_Mokotow.pb", "Poland_Warszawa_2023_Rembertow.pb",
        "Poland_Warszawa_2026.pb", "Poland_Wroclaw_2015_150_-_500.pb",
    ]
    static let preflibFiles = ["00002-00000001.soi", "00002-00000006.toc"]

    /// Every file, read once for all tests (reading the large ones takes a while in a debug build).
    static let loaded: [String: Result<BallotFile, BallotFileError>] = {
        let paths = pabulibFiles.map { "pabulib/\($0)" } + preflibFiles.map { "preflib/\($0)" }
        return Dictionary(
            uniqueKeysWithValues: paths.map { path in
                let url = Fixtures.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/testdata/\(path)")
                return (path, Result { () throws(BallotFileError) in try BallotFileReader.read(path: url.path, shownAs: url.lastPathComponent) })
            })
    }()

    static func file(_ path: String) throws -> BallotFile {
        guard let result = loaded[path] else { throw TestData.Missing(description: "\(path) is not one of the test files") }
        return try result.get()
    }

    /// mes-complete runs Equal Shares once per unit added to each voter's share: 348 runs on
    /// Mokotów and 184 on Warszawa 2026, minutes in a debug build. These two are counted with it by
    /// `Scripts/compare-pabutools` against pabutools (release build), not here.
    static let slowInDebug: Set<String> = ["Poland_Warszawa_2023_Mokotow.pb", "Poland_Warszawa_2026.pb"]

    /// Every file counted once with every rule that applies (but the above), shared by the tests.
    static let counted: [String: [RuleName: Result<CountResult, CountProblem>]] = {
        var all: [String: [RuleName: Result<CountResult, CountProblem>]] = [:]
        for (path, read) in loaded {
            guard case .success(let file) = read else { continue }
            let name = String(path.split(separator: "/").last ?? "")
            for rule in RuleName.applicable(to: file.profile) where !(rule == .mesComplete && slowInDebug.contains(name)) {
                all[path, default: [:]][rule] = rule.rule.counted(file.profile)
            }
        }
        return all
    }()

    static func result(_ path: String, _ rule: RuleName) throws -> CountResult {
        guard let result = counted[path]?[rule] else { throw TestData.Missing(description: "\(path) was not counted with \(rule)") }
        return try result.get()
    }

    @Test("every file in the test data is there, byte for byte (SHA256SUMS)", arguments: ["pabulib", "preflib"])
    func checksums(folder: String) throws {
        let sums = String(decoding: try TestData.bytes("\(folder)/SHA256SUMS"), as: UTF8.self)
        let lines = sums.split(separator: "\n")
        #expect(lines.count == (folder == "pabulib" ? Self.pabulibFiles.count : Self.preflibFiles.count))
        for line in lines {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(parts[1])
            #expect(SHA256.hex(try TestData.bytes("\(folder)/\(name)")) == parts[0], "\(name)")
            #expect(try Self.file("\(folder)/\(name)").sha256 == String(parts[0]))
        }
    }

    @Test("every pabulib file counts with every rule that applies, and every budget rule stays within the budget", arguments: pabulibFiles)
    func everyRulePabulib(name: String) throws {
        let file = try Self.file("pabulib/\(name)")
        let applicable = RuleName.applicable(to: file.profile)
        #expect(applicable.contains(.greedy) && applicable.contains(.mes) && applicable.contains(.mesComplete) && applicable.contains(.approval))
        for rule in applicable where !(rule == .mesComplete && Self.slowInDebug.contains(name)) {
            try Self.checkSane(try Self.result("pabulib/\(name)", rule), file.profile)
        }
    }

    @Test("both PrefLib files count with every rule for rankings", arguments: preflibFiles)
    func everyRulePrefLib(name: String) throws {
        let file = try Self.file("preflib/\(name)")
        let applicable = RuleName.applicable(to: file.profile)
        for rule in [RuleName.plurality, .borda, .schulze, .irv, .copeland, .minimax, .pairwise, .approval] {
            #expect(applicable.contains(rule), "\(rule)")
        }
        for rule in applicable { try Self.checkSane(try Self.result("preflib/\(name)", rule), file.profile) }
    }

    /// A ranking names every option once; a funded set fits the budget and has no project twice.
    static func checkSane(_ result: CountResult, _ profile: BallotProfile, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        switch result.outcome {
        case .funded(let funded):
            #expect(funded.cost <= funded.budget, "\(result.rule)", sourceLocation: sourceLocation)
            #expect(Set(funded.selected).count == funded.selected.count, "\(result.rule)", sourceLocation: sourceLocation)
        default:
            let ranked = (result.ranking ?? []).flatMap { $0 }
            #expect(ranked.sorted() == Array(profile.options.indices), "\(result.rule)", sourceLocation: sourceLocation)
        }
        #expect(result.ballots == profile.voters)
    }

    @Test(
        "where a file marks its official winners and names a greedy rule, that rule reproduces them exactly",
        arguments: pabulibFiles)
    func officialWinners(name: String) throws {
        let file = try Self.file("pabulib/\(name)")
        guard let official = file.officialSelection else { return }
        let rule = try #require(file.profile.namedRule.flatMap(RuleName.init(pabulibName:)), "\(name) names no rule we have")
        #expect(rule.isBudgetRule)
        let result = try Self.result("pabulib/\(name)", rule)
        #expect(Set(Ballots.selected(result, file.profile)) == Set(official.map { file.profile.options[$0].id.rawValue }), "\(name), \(rule)")
    }

    @Test("the official winners are marked in eight files and their META rules are greedy, greedy-threshold and greedy-no-skip")
    func officialWinnersPresent() throws {
        var rules: [String: Int] = [:]
        for name in Self.pabulibFiles {
            let file = try Self.file("pabulib/\(name)")
            if file.officialSelection != nil { rules[file.profile.namedRule ?? "", default: 0] += 1 }
        }
        #expect(rules == ["greedy": 5, "greedy-threshold": 2, "greedy-no-skip": 1])
    }

    @Test("the PROJECTS score (or votes) column holds exactly our support totals: approvals, points, 3-2-1 place points", arguments: pabulibFiles)
    func declaredSupport(name: String) throws {
        let file = try Self.file("pabulib/\(name)")
        let result = try Self.result("pabulib/\(name)", .points)
        guard case .scores(let totals) = result.outcome else { return }
        #expect(file.declaredSupport.count == totals.count)
        for (option, declared) in file.declaredSupport.enumerated() {
            #expect(declared == totals[option], "\(name): \(file.profile.options[option].id)")
        }
    }

    @Test("greedy, mes and mes-complete select the projects pabutools 1.2.3 selects (Fixtures/pabutools-selections.json, made by Scripts/compare-pabutools)")
    func agreesWithPabutools() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/pabutools-selections.json")
        let json = try JSONParser.parse(Array(try Data(contentsOf: url)))
        guard case .object(let top) = json.value, let selections = top.first(where: { $0.key == "selections" })?.value,
            case .object(let files) = selections.value
        else {
            Issue.record("pabutools-selections.json has no selections")
            return
        }
        var compared = 0
        for entry in files {
            let file = try Self.file("pabulib/\(entry.key)")
            guard case .object(let rules) = entry.value.value else { continue }
            for rule in rules {
                guard let name = RuleName(rawValue: rule.key), case .array(let ids) = rule.value.value else { continue }
                if name == .mesComplete && Self.slowInDebug.contains(entry.key) { continue }
                let expected = Set(ids.compactMap { if case .string(let id) = $0.value { id } else { nil } })
                let result = try Self.result("pabulib/\(entry.key)", name)
                #expect(Set(Ballots.selected(result, file.profile)) == expected, "\(entry.key), \(name)")
                compared += 1
            }
        }
        #expect(compared >= Self.pabulibFiles.count * 2)
    }

    @Test("Kraków Nowa Huta 2024: 3-2-1 place points and symmetric Borda pick different winners (testdata README)")
    func nowaHutaPointsVersusBorda() throws {
        let file = try Self.file("pabulib/Poland_Krakow_2024_Nowa_Huta.pb")
        let points = try Self.result("pabulib/Poland_Krakow_2024_Nowa_Huta.pb", .points)
        let borda = try Self.result("pabulib/Poland_Krakow_2024_Nowa_Huta.pb", .borda)
        #expect(points.winners != borda.winners)
        let comparison = RuleComparison(results: [points, borda], options: file.profile.options.count)
        #expect(!comparison.agrees)
        #expect(comparison.disagreements.contains { $0.option == points.winners?.first })
    }

    @Test("Debian 2002 (.soi): Schulze, IRV, Copeland and minimax agree on Bdale Garbee, the elected leader")
    func debian2002() throws {
        // Debian Project Leader election 2002: Bdale Garbee won (debian.org/vote/2002/vote_0002).
        let file = try Self.file("preflib/00002-00000001.soi")
        for rule in [RuleName.schulze, .irv, .copeland, .minimax] {
            let result = try Self.result("preflib/00002-00000001.soi", rule)
            #expect(result.winners.map { $0.map { file.profile.options[$0].name ?? "" } } == ["Bdale Garbee"], "\(rule)")
        }
    }
}
