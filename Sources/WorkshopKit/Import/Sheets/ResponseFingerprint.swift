import Foundation

/// A SHA-256 over responses in one canonical text, so the same answers read twice give the
/// same fingerprint and any changed answer or comment another.
enum ResponseFingerprint {
    static func of(_ responses: [ItemResponse], heading: String) -> String {
        var text = heading + "\n"
        for response in responses {
            text += "\(response.rater)\t\(response.item)"
            for answer in response.answers {
                switch answer.answer {
                case .score(let score): text += "\t\(answer.criterion)=\(score)"
                case .dontKnow: text += "\t\(answer.criterion)=?"
                }
            }
            if let comment = response.comment {
                text += "\t#" + comment.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
                    .replacingOccurrences(of: "\t", with: "\\t")
            }
            text += "\n"
        }
        return SHA256.hex(Array(text.utf8))
    }
}
