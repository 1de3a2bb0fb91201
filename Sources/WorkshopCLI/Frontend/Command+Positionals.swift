import Foundation

/// How many words without an option a command takes, read from its usage lines, so that a
/// word too many is an error rather than silently dropped (`--title Mobilstationen an Bahnhöfen`
/// without quotes).
extension Command {
    /// One usage line: the options it requires and how many positionals it takes (`nil`: any number).
    struct UsageShape {
        var required: Set<String>
        var positionals: Int?
    }

    /// The shapes of the usage lines. A word is a positional when it does not stand as an
    /// option's value (`--title TITLE`); `...` after a positional means any number of them.
    var usageShapes: [UsageShape] {
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return usage.map { line in
            var shape = UsageShape(required: [], positionals: 0)
            var expectingValue = false
            var lastWasPositional = false
            for word in line.split(separator: " ").dropFirst() {
                let bare = word.trimmingCharacters(in: ["[", "]"])
                if bare.hasPrefix("--") {
                    let name = String(bare.dropFirst(2).prefix { $0 != "=" })
                    if !word.hasPrefix("[") { shape.required.insert(name) }
                    if case .flag = byName[name]?.kind ?? .flag {
                        expectingValue = false
                    } else {
                        expectingValue = !word.hasSuffix("]")
                    }
                    lastWasPositional = false
                } else if expectingValue {
                    expectingValue = false
                    lastWasPositional = false
                } else if bare.hasPrefix("...") {
                    if lastWasPositional { shape.positionals = nil }
                } else if !bare.isEmpty {
                    shape.positionals = shape.positionals.map { $0 + 1 }
                    lastWasPositional = true
                }
            }
            return shape
        }
    }

    /// How many positionals the given options allow: those of the most specific usage line
    /// whose required options are all given (any line's, when none is).
    func positionalLimit(_ arguments: Arguments) -> Int? {
        let shapes = usageShapes
        let matching = shapes.filter { $0.required.allSatisfy(arguments.has) }
        let candidates: [UsageShape]
        if let most = matching.map(\.required.count).max() {
            candidates = matching.filter { $0.required.count == most }
        } else {
            candidates = shapes
        }
        if candidates.contains(where: { $0.positionals == nil }) { return nil }
        return candidates.compactMap(\.positionals).max() ?? 0
    }

    /// Refuses positionals beyond the limit; when one follows an option's value, shows how to quote it.
    func checkPositionals(_ arguments: Arguments) throws(CLIError) {
        guard let limit = positionalLimit(arguments), arguments.positionals.count > limit else { return }
        let extra = arguments.positionals[limit]
        if let option = arguments.optionBefore[limit] {
            let words = [option.value] + arguments.positionals[limit...].enumerated()
                .prefix { arguments.optionBefore[limit + $0.offset]?.name == option.name }.map(\.element)
            throw .usage(
                "unexpected word '\(extra)' after --\(option.name) '\(option.value)': an option takes one value; "
                    + "put a value with spaces in quotes: --\(option.name) \"\(words.joined(separator: " "))\"",
                command: name)
        }
        throw .usage("unexpected argument '\(extra)'; \(name) takes \(limit == 0 ? "no arguments" : "at most \(limit)") besides its options", command: name)
    }
}
