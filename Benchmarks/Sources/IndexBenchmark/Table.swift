import BenchmarkSupport

/// The result table of the index benchmarks: one row per measurement.
enum Table {
    struct Row {
        let name: String
        /// Items one run processes (documents, advances, lookups).
        let count: Int
        let unit: String
        let result: Stopwatch.Result

        init(_ name: String, count: Int, unit: String, result: Stopwatch.Result) {
            self.name = name
            self.count = count
            self.unit = unit
            self.result = result
        }
    }

    static func printHeader(_ title: String) {
        Swift.print("\n\(title)")
        Swift.print("  \(Format.left("measurement", 74)) \(Format.pad("items/run", 12)) \(Format.pad("M items/s", 10)) \(Format.pad("ns/item", 9)) \(Format.pad("best ms", 9)) \(Format.pad("median ms", 10))")
    }

    static func print(_ row: Row) {
        Swift.print(
            "  \(Format.left(row.name, 74)) \(Format.count(row.count, 12)) \(Format.number(row.result.perSecond(row.count) / 1e6, 10, 2)) \(Format.number(row.result.nanoseconds(per: row.count), 9, 1)) \(Format.number(row.result.fastest.seconds * 1e3, 9, 2)) \(Format.number(row.result.median.seconds * 1e3, 10, 2))  (\(row.unit))"
        )
    }
}
