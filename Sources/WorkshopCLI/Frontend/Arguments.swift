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
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` (without the command name).
    /// - Throws: `CLIError.usage` for an unknown option, a missing value, or a value given twice.
    init(_ arguments: [String], options: [OptionSpec], command: String) throws(CLIError) {
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw .usage("unknown option '\(argument)'; options are written with two dashes, as --\(argument.dropFirst())", command: command)
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = byName[name] else {
                let suggestion = Self.closest(name, among: options.map(\.name)).map { "; did you mean '--\($0)'?" } ?? ""
                throw .usage("unknown option '--\(name)'\(suggestion)", command: command)
            }
            switch spec.kind {
            case .flag:
                if inlineValue != nil { throw .usage("--\(name) takes no value", command: command) }
                flags.insert(name)
            case .value, .repeated:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw .usage("--\(name) needs a value: \(spec.synopsis)", command: command)
                    }
                    value = arguments[index]
                    index += 1
                }
                if case .value = spec.kind, values[name] != nil {
                    throw .usage("--\(name) is given twice; give it once", command: command)
                }
                values[name, default: []].append(value)
            }
        }
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
