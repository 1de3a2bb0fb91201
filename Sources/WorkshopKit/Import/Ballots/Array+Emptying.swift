extension Array {
    /// Removes every element and keeps the storage, one element at a time: for the few
    /// elements of a record or a ballot this is much cheaper than
    /// `removeAll(keepingCapacity: true)`, which goes through `replaceSubrange`.
    mutating func empty() {
        while !isEmpty { removeLast() }
    }
}
