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
        /// The size of the log being read.
        private var fileSize = 0
        /// The vote of the last ballot or poster count taken.
        private var lastAdded: VoteID?
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
            fileSize = source.length
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
                            at: .located(voter: ballot.at("voter"), content: ballot.at("choices")), isPoster: false)
                    }
                }
                return hashing ? SHA256.hex(bytes) : nil
            case .current(let recordsStart):
                // The file's own hash on the other core, while this one checks the chain and counts.
                let digest = hashing ? BackgroundDigest(of: source) : nil
                var walk = LogWalk(.ballots, source: source, path: file)
                walk.progress = progress
                let walked = Result { () throws(StorageError) in try walk.run(recordsStart: recordsStart) { record, _ in visit(record) } }
                let fileDigest = digest?.wait()
                if case .failure(let error) = walked { throw .storage(error) }
                recordProblems.append(contentsOf: walk.problems.diagnostics)
                if recordProblems.hasErrors { throw .invalid(InvalidInput(recordProblems)) }
                guard hashing else { return nil }
                guard let fileDigest else { throw .storage(StorageError(.unreadable, path: file, reason: "cannot be read to its end")) }
                return fileDigest
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
            let isBallot = Self.ballotKind.withUnsafeBytes { memcmpEqualBuffers(kind, $0) }
            let isPoster = !isBallot && Self.countKind.withUnsafeBytes { memcmpEqualBuffers(kind, $0) }
            guard isBallot || isPoster else {
                if Self.voidKind.withUnsafeBytes({ memcmpEqualBuffers(kind, $0) }) { voids.insert([fields.text(2, in: line), fields.text(3, in: line)]) }
                return
            }
            let voteField = fields.raw(2, in: line)
            if !lastVote.raw.withUnsafeBytes({ memcmpEqualBuffers(voteField, $0) }) {
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
            // The bytes as written are the text unless quotes are doubled or a formula guard was added.
            if content.contains(0x22) || content.first == UInt8(ascii: "'") {
                let text = Array(fields.text(5, in: line).utf8)
                text.withUnsafeBufferPointer {
                    add(vote: vote, voter: voter, content: $0, line: record.number, at: .record, isPoster: isPoster)
                }
            } else {
                add(
                    vote: vote, voter: voter, content: content.assumingMemoryBound(to: UInt8.self), line: record.number, at: .record,
                    isPoster: isPoster)
            }
        }

        /// Where a ballot's fields are: in a format-2 record (fields 5 and 6 of its line), or as a
        /// format-1 log's reader located them.
        enum Place {
            case record
            case located(voter: SourceLocation, content: SourceLocation)
        }

        /// Takes one ballot (or poster count) that is not voided.
        private mutating func add(
            vote: VoteID, voter: String?, content: UnsafeBufferPointer<UInt8>, line: Int, at place: Place, isPoster: Bool
        ) {
            /// Where the voter and the content are, made only for a problem.
            func location(voter: Bool) -> SourceLocation {
                switch place {
                case .record: SourceLocation(file: file, line: line, column: voter ? 5 : 6)
                case .located(let voterAt, let contentAt): voter ? voterAt : contentAt
                }
            }
            // Most records repeat the vote before: a comparison of the same string, not a set insertion.
            if vote != lastAdded {
                votes.insert(vote)
                lastAdded = vote
            }
            if chosen == nil { chosen = wanted ?? vote }
            guard vote == chosen else { return }
            if isPoster {
                posters.append((String(decoding: content, as: UTF8.self), location(voter: false)))
                return
            }
            if let voter {
                if let first = firstBallot[voter] {
                    voterProblems.error("voter \(voter) already voted in \(vote) (\(file):\(first)); one ballot per voter", at: location(voter: true))
                } else {
                    firstBallot[voter] = line
                }
            }
            guess.note(content)
            if stale { return }
            if counter == nil {
                counter = NotationCounter(kind: givenKind ?? finalKind)
                // A format-2 ballot record is at least `2,ballot,v,b,,P,,,` and a line end.
                counter?.reserveCapacity(fileSize: fileSize, bytesPerBallot: 20)
            }
            if givenKind == nil && counter?.kind != finalKind {
                stale = true
                return
            }
            if let problem = counter?.add(text: content) { contentProblems.error(problem.message, at: location(voter: false)) }
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

    /// Counts a `ballot,choices` CSV, streaming (`NotationTally`), while `digest` hashes it.
    static func readNotation(_ bytes: [UInt8], file: String, kind: BallotKind?, digest: BackgroundDigest) throws(BallotFileError) -> BallotFile {
        var tally = NotationTally(file: file, namedKind: kind, countKind: kind)
        do {
            try tally.read(bytes)
            if tally.needsAnotherPass {
                tally = NotationTally(file: file, namedKind: kind, countKind: tally.kind)
                try tally.read(bytes)
            }
        } catch {
            throw .invalid(error)
        }
        let diagnostics = tally.diagnostics
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        let chosenKind = tally.kind
        let profile = tally.takeCounter().profile().build()
        return BallotFile(
            profile: profile, format: .notation, file: file, sha256: digest.wait() ?? SHA256.hex(bytes), byteCount: bytes.count,
            metadata: [.init(key: "kind", value: chosenKind.rawValue + (kind == nil ? " (inferred)" : ""))], officialSelection: nil,
            declaredSupport: Array(repeating: nil, count: profile.options.count))
    }
}
