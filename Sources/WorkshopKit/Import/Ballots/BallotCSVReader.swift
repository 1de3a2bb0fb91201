/// Reads the toolkit's own ballot CSV files for counting.
///
/// - The workspace's ballot log `ballots.csv`, format 2 (`# workshop ballots log, format 2`;
///   committed records, voided ballots left out) or format 1 (`vote,ballot,voter,choices,…`),
///   contents in the ballot notation, their kind inferred as for a plain CSV. One vote is counted: the only one
///   in the file, or the one asked for. A voter with two ballots in the vote is an error. Poster
///   counts (`count` records) are points, not ballots: they add into the points tally only.
/// - A plain CSV `ballot,choices` in the ballot notation (`P3:2 P19`, `P3 P19`, `P3,P1=P7,P2`,
///   `P3:4 P19:0`, `abstain`). The kind of ballot is given, or inferred from all rows: `=`, `>`
///   or `,` between ids make rankings, `id:N` points (scores when some N is below 1), bare ids
///   separated by spaces approvals.
///
/// Options are the ids the ballots name, in natural order (`P2` before `P10`).
enum BallotCSVReader {
    /// Whether a CSV's header names a `vote` column, as the ballot log's does.
    static func isBallotLog(_ bytes: [UInt8]) -> Bool {
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        return String(decoding: firstLine, as: UTF8.self).lowercased().split(separator: ",").contains {
            String($0.unicodeScalars.filter { $0 != "\u{FEFF}" && $0 != "\"" && !$0.properties.isWhitespace }) == "vote"
        }
    }

    /// Counts the ballots of one vote in a ballot log, streaming: a format-2 log from a file is
    /// read a chunk at a time, and its ballots go straight into the profile. A second pass is
    /// made only when the first learns something that changes earlier ballots: a `void` record
    /// (it may follow the ballot it voids) or a ballot that changes the inferred kind.
    static func readLog(_ source: LogSource, file: String, vote: VoteID?, progress: ReadProgress? = nil) throws(BallotFileError) -> BallotFile {
        var voided = Set<[String]>()
        var kind: BallotKind?
        var digest: String?
        while true {
            var tally = LogTally(wanted: vote, kind: kind, voided: voided, file: file)
            let sha256 = try tally.read(source, hashing: digest == nil, progress: digest == nil ? progress : nil)
            digest = digest ?? sha256
            if tally.voids != voided || tally.needsAnotherPass {
                voided = tally.voids
                kind = tally.finalKind
                continue
            }
            return try tally.file(digest: digest ?? "", byteCount: source.length)
        }
    }

    /// One pass over a ballot log: the votes it holds, and the chosen vote's ballots counted.
    private struct LogTally {
        /// The vote asked for, if any.
        let wanted: VoteID?
        /// The kind to read ballots as, when an earlier pass inferred it.
        let givenKind: BallotKind?
        /// The ballots voided, as far as known: `[vote, ballot]`.
        let voided: Set<[String]>
        let file: String
        /// Every `void` record met.
        private(set) var voids = Set<[String]>()
        private var votes = Set<VoteID>()
        private var chosen: VoteID?
        private var guess = NotationKindGuess()
        private var counter: NotationCounter?
        /// A ballot changed the inferred kind after others were read as another.
        private var stale = false
        private var posters: [(text: String, at: SourceLocation)] = []
        private var firstBallot: [String: Int] = [:]
        private var recordProblems = Diagnostics()
        private var voterProblems = Diagnostics()
        private var contentProblems = Diagnostics()

        init(wanted: VoteID?, kind: BallotKind?, voided: Set<[String]>, file: String) {
            self.wanted = wanted
            givenKind = kind
            self.voided = voided
            self.file = file
        }

        /// The kind every ballot read suggests: points when there are poster counts.
        var finalKind: BallotKind { posters.isEmpty ? guess.kind : .points }

        /// Whether the ballots were read as another kind than the one they turned out to be.
        var needsAnotherPass: Bool { stale || (counter.map { $0.kind != finalKind } ?? false) }

        /// Reads the log.
        /// - Returns: the SHA-256 of its bytes, when `hashing`.
        mutating func read(_ source: LogSource, hashing: Bool, progress: ReadProgress?) throws(BallotFileError) -> String? {
            switch LogHeader.identify(.ballots, source) {
            case .empty: return hashing ? SHA256.hex(source.read(0..<source.length)) : nil
            case .foreign(let reason):
                throw .invalid(InvalidInput("\(LogKind.ballots.file.rawValue) \(reason)", at: SourceLocation(file: file, line: 1)))
            case .legacy:
                let bytes = source.read(0..<source.length)
                let decoded = LogImport.ballots(bytes, file: file, votes: [:])
                if decoded.diagnostics.hasErrors { throw .invalid(InvalidInput(decoded.diagnostics)) }
                for ballot in decoded.ballots {
                    let text = Array(BallotNotation.text(ballot.value.content).utf8)
                    text.withUnsafeBufferPointer { text in
                        add(
                            vote: ballot.value.vote, voter: ballot.value.voter?.description, content: text, line: ballot.location.line ?? 0,
                            voterAt: ballot.at("voter"), contentAt: ballot.at("choices"), isPoster: false)
                    }
                }
                return hashing ? SHA256.hex(bytes) : nil
            case .current(let recordsStart):
                var walk = LogWalk(.ballots, source: source, path: file, hashesFile: hashing)
                walk.progress = progress
                do {
                    try walk.run(recordsStart: recordsStart) { record, _ in visit(record) }
                } catch {
                    throw .storage(error)
                }
                recordProblems.append(contentsOf: walk.problems.diagnostics)
                if recordProblems.hasErrors { throw .invalid(InvalidInput(recordProblems)) }
                return walk.fileDigest
            }
        }

        private static let ballotKind = Array("ballot".utf8)
        private static let countKind = Array("count".utf8)
        private static let voidKind = Array("void".utf8)

        /// The last vote field read, and what it was: most records repeat it.
        private var lastVote: (raw: [UInt8], vote: VoteID?, problem: String?) = ([], nil, nil)

        private mutating func visit(_ record: LogWalk.Record) {
            let fields = record.fields
            let line = record.line
            let kind = fields.raw(1, in: line)
            let isBallot = kind.elementsEqual(Self.ballotKind)
            let isPoster = !isBallot && kind.elementsEqual(Self.countKind)
            guard isBallot || isPoster else {
                if kind.elementsEqual(Self.voidKind) { voids.insert([fields.text(2, in: line), fields.text(3, in: line)]) }
                return
            }
            let voteField = fields.raw(2, in: line)
            if !voteField.elementsEqual(lastVote.raw) {
                let text = fields.text(2, in: line)
                let problem = VoteID.problem(with: text)
                lastVote = (Array(voteField), problem == nil ? VoteID(text) : nil, problem)
            }
            guard let vote = lastVote.vote else {
                recordProblems.error(lastVote.problem ?? "", at: SourceLocation(file: file, line: record.number, column: 3))
                return
            }
            if !voided.isEmpty && voided.contains([vote.rawValue, fields.text(3, in: line)]) { return }
            let content = fields.raw(5, in: line)
            let voter = fields.isEmpty(4) ? nil : fields.text(4, in: line)
            let voterAt = SourceLocation(file: file, line: record.number, column: 5)
            let contentAt = SourceLocation(file: file, line: record.number, column: 6)
            // The bytes as written are the text unless quotes are doubled or a formula guard was added.
            if content.contains(0x22) || content.first == UInt8(ascii: "'") {
                let text = Array(fields.text(5, in: line).utf8)
                text.withUnsafeBufferPointer {
                    add(vote: vote, voter: voter, content: $0, line: record.number, voterAt: voterAt, contentAt: contentAt, isPoster: isPoster)
                }
            } else {
                add(
                    vote: vote, voter: voter, content: content.assumingMemoryBound(to: UInt8.self), line: record.number, voterAt: voterAt,
                    contentAt: contentAt, isPoster: isPoster)
            }
        }

        /// Takes one ballot (or poster count) that is not voided.
        private mutating func add(
            vote: VoteID, voter: String?, content: UnsafeBufferPointer<UInt8>, line: Int, voterAt: SourceLocation, contentAt: SourceLocation,
            isPoster: Bool
        ) {
            votes.insert(vote)
            if chosen == nil { chosen = wanted ?? vote }
            guard vote == chosen else { return }
            if isPoster {
                posters.append((String(decoding: content, as: UTF8.self), contentAt))
                return
            }
            if let voter {
                if let first = firstBallot[voter] {
                    voterProblems.error("voter \(voter) already voted in \(vote) (\(file):\(first)); one ballot per voter", at: voterAt)
                } else {
                    firstBallot[voter] = line
                }
            }
            guess.note(content)
            if stale { return }
            if counter == nil { counter = NotationCounter(kind: givenKind ?? finalKind) }
            if givenKind == nil && counter?.kind != finalKind {
                stale = true
                return
            }
            if let problem = counter?.add(text: content) { contentProblems.error(problem.message, at: contentAt) }
        }

        /// The count, once the pass is final; the tally gives its ballots to it.
        mutating func file(digest: String, byteCount: Int) throws(BallotFileError) -> BallotFile {
            let names = votes.sorted().map(\.rawValue)
            let chosen: VoteID
            if let wanted {
                guard votes.contains(wanted) else {
                    throw .invalid(
                        InvalidInput(
                            "no ballots of vote '\(wanted)'\(Suggestion.didYouMean(wanted.rawValue, among: names)); votes in the file: \(Suggestion.list(names))",
                            at: SourceLocation(file: file)))
                }
                chosen = wanted
            } else if votes.count == 1, let only = votes.first {
                chosen = only
            } else if votes.isEmpty {
                throw .invalid(InvalidInput("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)))
            } else {
                throw .invalid(
                    InvalidInput(
                        "the file holds ballots of \(votes.count) votes (\(Suggestion.list(names))); name the one to count with --vote",
                        at: SourceLocation(file: file)))
            }
            var diagnostics = voterProblems
            diagnostics.append(contentsOf: contentProblems)
            var posterPoints: [ItemID: Int] = [:]
            for poster in posters {
                switch BallotNotation.parse(poster.text, as: .points) {
                case .success(.points(let marks)): for mark in marks { posterPoints[mark.option, default: 0] += mark.value }
                case .success: diagnostics.error("a poster count gives points, e.g. P3:12 P7:5", at: poster.at)
                case .failure(let error): diagnostics.error(error.message, at: poster.at)
                }
            }
            if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
            let kind = finalKind
            var profile = (counter.take() ?? NotationCounter(kind: kind)).profile(more: Set(posterPoints.keys)).build()
            if !posters.isEmpty {
                profile.posterPoints = profile.options.map { posterPoints[$0.id] ?? 0 }
                profile.posterCounts = posters.count
            }
            return BallotFile(
                profile: profile, format: .ballotLog, file: file, sha256: digest, byteCount: byteCount,
                metadata: [.init(key: "vote", value: chosen.rawValue), .init(key: "kind", value: kind.rawValue)], officialSelection: nil,
                declaredSupport: Array(repeating: nil, count: profile.options.count))
        }
    }

    static func readNotation(_ bytes: [UInt8], file: String, kind: BallotKind?, sha256: String) throws(BallotFileError) -> BallotFile {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: file, required: ["ballot", "choices"], optional: ["voter"])
        } catch {
            throw .invalid(error)
        }
        var texts = table.rows.map { table.value($0, "choices") }
        var guess = NotationKindGuess()
        if kind == nil {
            for index in texts.indices { texts[index].withUTF8 { guess.note($0) } }
        }
        let chosenKind = kind ?? guess.kind
        var counter = NotationCounter(kind: chosenKind)
        var diagnostics = Diagnostics()
        var ballotLines: [String: Int] = [:]
        for (row, index) in zip(table.rows, texts.indices) {
            let ballot = table.value(row, "ballot").trimmingSpaces
            if ballot.isEmpty {
                diagnostics.error("the ballot has no id; give each ballot one, such as its number", at: table.location(row, "ballot"))
            } else if let first = ballotLines[ballot] {
                diagnostics.error("ballot '\(ballot)' appears twice (first on line \(first)); ballot ids are unique", at: table.location(row, "ballot"))
            } else {
                ballotLines[ballot] = row.line
            }
            if let problem = texts[index].withUTF8({ counter.add(text: $0) }) {
                let hint = kind == nil ? " (ballots read as \(chosenKind.rawValue), inferred from the file; name the kind with --kind)" : ""
                diagnostics.error(problem.message + hint, at: table.location(row, "choices"))
            }
        }
        if table.rows.isEmpty { diagnostics.error("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)) }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        let profile = (consume counter).profile().build()
        return BallotFile(
            profile: profile, format: .notation, file: file, sha256: sha256, byteCount: bytes.count,
            metadata: [.init(key: "kind", value: chosenKind.rawValue + (kind == nil ? " (inferred)" : ""))], officialSelection: nil,
            declaredSupport: Array(repeating: nil, count: profile.options.count))
    }
}
