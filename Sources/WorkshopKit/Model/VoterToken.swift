/// One-time voter codes for token votes: `T-` and two groups of five characters, such as
/// `T-7KQ2M-9XD4P`, from an alphabet without look-alikes (no I, L, O, U), the last character a
/// check character so a mistyped code is caught before it is looked up.
///
/// Nine characters are random (45 bits: guessing one of a thousand codes takes some 35 billion
/// tries on average); the check character is Luhn mod 32 over them, which catches every single
/// wrong character and every swap of two neighbouring characters except of `0` and `Z`.
public enum VoterToken {
    /// Crockford's base-32 alphabet: digits and capitals without I, L, O and U.
    public static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// Random characters in a code.
    static let randomLength = 9

    /// A new code drawn from `generator` (use `SystemRandomNumberGenerator` for real codes).
    public static func make(using generator: inout some RandomNumberGenerator) -> VoterID {
        let values = (0..<randomLength).map { _ in Int.random(in: 0..<alphabet.count, using: &generator) }
        return VoterID(rawValue: text(values + [checkValue(values)]))
    }

    /// The code a voter typed, normalised (capitals; `O` read as 0, `I` and `L` as 1; spaces and
    /// dashes anywhere), if it has the shape of a code and its check character fits.
    public static func parse(_ typed: String) -> Result<VoterID, VoterTokenError> {
        var values: [Int] = []
        let upper = typed.uppercased().trimmingSpaces
        var body = Substring(upper.filter { $0 != "-" && $0 != " " })
        if body.hasPrefix("T") && (body.count == randomLength + 2 || upper.hasPrefix("T-") || upper.hasPrefix("T ")) { body = body.dropFirst() }
        for character in body {
            let read: Character =
                switch character {
                case "O": "0"
                case "I", "L": "1"
                default: character
                }
            guard let value = alphabet.firstIndex(of: read) else { return .failure(.character(character)) }
            values.append(value)
        }
        guard values.count == randomLength + 1 else { return .failure(.length(values.count)) }
        guard checkValue(Array(values.prefix(randomLength))) == values[randomLength] else { return .failure(.check) }
        return .success(VoterID(rawValue: text(values)))
    }

    /// Whether `token` has the shape of an issued code (as opposed to a token list written by
    /// hand, whose tokens are taken as they are).
    public static func isIssued(_ token: String) -> Bool {
        if case .success(let parsed) = parse(token) { return parsed.rawValue == token }
        return false
    }

    /// Luhn mod 32: from the right, every second value doubled and its two base-32 digits added.
    static func checkValue(_ values: [Int]) -> Int {
        let n = alphabet.count
        var sum = 0
        for (position, value) in values.reversed().enumerated() {
            var addend = value
            if position % 2 == 0 {
                addend = 2 * value
                addend = addend / n + addend % n
            }
            sum += addend
        }
        return (n - sum % n) % n
    }

    static func text(_ values: [Int]) -> String {
        let characters = values.map { alphabet[$0] }
        return "T-" + String(characters[0..<5]) + "-" + String(characters[5...])
    }
}

/// Why a typed voter code is not one.
public enum VoterTokenError: Error, Hashable, Sendable {
    /// A character that is in no code.
    case character(Character)
    /// Too few or too many characters (the count of those read).
    case length(Int)
    /// The check character does not fit: a character was mistyped.
    case check
}
