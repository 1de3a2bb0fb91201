/// Reads a PrefLib file (preflib.org, the format of 2022): `# KEY: value` header lines, then one
/// line per distinct order, `count: a,b,{c,d}` — how many voters cast it, and the alternatives
/// by number, best first, with tied alternatives in braces.
///
/// `.soc` (complete strict orders), `.soi` (strict, incomplete), `.toc` (complete, with ties)
/// and `.toi` (incomplete, with ties); the `DATA TYPE` header says which, and each order is
/// checked against it. Alternatives become options with ids `1`, `2`, … and the names of the
/// `ALTERNATIVE NAME` headers. `NUMBER VOTERS` and `NUMBER UNIQUE ORDERS`, when given, must match
/// the orders.
enum PrefLibReader {
    /// The most alternatives a file may declare (an option each; a bigger number is a broken header).
    static let maximumAlternatives = 100_000
    /// The most voters the counts may add up to: more is a broken count (and the sums and the
    /// counting rules' products stay far from overflowing).
    static let maximumVoters = 1_000_000_000_000

    static func read(_ reader: inout RecordReader, size: Int, progress: (Int, Int) -> Void) throws(BallotFileError) -> BallotFile {
        var diagnostics = Diagnostics()
        var errors = 0
        func error(_ message: String, line: Int) {
            errors += 1
            if errors <= 50 { diagnostics.error(message, at: SourceLocation(file: reader.file, line: line)) }
        }
        var metadata: [BallotFile.Entry] = []
        var headerLines: [String: Int] = [:]
        var builder: BallotProfileBuilder?
        var alternatives = 0
        var dataType = ""
        var voters = 0
        var orders = 0

        while try reader.next() {
            let line = reader.line
            // The whole line, for header lines and messages (orders are read field by field).
            let current = reader
            func wholeLine() -> String { (0..<current.fieldCount).map { String(decoding: current.field($0), as: UTF8.self) }.joined(separator: ":") }
            if reader.field(0).first == UInt8(ascii: "#") {
                let text = wholeLine()
                guard builder == nil else {
                    error("a header line after the first order; headers come first", line: line)
                    continue
                }
                let body = text.dropFirst()
                guard let colon = body.firstIndex(of: ":") else {
                    error("a header line is written '# KEY: value'", line: line)
                    continue
                }
                let key = String(body[..<colon]).trimmingSpaces.uppercased()
                let value = String(body[body.index(after: colon)...]).trimmingSpaces
                metadata.append(.init(key: key, value: value))
                headerLines[key] = line
                if key == "NUMBER ALTERNATIVES" {
                    guard let number = Int(value), number > 0, number <= maximumAlternatives else {
                        error("NUMBER ALTERNATIVES '\(value)' must be a whole number from 1 to \(maximumAlternatives)", line: line)
                        continue
                    }
                    alternatives = number
                }
                if key == "DATA TYPE" { dataType = value.lowercased() }
                continue
            }
            if builder == nil {
                guard alternatives > 0 else {
                    error("the header gives no '# NUMBER ALTERNATIVES: N' before the first order; is this a PrefLib file?", line: line)
                    throw .invalid(InvalidInput(diagnostics))
                }
                guard ["soc", "soi", "toc", "toi"].contains(dataType) else {
                    let given = dataType.isEmpty ? "no '# DATA TYPE'" : "DATA TYPE '\(dataType)'"
                    error("\(given): ballots of type soc, soi, toc or toi can be counted", line: headerLines["DATA TYPE"] ?? line)
                    throw .invalid(InvalidInput(diagnostics))
                }
                let names = Dictionary(
                    metadata.compactMap { entry -> (Int, String)? in
                        guard entry.key.hasPrefix("ALTERNATIVE NAME "), let number = Int(entry.key.dropFirst(17)) else { return nil }
                        return (number, entry.value)
                    }, uniquingKeysWith: { first, _ in first })
                builder = BallotProfileBuilder(
                    kind: .ranking, options: (1...alternatives).map { CountOption(id: ItemID(rawValue: String($0)), name: names[$0]) })
            }
            guard reader.fieldCount == 2, let count = Int(reader.text(0)), count >= 1 else {
                error("an order is written 'count: a,b,{c,d}', with a count of at least 1; found '\(wholeLine())'", line: line)
                continue
            }
            guard count <= Self.maximumVoters - voters else {
                error("the count \(count) makes the orders add up to more than \(Self.maximumVoters) voters; is the count wrong?", line: line)
                continue
            }
            orders += 1
            voters += count
            if orders & 1023 == 0 { progress(reader.bytesRead, size) }
            if let problem = readOrder(reader.field(1), alternatives: alternatives, dataType: dataType, into: &builder) {
                builder?.discardBallot()
                error(problem + "; found '\(wholeLine())'", line: line)
                continue
            }
            if let twice = builder?.finishBallot(count: count) {
                error("alternative \(twice + 1) appears twice in this order", line: line)
            }
        }
        progress(reader.bytesRead, size)
        let sha256 = try reader.sha256()
        let value = { (key: String) in metadata.first { $0.key == key }?.value }
        if let declared = value("NUMBER VOTERS"), Int(declared) != voters {
            error("NUMBER VOTERS says \(declared), but the orders add up to \(voters) voters", line: headerLines["NUMBER VOTERS"] ?? 1)
        }
        if let declared = value("NUMBER UNIQUE ORDERS"), Int(declared) != orders {
            error("NUMBER UNIQUE ORDERS says \(declared), but the file has \(orders) order lines", line: headerLines["NUMBER UNIQUE ORDERS"] ?? 1)
        }
        if builder == nil && !diagnostics.hasErrors { error("the file has no orders", line: 1) }
        if errors > 50 { diagnostics.error("\(errors - 50) more problems", at: SourceLocation(file: reader.file)) }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        guard let builder else { throw .invalid(InvalidInput("the file has no orders", at: SourceLocation(file: reader.file))) }
        return BallotFile(
            profile: builder.build(), format: .preflib, file: reader.file, sha256: sha256, byteCount: reader.bytesRead, metadata: metadata,
            officialSelection: nil, declaredSupport: Array(repeating: nil, count: alternatives))
    }

    /// Marks one order `a,b,{c,d}` in the builder; returns what is wrong with it, if anything.
    private static func readOrder(
        _ bytes: ArraySlice<UInt8>, alternatives: Int, dataType: String, into builder: inout BallotProfileBuilder?
    ) -> String? {
        var place: Int32 = 0
        var inBraces = false
        var number = 0
        var digits = 0
        var marked = 0
        func finishNumber() -> String? {
            guard digits > 0 else { return inBraces ? "an empty place inside braces" : "an empty place between commas" }
            guard number >= 1 && number <= alternatives else { return "alternative \(number) is not between 1 and \(alternatives)" }
            builder?.mark(number - 1, value: place)
            marked += 1
            number = 0
            digits = 0
            return nil
        }
        var index = bytes.startIndex
        var justClosed = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if justClosed { return "a comma is missing after '}'" }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                if number > alternatives { return "alternative \(number) is not between 1 and \(alternatives)" }
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "{"):
                if inBraces || digits > 0 || justClosed { return "'{' in the wrong place" }
                if dataType == "soc" || dataType == "soi" { return "ties ({…}) are not allowed in a \(dataType) file" }
                inBraces = true
            case UInt8(ascii: "}"):
                guard inBraces else { return "'}' without '{'" }
                if let problem = finishNumber() { return problem }
                inBraces = false
                justClosed = true
                place += 1
            case UInt8(ascii: ","):
                if justClosed {
                    justClosed = false
                    continue
                }
                if let problem = finishNumber() { return problem }
                if !inBraces { place += 1 }
            default:
                return "'\(String(decoding: [byte], as: UTF8.self))' is not part of an order; write alternatives by number"
            }
        }
        if inBraces { return "'{' is never closed" }
        if !justClosed, let problem = finishNumber() { return problem }
        if (dataType == "soc" || dataType == "toc") && marked != alternatives {
            return "a \(dataType) order ranks all \(alternatives) alternatives, but this one ranks \(marked)"
        }
        return nil
    }
}
