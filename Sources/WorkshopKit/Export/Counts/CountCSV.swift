/// A count as CSV (RFC 4180, the `standard` profile): one row per option, each row carrying the
/// rule, the input's SHA-256, the ballot count and the parameters, so anyone can re-run the
/// count from the file and compare.
public enum CountCSV {
    static let writer = CSVWriter(profile: .standard)

    public static func result(_ result: CountResult, file: BallotFile) -> String {
        let table = CountTable(result, profile: file.profile)
        let parameters = result.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
        let prefix: [CSVCell] = [.text(result.rule.rawValue), .text(file.sha256), .integer(result.ballots), .text(parameters)]
        return writer.document(
            header: ["rule", "input_sha256", "ballots", "parameters"] + table.columns, rows: table.rows.map { prefix + $0.map(cell) })
    }

    /// One row per option: its place or funding under each rule, and whether they all agree.
    public static func comparison(_ comparison: RuleComparison, file: BallotFile) -> String {
        let options = file.profile.options
        let differing = Set(comparison.disagreements.map(\.option))
        let rows: [[CSVCell]] = options.indices.map { option in
            [.text(file.sha256), .integer(file.profile.voters), .text(options[option].id.rawValue), .text(options[option].name ?? "")]
                + comparison.results.map { .text(RuleComparison.verdict(on: option, in: $0)) } + [.text(differing.contains(option) ? "no" : "yes")]
        }
        return writer.document(
            header: ["input_sha256", "ballots", "option", "name"] + comparison.results.map(\.rule.rawValue) + ["agree"], rows: rows)
    }

    /// A table value as a cell: amounts with a short exact decimal stay numbers.
    static func cell(_ value: CountTable.Value) -> CSVCell {
        switch value {
        case .text(let text): return .text(text)
        case .integer(let number): return .integer(number)
        case .empty: return .empty
        case .amount(let amount):
            if let decimal = amount.exactDecimal {
                let places = decimal.split(separator: ".").dropFirst().first?.count ?? 0
                if places <= 6, let scaled = Int(decimal.filter { $0 != "." }) { return .decimal(scaled, places: places) }
            }
            return .text(amount.exactText)
        }
    }
}
