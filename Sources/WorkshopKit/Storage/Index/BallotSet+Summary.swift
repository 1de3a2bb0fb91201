extension BallotSet {
    /// About how many bytes `encode` writes.
    var byteEstimate: Int {
        boxes.reduce(0) { $0 + $1.ids.count + $1.kinds.count * 10 + $1.options.count * 8 + 128 }
    }

    /// Writes the set into a log summary.
    func encode(into encoder: inout SummaryEncoder) {
        encoder.table(items)
        encoder.table(votes)
        encoder.int(boxes.count)
        for box in boxes {
            encoder.array(box.ids)
            encoder.array(box.idEnds)
            encoder.array(box.kinds)
            encoder.array(box.ends)
            encoder.array(box.options)
            encoder.array(box.values)
            encoder.array(box.voided.map { $0 ? UInt8(1) : 0 })
            for count in [box.voidedCount, box.closed ? 1 : 0, box.unkept, box.posters, box.voidedPosters, box.unkeptPosters] {
                encoder.int(count)
            }
        }
        encoder.day(lastRecorded)
    }

    /// Reads a set `encode` wrote; `nil` when the bytes do not make one whose parts fit.
    init?(from decoder: inout SummaryDecoder) {
        guard let items = decoder.table(), let votes = decoder.table(), let count = decoder.int(), count == votes.count else { return nil }
        var boxes: [Box] = []
        for _ in 0..<count {
            guard let ids = decoder.array(UInt8.self), let idEnds = decoder.array(Int32.self), let kinds = decoder.array(UInt8.self),
                let ends = decoder.array(Int32.self), let options = decoder.array(Int32.self), let values = decoder.array(Int32.self),
                let voided = decoder.array(UInt8.self), let voidedCount = decoder.int(), let closed = decoder.int(),
                let unkept = decoder.int(), let posters = decoder.int(), let voidedPosters = decoder.int(),
                let unkeptPosters = decoder.int()
            else { return nil }
            let box = Box(
                ids: ids, idEnds: idEnds, kinds: kinds, ends: ends, options: options, values: values, voided: voided.map { $0 != 0 },
                voidedCount: voidedCount, closed: closed != 0, unkept: unkept, posters: posters, voidedPosters: voidedPosters,
                unkeptPosters: unkeptPosters)
            guard box.fits(items: items.count) else { return nil }
            boxes.append(box)
        }
        guard let lastRecorded = decoder.day() else { return nil }
        self.init(items: items, votes: votes, boxes: boxes, lastRecorded: lastRecorded)
    }
}

extension BallotSet.Box {
    /// Whether the box's arrays agree with each other and name only the `items` options
    /// interned, so that reading it cannot go out of bounds.
    func fits(items: Int) -> Bool {
        let ballots = kinds.count
        guard idEnds.count == ballots, ends.count == ballots, voided.count == ballots, options.count == values.count,
            ascending(idEnds, upTo: ids.count), ascending(ends, upTo: options.count),
            options.allSatisfy({ (0..<Int32(items)).contains($0) }),
            voidedCount == voided.count(where: { $0 }),
            posters == kinds.count(where: { $0 == BallotSet.posterCode }),
            voidedPosters == zip(kinds, voided).count(where: { $0.0 == BallotSet.posterCode && $0.1 }),
            unkept >= 0, unkeptPosters >= 0
        else { return false }
        return true
    }

    private func ascending(_ cuts: [Int32], upTo limit: Int) -> Bool {
        var previous: Int32 = 0
        for cut in cuts {
            guard cut >= previous else { return false }
            previous = cut
        }
        return cuts.isEmpty ? limit == 0 : Int(previous) == limit
    }
}
