/// Where a proposal from an online platform came from, as an idea's origin says it.
struct PlatformOrigin {
    var platform: String
    var reference: String?
    var supports: Int?
    var endorsements: Int?
    var state: String?

    /// "Decidim-Vorschlag KC-PROP-2021-03-17 (12 Unterstützungen, 3 Empfehlungen)".
    func text(_ language: Language) -> String {
        let german = language == .german
        var text = german ? "\(platform)-Vorschlag" : "\(platform) proposal"
        if let reference { text += " \(reference)" }
        var details: [String] = []
        if let supports { details.append(german ? "\(supports) Unterstützungen" : "\(supports) supports") }
        if let endorsements { details.append(german ? "\(endorsements) Empfehlungen" : "\(endorsements) endorsements") }
        if let state, !state.isEmpty { details.append("Status: \(state)") }
        return details.isEmpty ? text : text + " (" + details.joined(separator: ", ") + ")"
    }
}
