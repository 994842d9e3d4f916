import Foundation
import SearchEngine

/// The benchmark's one table.
struct BenchTable {
    struct Row {
        var mode: PlainQueryMode
        var queries: Int
        var ours: [Double]
        var fts5: [Double]?
        var overlap: Double?
    }

    let corpusFiles: Int
    let corpusBytes: Int
    var ours: BenchWorker.IndexResult?
    var fts5: BenchWorker.IndexResult?
    var oursSize = 0
    var oursStoreSize = 0
    var fts5Size: Int?
    /// FTS5 keeping its text (the setup closest to ours, which stores every text): for context.
    var fts5WithText: BenchWorker.IndexResult?
    var fts5WithTextFileSize: Int64?
    var rows: [Row] = []
    /// Characters of a number column in the query table (a space and `%8.3f`).
    static let numberWidth = 9

    /// Kommunesøk-only query kinds: name and latencies (ms).
    var extras: [(String, [Double])] = []

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }

    func render() -> String {
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        let mb = Double(corpusBytes) / 1_048_576
        line(String(format: "Korpus: %d dokumenter, %.1f MB. Maskin: %d kjerner.", corpusFiles, mb, System.coreCount))
        line("")
        line("Indeksering                 Kommunesøk        FTS5            forhold")
        if let o = ours {
            let f = fts5
            line(String(format: "  tid                       %8.2f s      %@   %@", o.seconds, f.map { String(format: "%8.2f s", $0.seconds) } ?? "       –  ", f.map { String(format: "%.2f× raskere", $0.seconds / o.seconds) } ?? ""))
            line(String(format: "  dok/s                     %8.0f        %@", Double(corpusFiles) / o.seconds, f.map { String(format: "%8.0f", Double(corpusFiles) / $0.seconds) } ?? "       –"))
            line(String(format: "  MB/s                      %8.1f        %@", mb / o.seconds, f.map { String(format: "%8.1f", mb / $0.seconds) } ?? "       –"))
            line(String(format: "  indeks på disk            %8.1f MB     %@   %@", Double(oursSize) / 1_048_576, fts5Size.map { String(format: "%8.1f MB", Double($0) / 1_048_576) } ?? "       –  ", fts5Size.map { String(format: "%.2f× av FTS5", Double(oursSize) / Double($0)) } ?? ""))
            line(String(format: "  dokumentlager (lagret tekst) %5.1f MB     (FTS5 uten innhold)", Double(oursStoreSize) / 1_048_576))
            line(String(format: "  maks minne                %8.0f MB     %@", Double(o.peakBytes) / 1_048_576, f.map { String(format: "%8.0f MB", Double($0.peakBytes) / 1_048_576) } ?? "       –"))
            if let anonymous = o.peakAnonymousBytes, let file = o.peakFileBytes {
                line(String(format: "    herav heap (maks)       %8.0f MB     %@", Double(anonymous) / 1_048_576, f?.peakAnonymousBytes.map { String(format: "%8.0f MB", Double($0) / 1_048_576) } ?? "       –"))
                line(String(format: "    filsider (maks, mmap)   %8.0f MB     %@", Double(file) / 1_048_576, f?.peakFileBytes.map { String(format: "%8.0f MB", Double($0) / 1_048_576) } ?? "       –"))
            }
            if let t = fts5WithText {
                // For context: FTS5 keeping its text, as our document store keeps every text.
                line(String(format: "  FTS5 med lagret tekst: %.2f s (Kommunesøk %.2f× raskere), fil %.1f MB (vår indeks + lager: %.1f MB)",
                            t.seconds, t.seconds / o.seconds, Double(fts5WithTextFileSize ?? 0) / 1_048_576, Double(oursSize + oursStoreSize) / 1_048_576))
            }
        }
        line("")
        // Widths are padded here: Foundation on Linux ignores a width on `%@`.
        func cell(_ s: String) -> String { String(repeating: " ", count: max(0, Self.numberWidth - s.count)) + s }
        let nameWidth = 18
        func name(_ s: String) -> String { s + String(repeating: " ", count: max(0, nameWidth - s.count)) }
        line(name("Søk, topp 10 (ms)") + ["p50", "p95", "p99", "QPS"].map(cell).joined() + "   |" + ["FTS5 p50", "p95", "p99", "QPS"].map(cell).joined()
             + "   | p50-forhold   overlapp")
        for r in rows {
            let qps = Double(r.ours.count) / (r.ours.reduce(0, +) / 1000)
            var s = name("  " + r.mode.rawValue) + String(format: " %8.3f %8.3f %8.3f %8.0f", Self.percentile(r.ours, 0.5), Self.percentile(r.ours, 0.95), Self.percentile(r.ours, 0.99), qps)
            if let f = r.fts5 {
                let fq = Double(f.count) / (f.reduce(0, +) / 1000)
                s += String(format: "   | %8.3f %8.3f %8.3f %8.0f   | %10.1f×", Self.percentile(f, 0.5), Self.percentile(f, 0.95), Self.percentile(f, 0.99), fq,
                            Self.percentile(f, 0.5) / Self.percentile(r.ours, 0.5))
                s += "   " + (r.overlap.map { String(format: "%.0f %%", $0 * 100) } ?? "–")
            }
            line(s)
        }
        for (label, xs) in extras {
            let qps = Double(xs.count) / (xs.reduce(0, +) / 1000)
            line(name("  " + label) + String(format: " %8.3f %8.3f %8.3f %8.0f   | (bare Kommunesøk)", Self.percentile(xs, 0.5), Self.percentile(xs, 0.95), Self.percentile(xs, 0.99), qps))
        }
        line("")
        line("Forhold > 1 betyr at Kommunesøk er raskere. Overlapp: andel av FTS5s topp 10 som også er i Kommunesøks topp 10")
        line("(FTS5 stemmer ikke ord, Kommunesøk gjør det, så listene kan ikke bli like).")
        return out
    }
}
