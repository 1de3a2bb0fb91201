extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte for byte on UTF-8
    /// rather than through Foundation: the renderers call this for every id and cell, and the
    /// fixed targets they replace (`-`, a space, U+2011) are whole characters, so it finds
    /// the same places `replacingOccurrences(of:with:)` does.
    /// - Complexity: O(*n*) in the bytes of the text; returns the text itself when `target` is absent.
    func replacingBytes(of target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard let first = pattern.first else { return self }
        let bytes = Array(utf8)
        guard bytes.contains(first) else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + replacement.utf8.count * 4)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                output.append(contentsOf: replacement.utf8)
                index += pattern.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
