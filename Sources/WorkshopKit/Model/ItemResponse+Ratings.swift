extension ItemResponse {
    /// The ratings to record for this response: one per answer, in catalogue order, each with
    /// the response's comment (line breaks of a spreadsheet cell joined with " / ", since a
    /// log record is one line) and "don't know" as `nil`.
    /// - Parameters:
    ///   - channel: how the answers arrived (`sheet`, `form`, `session`).
    ///   - time: when they are recorded.
    public func ratings(channel: RatingChannel, at time: Timestamp?) -> [Rating] {
        let text = (comment ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " / ")
        return answers.map { answer in
            Rating(rater: rater, item: item, criterion: answer.criterion, score: answer.answer.score, channel: channel, comment: text, recordedAt: time)
        }
    }
}

extension Located where Value == ItemResponse {
    /// The response's ratings, each located at its answer's cell (the comment at the comment's).
    /// - Throws: `InvalidInput` for a response with a comment but no answer: a comment is
    ///   recorded with a rating, so it needs at least one answer (`?` will do).
    public func ratings(channel: RatingChannel, at time: Timestamp?) throws(InvalidInput) -> [Located<Rating>] {
        let list = value.ratings(channel: channel, at: time)
        if list.isEmpty {
            throw InvalidInput(
                "item \(value.item) has a comment but no answer; a comment is recorded with an answer, so give at least one (? for don't know)",
                at: at("comment"))
        }
        return list.map { rating in
            Located<Rating>(rating, at: at(rating.criterion.rawValue), fields: ["comment": at("comment"), "score": at(rating.criterion.rawValue)])
        }
    }
}
