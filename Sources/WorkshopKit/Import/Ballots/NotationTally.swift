import Foundation

/// One pass over a `ballot,choices` CSV in the ballot notation, streaming: each record from
/// `CSVReader.visit` goes straight into a `NotationCounter`, and the ballot ids are kept only
/// as hashes (`BallotIDSet`), so memory grows with the options and the distinct ballots, not
/// with the number of rows.
///
/// Without a given kind, the kind is inferred from all rows; when a later row changes it, the
/// ballots read so far were read as another kind, and `BallotCSVReader` makes a second pass
/// with the kind the first one found.
struct NotationTally {
    let file: String
    /// The kind the user named, if any.
    let namedKind: BallotKind?
    /// The kind to count as: the one named, or the one an earlier pass inferred.
    let countKind: BallotKind?
    private var guess = NotationKindGuess()
    private var counter: NotationCounter?
    /// A row changed the inferred kind after others were counted as another.
    private var stale = false
    private var rows = 0
    /// The size of the file being read.
    private var fileSize = 0
    private var columns: (ballot: Int, choices: Int)?
    private var headerProblem: InvalidInput?
    private var ids = BallotIDSet()
    /// Ids whose hash was seen before (their key and text) and the line of each: settled after the pass.
    private var suspects: [(key: [UInt8], id: String, line: Int)] = []
    /// Problems of rows: line, 0 for the ballot column and 1 for the choices, the problem.
    private var rowProblems: [(line: Int, column: Int, problem: Diagnostic)] = []

    init(file: String, namedKind: BallotKind?, countKind: BallotKind?) {
        self.file = file
        self.namedKind = namedKind
        self.countKind = countKind
    }

    /// The kind the rows read suggest, or the one to count as.
    var kind: BallotKind { countKind ?? guess.kind }

    /// Whether the ballots were counted as another kind than the rows turned out to be.
    var needsAnotherPass: Bool { stale || (counter.map { $0.kind != kind } ?? false) }

    /// Reads the file.
    /// - Throws: the CSV's problems, an empty file, or the header's problems.
    mutating func read(_ bytes: [UInt8]) throws(InvalidInput) {
        fileSize = bytes.count
        var records = 0
        _ = try CSVReader().visit(bytes, file: file) { fields in
            records += 1
            if records == 1 {
                header(fields)
            } else if let columns {
                row(fields, columns: columns)
            }
        }
        if records == 0 { throw CSVTable.emptyFile(file, required: Self.required, optional: Self.optional) }
        if let headerProblem { throw headerProblem }
        if !suspects.isEmpty { try settle(bytes) }
    }

    private static let required = ["ballot", "choices"]
    private static let optional = ["voter"]

    private mutating func header(_ fields: CSVFields) {
        do {
            let names = try CSVTable.columns(
                (0..<fields.count).map { fields.string($0) }, line: fields.line, file: file, required: Self.required,
                optional: Self.optional)
            if let ballot = names["ballot"], let choices = names["choices"] { columns = (ballot, choices) }
        } catch {
            headerProblem = error
        }
    }

    private mutating func row(_ fields: CSVFields, columns: (ballot: Int, choices: Int)) {
        rows += 1
        let line = fields.line
        Self.withValue(fields, columns.ballot) { ballot in
            let id = Self.trimmed(ballot)
            if id.isEmpty {
                rowProblems.append(
                    (line, 0, Diagnostic(.error, "the ballot has no id; give each ballot one, such as its number", at: at(line, columns.ballot))))
            } else {
                Self.withKey(id) { key in
                    if ids.insert(key) { suspects.append((Array(key), String(decoding: id, as: UTF8.self), line)) }
                }
            }
        }
        Self.withValue(fields, columns.choices) { choices in
            if countKind == nil { guess.note(choices) }
            if stale { return }
            if counter == nil {
                counter = NotationCounter(kind: kind)
                // A row is at least `1,P` and a line end.
                counter?.reserveCapacity(fileSize: fileSize, bytesPerBallot: 4)
            }
            if counter?.kind != kind {
                stale = true
                return
            }
            if let problem = counter?.add(text: choices) {
                let hint = namedKind == nil ? " (ballots read as \(kind.rawValue), inferred from the file; name the kind with --kind)" : ""
                rowProblems.append((line, 1, Diagnostic(.error, problem.message + hint, at: at(line, columns.choices))))
            }
        }
    }

    /// The value of field `index`, without a formula guard the toolkit added; empty when the row is short.
    private static func withValue(_ fields: CSVFields, _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard index < fields.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        fields.withField(index) { body(FormulaGuard.removed($0)) }
    }

    /// The bytes without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = bytes.count
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// Calls `body` with the bytes that identify a ballot id: the id itself when it is ASCII,
    /// else its NFC form, as ids that are the same text (`String`'s `==`) must match.
    private static func withKey(_ id: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if !id.contains(where: { $0 >= 0x80 }) { return body(id) }
        Array(String(decoding: id, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8).withUnsafeBufferPointer(body)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column + 1) }

    /// Settles the suspected repeats: one more pass finds the line each suspected id first
    /// appears on; a suspect is a repeat when that is an earlier line.
    private mutating func settle(_ bytes: [UInt8]) throws(InvalidInput) {
        var first: [[UInt8]: Int] = [:]
        for suspect in suspects { first[suspect.key] = Int.max }
        var records = 0
        let ballotColumn = columns?.ballot ?? 0
        _ = try CSVReader().visit(bytes, file: file) { fields in
            records += 1
            guard records > 1 else { return }
            Self.withValue(fields, ballotColumn) { ballot in
                Self.withKey(Self.trimmed(ballot)) { key in
                    let key = Array(key)
                    if first[key] == Int.max { first[key] = fields.line }
                }
            }
        }
        for suspect in suspects {
            guard let line = first[suspect.key], line < suspect.line else { continue }
            rowProblems.append(
                (suspect.line, 0,
                 Diagnostic(.error, "ballot '\(suspect.id)' appears twice (first on line \(line)); ballot ids are unique", at: at(suspect.line, ballotColumn))))
        }
    }

    /// The problems found, in the order of the rows (a row's ballot id before its choices).
    var diagnostics: Diagnostics {
        var diagnostics = Diagnostics()
        for problem in rowProblems.enumerated().sorted(by: { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }) {
            diagnostics.append(problem.element.problem)
        }
        if rows == 0 { diagnostics.error("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)) }
        return diagnostics
    }

    /// The counter, with every ballot counted; the tally must not be used afterwards.
    mutating func takeCounter() -> NotationCounter { counter.take() ?? NotationCounter(kind: kind) }
}
