import Foundation
import WorkshopKit

/// Writes a synthetic workspace of a given size: a county-wide process with German idea
/// sheets, 12 criteria, a rating log and a ballot log holding ballots of every kind (dots by
/// named voters, approvals, rankings and a participatory budget by token holders, scores and
/// cumulative points on anonymous paper ballots, a few voids, a closed vote). The same seed
/// always gives the same bytes.
///
///     workshop-bench generate DIR --ballots 1000000 --ratings 720000 --ideas 2000 --projects 400 --seed 1
struct Generator {
    var ballots = 1_000_000
    var ratings = 720_000
    var ideas = 2_000
    var projects = 400
    var seed: UInt64 = 1
    var folder = ""

    /// A small, fast, seeded generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        /// `count` distinct numbers below `bound`.
        mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
            var chosen: [Int] = []
            while chosen.count < min(count, bound) {
                let value = below(bound)
                if !chosen.contains(value) { chosen.append(value) }
            }
            return chosen
        }
    }

    static let towns = ["Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen", "Nottuln", "Olfen", "Rosendahl", "Senden"]
    static let themes: [(String, String)] = [
        ("verwaltung", "Verwaltung"), ("bildung", "Bildung"), ("wirtschaft", "Wirtschaft"), ("mobilitaet", "Mobilität"),
        ("innenstadt", "Innenstadt/Dorfmitte"), ("gesundheit", "Gesundheit und Pflege"), ("umwelt", "Umwelt und Energie"), ("teilhabe", "Teilhabe"),
    ]
    static let adjectives = ["Digitale", "Smarte", "Gemeinsame", "Offene", "Mobile", "Vernetzte", "Barrierefreie", "Nachhaltige", "Kreisweite", "Ehrenamtliche"]
    static let nouns = [
        "Mobilstation", "Bürgerplattform", "Lernwerkstatt", "Dorfladen-App", "Coworking-Räume", "Parkplatzsensorik", "Ehrenamtsbörse",
        "Schul-Cloud", "Radwegeplanung", "Tablet-Sprechstunde für Ältere", "Wärmekataster", "Veranstaltungskalender", "Terminvergabe im Rathaus",
        "Pflege-Lotsen", "Hochwasser-Warnsystem", "Leerstandsbörse", "Jugendbeteiligung per App", "Bücherei-Ausleihe rund um die Uhr",
    ]
    static let benefits = [
        "Bürgerinnen und Bürger sparen Wege und Wartezeit", "Vereine finden leichter Ehrenamtliche", "Ältere bleiben länger selbstständig",
        "Betriebe werden vor Ort sichtbar", "Pendler steigen bequemer um", "Schulen teilen Material und Wissen", "Die Verwaltung arbeitet papierlos",
    ]
    static let challenges = [
        "Datenschutz und Einwilligungen klären", "Finanzierung nach der Förderphase", "Breitband in den Außenbereichen", "Personal für den Betrieb",
        "Akzeptanz bei den Nutzerinnen und Nutzern", "Zusammenarbeit über Gemeindegrenzen", "Barrierefreiheit von Anfang an",
    ]

    /// The raters: the working group.
    static let raters = (1...30).map { String(format: "R-%02d", $0) }
    /// Participants who have not voted yet, for measuring one `workshop vote`.
    static let spareVoters = (1...200).map { String(format: "V-%03d", $0) }

    /// A token that no other index gives: an odd multiplier is invertible modulo 2^40.
    static func token(_ index: Int, salt: UInt64) -> String {
        let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        var value = (UInt64(index) &+ salt &* 1_000_003) &* 0x9E37_79B9_7F &  ((1 << 40) - 1)
        var digits: [Character] = []
        for _ in 0..<8 {
            digits.append(alphabet[Int(value & 31)])
            value >>= 5
        }
        return "T-" + String(digits[0..<4]) + "-" + String(digits[4..<8])
    }

    func run() throws {
        var random = Random(state: seed)
        let root = URL(fileURLWithPath: folder)
        let id = root.lastPathComponent
        guard ProcessID.problem(with: id) == nil else { throw GeneratorError("the folder's name '\(id)' cannot be a process id") }
        let store = WorkspaceStore(folder: root, shownAs: folder)
        guard !FileSystem.exists(store.url(.process)) else { throw GeneratorError("\(folder) holds a workspace already; choose a new folder") }

        // Definitions.
        let themes = Self.themes.map { Theme(id: ThemeID($0.0), name: $0.1) }
        let partners = [Partner(id: "kreis", name: "Kreis Coesfeld", kind: .county)]
            + Self.towns.map { Partner(id: PartnerID($0.lowercased().replacingOccurrences(of: "ü", with: "ue")), name: $0, kind: .town) }
        var workspace = Workspace(
            id: ProcessID(id),
            process: ParticipationProcess(
                title: "Synthetischer Kreisprozess (\(ideas) Ideen, \(projects) Projekte)", language: .german, csvProfile: .excelGerman,
                partners: partners, roles: Role.catalogue(.german), themes: themes),
            criteria: Criterion.catalogue(.german))
        workspace.participants = Self.raters.map { Participant(id: ParticipantID($0), name: "Mitglied Arbeitskreis \($0)", role: "AK") }
            + Self.spareVoters.map { Participant(id: ParticipantID($0), name: "Stimmberechtigte Person \($0)", role: "AK") }
        workspace.workshops = themes.enumerated().map { offset, theme in
            Workshop(id: WorkshopID("ws-\(theme.id)"), title: "Themenfeld-Workshop \(theme.name)", theme: theme.id, date: Day(year: 2020, month: 2, day: 3 + offset), format: .presence, participantCount: 30)
        }
        workspace.ideas = (1...ideas).map { number in
            let theme = themes[number % themes.count]
            return Idea(
                id: IdeaID("I-\(number)"), title: "\(random.pick(Self.adjectives)) \(random.pick(Self.nouns)) \(random.pick(Self.towns))",
                theme: theme.id, benefit: random.pick(Self.benefits), challenges: random.pick(Self.challenges), workshop: WorkshopID("ws-\(theme.id)"))
        }
        let perProject = max(1, ideas / max(projects, 1))
        workspace.projects = (1...projects).map { number in
            let first = (number - 1) * perProject + 1
            let merged = (first..<min(first + perProject, ideas + 1)).map { IdeaID("I-\($0)") }
            let theme = workspace.ideas[first - 1].theme
            return Project(id: ProjectID("P\(number)"), title: "Projekt \(number): \(workspace.ideas[first - 1].title)", theme: theme, ideas: merged)
        }
        workspace.budget = workspace.projects.flatMap { project in
            [
                BudgetLine(project: project.id, kind: .investment, amount: Money(cents: (10_000 + random.below(1_990_000)) * 100), year: 2022),
                BudgetLine(project: project.id, kind: .operating, amount: Money(cents: (5_000 + random.below(500_000)) * 100), year: 2023),
            ]
        }
        let options = workspace.projects.map { ItemID($0.id) }
        workspace.votes = [
            Vote(id: "punkte", title: "Punktabfrage des Arbeitskreises", method: .dots(perVoter: 5, perOption: 2), options: options),
            Vote(id: "zustimmung", title: "Online-Zustimmung", method: .approval(minimum: 1, maximum: 10), options: options, rule: .approval, voters: .tokens),
            Vote(id: "rangfolge", title: "Rangfolge am Kiosk", method: .ranked(length: 5, ties: true), options: options, rule: .schulze, voters: .tokens),
            Vote(id: "bewertung", title: "Bewertung auf Papier", method: .score(minimum: 0, maximum: 5), options: options, voters: .anonymous),
            Vote(id: "kumulativ", title: "Kumulieren auf Papier", method: .cumulative(points: 10, perOption: 5, useAll: false), options: options, voters: .anonymous),
            Vote(id: "buergerbudget", title: "Bürgerbudget", method: .budget(limit: Money(euros: 5_000_000), costs: [:]), options: options, rule: .mes, voters: .tokens),
        ]
        workspace.prioritisation = Prioritisation(rule: Prioritisation.standard.rule, vote: "zustimmung")
        workspace.fundingCalls = [
            FundingCall(id: "smart-cities", name: "Modellprojekte Smart Cities", subsidyRate: Hundredths(65), capPerApplication: Money(euros: 15_000_000))
        ]
        workspace.applications = [
            FundingApplication(id: "antrag-1", call: "smart-cities", title: "Kreisweites Bündel", items: workspace.projects.prefix(7).map { .init(project: $0.id, title: $0.title) })
        ]
        try store.create(workspace)

        try writeRatings(store, workspace, &random)
        try writeBallots(store, workspace, &random)
        // The ballot index, as the first vote would build it.
        try store.repair(store.repairPlan())
    }

    /// The rating log: every rater scores every idea on every criterion (as far as `ratings`
    /// reaches), one batch per rater and idea, as `workshop rate` with a --score per criterion.
    private func writeRatings(_ store: WorkspaceStore, _ workspace: Workspace, _ random: inout Random) throws {
        var log = try LogFile(store.url(.ratings), .ratings)
        var written = 0
        var minute = 0
        outer: for rater in Self.raters {
            for idea in workspace.ideas {
                var batch: [Rating] = []
                minute += 1
                let time = Timestamp(secondsSince1970: 1_597_734_000 + minute * 20)
                for criterion in workspace.criteria {
                    guard written < ratings else { break }
                    let dontKnow = random.below(50) == 0
                    batch.append(
                        Rating(
                            rater: ParticipantID(rater), item: ItemID(idea.id), criterion: criterion.id, score: dontKnow ? nil : 1 + random.below(5),
                            channel: .sheet, comment: random.below(400) == 0 ? "Rückfrage beim Projektbüro" : "", recordedAt: time))
                    written += 1
                }
                if batch.isEmpty { break outer }
                log.builder.append(batch)
                try log.flushIfLarge()
            }
        }
        try log.close()
    }

    /// The ballot log, each vote's ballots in turn.
    private func writeBallots(_ store: WorkspaceStore, _ workspace: Workspace, _ random: inout Random) throws {
        var log = try LogFile(store.url(.ballots), .ballots)
        let votes = Dictionary(uniqueKeysWithValues: workspace.votes.map { ($0.id, $0) })
        var costs: [Int: Int] = [:]
        for line in workspace.budget { costs[Int(line.project.rawValue.dropFirst())!, default: 0] += line.amount.cents }
        let named = min(ballots, Self.raters.count)
        let rest = ballots - named
        let shares: [(VoteID, Int)] = [
            ("zustimmung", rest * 30 / 100), ("rangfolge", rest * 25 / 100), ("buergerbudget", rest * 20 / 100), ("bewertung", rest * 15 / 100),
        ]
        let counts = shares + [("kumulativ", rest - shares.reduce(0) { $0 + $1.1 })]
        let options = workspace.projects.count
        func option(_ index: Int) -> ItemID { ItemID("P\(index + 1)") }
        let day = Timestamp(day: Day(year: 2020, month: 9, day: 12)!)

        // The working group's dot vote: named voters, one ballot each, to the second.
        var batch: [BallotRecord] = [.open(vote: "punkte", definition: votes["punkte"]!.definitionHash, recordedAt: nil)]
        for (index, rater) in Self.raters.prefix(named).enumerated() {
            let marks = random.distinct(3, below: options).enumerated().map { OptionValue(option($1), $0 == 0 ? 2 : 1) }
            batch.append(.ballot(Ballot(vote: "punkte", id: log.nextID(batch.count), voter: VoterID(rater), content: .points(marks), recordedAt: Timestamp(secondsSince1970: 1_598_364_660 + index * 60))))
            log.builder.append(batch)
            batch = []
        }
        for (voteID, count) in counts where count > 0 {
            let vote = votes[voteID]!
            var tokens: [String] = []
            let salt = UInt64(voteID.rawValue.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF)
            batch = [.open(vote: voteID, definition: vote.definitionHash, recordedAt: day)]
            for index in 0..<count {
                let voter: VoterID? = vote.voters == .tokens ? VoterID(Self.token(index, salt: salt)) : nil
                if let voter { tokens.append(voter.rawValue) }
                let content: BallotContent
                switch vote.method {
                case .approval: content = .approvals(random.distinct(1 + random.below(8), below: options).map(option))
                case .ranked:
                    var groups = random.distinct(3 + random.below(3), below: options).map { [option($0)] }
                    if random.below(10) == 0, groups.count > 2 { groups[1] += groups.remove(at: 2) }
                    content = .ranking(groups)
                case .score: content = .scores(random.distinct(3 + random.below(6), below: options).map { OptionValue(option($0), random.below(6)) })
                case .cumulative: content = .points(random.distinct(2 + random.below(3), below: options).map { OptionValue(option($0), 1 + random.below(2)) })
                case .budget:
                    var total = 0
                    var chosen: [ItemID] = []
                    for candidate in random.distinct(6, below: options) where total + costs[candidate + 1]! <= 500_000_000 {
                        total += costs[candidate + 1]!
                        chosen.append(option(candidate))
                    }
                    content = chosen.isEmpty ? .abstain : .approvals(chosen)
                case .dots: content = .abstain
                }
                batch.append(.ballot(Ballot(vote: voteID, id: log.nextID(batch.count), voter: voter, content: content, recordedAt: day)))
                // Kiosk and online ballots are a batch each; paper ballots are imported 500 at a time.
                if vote.voters != .anonymous || batch.count == 500 || index == count - 1 {
                    log.builder.append(batch)
                    batch = []
                }
                if voteID == "zustimmung", index % 10_000 == 9_999 {
                    log.builder.append([.void(vote: voteID, ballot: log.lastBallot, reason: "doppelt abgegeben", recordedAt: day)])
                }
                try log.flushIfLarge()
            }
            if voteID == "bewertung" { log.builder.append([.close(vote: voteID, note: "Auszählung der Papierstimmzettel beendet", recordedAt: day)]) }
            // Tokens handed out but not used (for measuring one more vote); the budget's as hashes.
            let unused = (count..<(count + 1_000)).map { Self.token($0, salt: salt) }
            let lines = voteID == "buergerbudget" ? tokens.map { "sha256:" + SHA256.hex(Array($0.utf8)) } + unused : tokens + unused
            if vote.voters == .tokens {
                try FileSystem.writeAtomically(
                    Array(("# Tokens für \(voteID), ausgegeben am 2020-09-01\n" + lines.joined(separator: "\n") + "\n").utf8),
                    to: store.url(.ballots).deletingLastPathComponent().appendingPathComponent(TokenList.path(for: voteID)),
                    shownAs: TokenList.path(for: voteID))
            }
        }
        try log.close()
    }
}

/// A log written batch by batch to a file, flushed in large pieces.
struct LogFile {
    let handle: FileHandle
    var builder: LogBuilder

    init(_ url: URL, _ kind: LogKind) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        builder = LogBuilder(kind)
    }

    /// The id the store would give a ballot that is the `position`-th record of the next batch.
    func nextID(_ position: Int) -> BallotID {
        let digits = String(builder.nextSeq + position)
        return BallotID("B" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits)
    }

    /// The id of the ballot written last.
    var lastBallot: BallotID { nextID(-1) }

    mutating func flushIfLarge() throws {
        guard builder.bytes.count > 8 << 20 else { return }
        try flush()
    }

    mutating func flush() throws {
        try handle.write(contentsOf: builder.bytes)
        builder = LogBuilder(builder.kind, after: builder.nextSeq - 1, chain: builder.chain)
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
