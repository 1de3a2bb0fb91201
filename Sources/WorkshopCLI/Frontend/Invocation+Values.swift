import WorkshopKit

/// Options and arguments read as values of the model: amounts, percentages, whole numbers,
/// closed sets, identifiers, days.
extension Invocation {
    /// An amount option: `35200.50` (a point as decimal separator, at most two decimals).
    func money(_ name: String) throws(CLIError) -> Money? {
        guard let text = arguments.value(name) else { return nil }
        guard let amount = Money(text), amount.cents >= 0 else {
            throw .usage("--\(name) '\(text)' is not an amount; write euros with a point and at most two decimals, e.g. 35200.50", command: command.name)
        }
        return amount
    }

    /// A percentage or other decimal option: `65`, `72.5`.
    func hundredths(_ name: String, range: ClosedRange<Int> = 0...10_000) throws(CLIError) -> Hundredths? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Hundredths(text), range.contains(value.value) else {
            let allowed = "\(Hundredths(hundredths: range.lowerBound))…\(Hundredths(hundredths: range.upperBound))"
            throw .usage("--\(name) '\(text)' must be a number from \(allowed) with at most two decimals, e.g. 65 or 72.5", command: command.name)
        }
        return value
    }

    /// A whole-number option within `range`.
    func integer(_ name: String, range: ClosedRange<Int>) throws(CLIError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .usage("--\(name) '\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)", command: command.name)
        }
        return value
    }

    /// A closed-set option such as `--kind investment`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(CLIError) -> T? where T.RawValue == String {
        guard let text = arguments.value(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw .usage("--\(name) '\(text)' is not known; use \(T.allCases.map(\.rawValue).joined(separator: ", "))", command: command.name)
        }
        return value
    }

    /// An identifier given as a positional argument.
    func positional<ID: Identifier>(_ index: Int, as type: ID.Type, what: String) throws(CLIError) -> ID? {
        guard index < arguments.positionals.count else { return nil }
        let text = arguments.positionals[index]
        switch ID.validated(text) {
        case .success(let id): return id
        case .failure(let error): throw .usage("\(what): \(error.message)", command: command.name)
        }
    }

    /// A required option read by `read` (`money`, `day`, …); a usage error naming it when it is missing.
    func require<T>(_ name: String, _ read: (String) throws(CLIError) -> T?) throws(CLIError) -> T {
        guard let value = try read(name) else {
            let spec = command.options.first { $0.name == name }
            throw .usage("missing \(spec?.synopsis ?? "--\(name)")", command: command.name)
        }
        return value
    }

    /// The day of `--date`, or today (`SOURCE_DATE_EPOCH` when set).
    func dayOrToday(_ name: String = "date") throws(CLIError) -> Day {
        if let day = try day(name) { return day }
        return try Clock(environment: environment).today
    }
}
