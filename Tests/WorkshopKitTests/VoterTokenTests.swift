import TestSupport
import Testing
import WorkshopKit

@Suite("Voter tokens")
struct VoterTokenTests {
    @Test("Codes have the documented shape and read back; typing is forgiving about case, O/I/L and dashes")
    func shape() throws {
        var random = SplitMix(seed: 7)
        for _ in 0..<200 {
            let code = VoterToken.make(using: &random).rawValue
            #expect(code.count == 13 && code.hasPrefix("T-") && Array(code)[7] == "-")
            #expect(code.dropFirst(2).allSatisfy { $0 == "-" || VoterToken.alphabet.contains($0) })
            #expect(try VoterToken.parse(code).get().rawValue == code)
            #expect(try VoterToken.parse(code.lowercased().replacingOccurrences(of: "-", with: " ")).get().rawValue == code)
        }
        let code = VoterToken.make(using: &random).rawValue
        let typed = code.replacingOccurrences(of: "0", with: "o").replacingOccurrences(of: "1", with: "l")
        #expect(try VoterToken.parse(typed).get().rawValue == code)
        #expect(VoterToken.parse("T-12").failure == .length(2))
        #expect(VoterToken.parse("T-1234U-12345").failure == .character("U"))
    }

    @Test("The check character catches every single wrong character and every swap of neighbours but 0 and Z")
    func checkCharacter() throws {
        var random = SplitMix(seed: 11)
        for _ in 0..<50 {
            let code = Array(VoterToken.make(using: &random).rawValue)
            let positions = code.indices.filter { $0 >= 2 && code[$0] != "-" }
            for position in positions {
                for replacement in VoterToken.alphabet where replacement != code[position] {
                    var typo = code
                    typo[position] = replacement
                    #expect(VoterToken.parse(String(typo)).failure == .check, "\(String(typo))")
                }
            }
            for (a, b) in zip(positions, positions.dropFirst()) where code[a] != code[b] && Set([code[a], code[b]]) != ["0", "Z"] {
                var swapped = code
                swapped.swapAt(a, b)
                #expect(VoterToken.parse(String(swapped)).failure == .check, "\(String(swapped))")
            }
        }
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
