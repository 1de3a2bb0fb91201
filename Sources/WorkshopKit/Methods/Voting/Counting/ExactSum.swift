/// A running integer sum that stays in `Int` while it can and carries into a `BigInt` when it
/// would overflow, so totals are exact however large the file.
struct ExactSum: Sendable {
    private var small = 0
    private var carried: BigInt = 0

    /// Adds `count × value`.
    mutating func add(_ count: Int, times value: Int) {
        let (product, productOverflow) = count.multipliedReportingOverflow(by: value)
        if productOverflow {
            carried += BigInt(count) * BigInt(value)
            return
        }
        let (sum, sumOverflow) = small.addingReportingOverflow(product)
        if sumOverflow {
            carried += BigInt(small)
            small = product
        } else {
            small = sum
        }
    }

    var total: BigInt { carried + BigInt(small) }
}
