/// A short, stable name for something in a workspace (`P19`, `I-MOB-01`, `mobilitaet`).
///
/// Each kind of thing has its own identifier type, so an idea's id cannot be passed where a
/// project's is expected. Identifiers sort naturally: `P2` before `P10`.
public protocol Identifier: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible, JSONCodable,
    ExpressibleByStringLiteral
where RawValue == String {
    init(rawValue: String)
    /// What the identifier names, for messages: "idea", "project", …
    static var noun: String { get }
    /// The plural of `noun`: "ideas", "criteria".
    static var pluralNoun: String { get }
}

extension Identifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// For literals in code and tests; input from files and users goes through `validated(_:)`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static var pluralNoun: String { noun + "s" }

    public static func < (lhs: Self, rhs: Self) -> Bool { NaturalOrder.precedes(lhs.rawValue, rhs.rawValue) }

    /// Why `text` cannot be an identifier, or `nil` when it can.
    ///
    /// Identifiers are 1 to 64 characters: ASCII letters, digits, `-`, `_` and `.`,
    /// starting with a letter or digit, so they are safe in file names, CSV cells and URLs.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "\(noun) id is empty" }
        if text.unicodeScalars.count > 64 { return "\(noun) id '\(text)' is longer than 64 characters" }
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        guard allowed, let first = text.utf8.first, first != 0x2D, first != 0x5F, first != 0x2E else {
            return "\(noun) id '\(text)' may hold only letters A–Z, digits, '-', '_' and '.', starting with a letter or digit"
        }
        return nil
    }

    /// Whether `bytes` make a valid identifier (the rule of `problem(with:)`), without building a string.
    @inline(__always)
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first, bytes.count <= 64, first != 0x2D, first != 0x5F, first != 0x2E else { return false }
        for byte in bytes {
            let allowed =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
            if !allowed { return false }
        }
        return true
    }

    /// Makes an identifier after checking it; `nil` with the reason otherwise.
    public static func validated(_ text: String) -> Result<Self, IdentifierError> {
        if let problem = problem(with: text) { return .failure(IdentifierError(message: problem)) }
        return .success(Self(rawValue: text))
    }

    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard let text = String(json: json, key: key, reader: &reader) else { return nil }
        if let problem = Self.problem(with: text) {
            reader.error("\"\(key)\": \(problem)", at: json.position)
            return nil
        }
        self.init(rawValue: text)
    }

    public var json: JSON { .string(rawValue) }
}

/// Raised when a text is not a usable identifier; the message says what is allowed.
public struct IdentifierError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Orders texts the way people expect numbered things: `P2` < `P10` < `P10a`.
public enum NaturalOrder {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.unicodeScalars[...]
        var right = rhs.unicodeScalars[...]
        while let l = left.first, let r = right.first {
            if isDigit(l) && isDigit(r) {
                let leftDigits = left.prefix(while: isDigit)
                let rightDigits = right.prefix(while: isDigit)
                let leftNumber = leftDigits.drop { $0 == "0" }
                let rightNumber = rightDigits.drop { $0 == "0" }
                if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
                if !leftNumber.elementsEqual(rightNumber) {
                    return leftNumber.lexicographicallyPrecedes(rightNumber) { $0.value < $1.value }
                }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
            } else {
                if l != r { return l.value < r.value }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        if left.isEmpty != right.isEmpty { return left.isEmpty }
        // Equal by number: fall back to the plain text so the order is total ("P01" vs "P1").
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

/// Names a participation process; also the name of its folder under `Workshops/` and `Exports/`.
public struct ProcessID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "process"
}

/// Names a partner of the process: the county or one of its towns.
public struct PartnerID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "partner"
}

/// Names a phase of the process (initialisation, elaboration, adoption, implementation).
public struct PhaseID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "phase"
}

/// Names a stakeholder role (`IZ`, `BMK`, `MO`, …).
public struct RoleID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "role"
}

/// Names a theme, also called field of action.
public struct ThemeID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "theme"
}

/// Names a workshop.
public struct WorkshopID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "workshop"
}

/// Names a participant: a person who rates or votes, or a pseudonym for one.
public struct ParticipantID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "participant"
}

/// Names an idea sheet.
public struct IdeaID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "idea"
}

/// Names a scoring criterion.
public struct CriterionID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "criterion"
    public static let pluralNoun = "criteria"
}

/// Names a project of the consolidated project list (`P1` … `P28`).
public struct ProjectID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "project"
}

/// Names something that can be rated or voted on: an idea or a project.
public struct ItemID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "item"

    public init(_ idea: IdeaID) { self.init(rawValue: idea.rawValue) }
    public init(_ project: ProjectID) { self.init(rawValue: project.rawValue) }
}

/// Names a vote (one round of balloting).
public struct VoteID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "vote"
}

/// Names a voter within a vote: a participant's id where the vote names its voters, or a
/// token such as `T-7KQ2-M9XD` where voters hold tokens. Voters are their own namespace, so a
/// token can never be mistaken for a participant.
public struct VoterID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "voter"
}

/// Names one ballot within a vote, e.g. the number printed on a paper ballot.
public struct BallotID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "ballot"
}

/// Names a funding call.
public struct FundingCallID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "funding call"
}

/// Names an application (a bundle of projects) to a funding call.
public struct ApplicationID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "application"
}

/// Names a milestone of a project or of the process.
public struct MilestoneID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "milestone"
}

/// Names a recorded decision of a body.
public struct DecisionID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "decision"
}

/// Names a post (a staff position) of the implementation.
public struct PostID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "post"
}
