import WorkshopKit

/// An option a command accepts.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        /// Takes a value: `--title "Mobilität"` or `--title=Mobilität`.
        case value(placeholder: String)
        /// May be given several times, each with a value.
        case repeated(placeholder: String)
        /// A switch without value.
        case flag
    }

    var name: String
    var kind: Kind
    var help: String

    static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .value(placeholder: placeholder), help: help)
    }

    static func repeated(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .repeated(placeholder: placeholder), help: help)
    }

    static func flag(_ name: String, _ help: String) -> OptionSpec { OptionSpec(name: name, kind: .flag, help: help) }

    /// `--title TEXT`, as help shows it.
    var synopsis: String {
        switch kind {
        case .value(let placeholder), .repeated(let placeholder): "--\(name) \(placeholder)"
        case .flag: "--\(name)"
        }
    }
}

/// The arguments of one command, parsed against its options.
struct Arguments {
    var positionals: [String] = []
    /// For each positional, the option whose value came just before it (`--title Mobilstationen an`):
    /// the likeliest reason for a word too many is a value with spaces that was not quoted.
    private(set) var optionBefore: [(name: String, value: String)?] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    /// Whether `-h` or `--help` stands where an option may (not as an option's value).
    private(set) var asksForHelp = false

    /// Parses `arguments` (without the command name). `-h`/`--help` where an option may stand
    /// is a request for help, which wins over every other problem; as an option's value
    /// (`--title -h`) it is a value.
    /// - Throws: `CLIError.usage` for an unknown option, a missing value, or a value given twice.
    init(_ arguments: [String], options: [OptionSpec], command: String) throws(CLIError) {
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var problem: String?
        var index = 0
        var onlyPositionals = false
        var lastValue: (name: String, value: String)?
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                optionBefore.append(lastValue)
                continue
            }
            lastValue = nil
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                asksForHelp = true
                continue
            }
            guard argument.hasPrefix("--") else {
                problem = problem ?? "unknown option '\(argument)'; options are written with two dashes, as --\(argument.dropFirst())"
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = byName[name] else {
                let suggestion = Self.closest(name, among: options.map(\.name)).map { "; did you mean '--\($0)'?" } ?? ""
                problem = problem ?? "unknown option '--\(name)'\(suggestion)"
                continue
            }
            switch spec.kind {
            case .flag:
                if inlineValue != nil { problem = problem ?? "--\(name) takes no value" }
                if flags.contains(name) { problem = problem ?? "--\(name) is given twice; give it once" }
                flags.insert(name)
            case .value, .repeated:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    problem = problem ?? "--\(name) needs a value: \(spec.synopsis)"
                    continue
                }
                if case .value = spec.kind, let first = values[name]?.first {
                    problem = problem ?? "--\(name) is given twice ('\(first)' and '\(value)'); give it once"
                }
                values[name, default: []].append(value)
                lastValue = (name, value)
            }
        }
        if let problem, !asksForHelp { throw .usage(problem, command: command) }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func has(_ name: String) -> Bool { values[name] != nil || flags.contains(name) }

    /// The closest option or command name, for "did you mean".
    static func closest(_ name: String, among names: [String]) -> String? {
        Suggestion.closest(to: name, among: names)
    }
}
