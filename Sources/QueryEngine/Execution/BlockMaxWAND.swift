internal import InvertedIndex
internal import SearchCore

/// Top-k for a disjunction of term clauses with block-max WAND (Ding & Suel, "Faster top-k
/// document retrieval using block-max indexes", SIGIR 2011).
///
/// Clauses are kept sorted by current doc. The pivot is the first clause at which the summed
/// whole-list score bounds reach the collector's threshold: no doc before the pivot's doc can
/// enter the top-k. Then the per-block bounds of the clauses up to the pivot are summed; if even
/// they fall short, every doc up to the end of the shortest of those blocks is skipped without
/// decoding. Only docs that can still make it are scored — exactly, so the result equals
/// exhaustive scoring (ties included: pruning uses strict `<`).
enum BlockMaxWAND {
    static func run(
        _ clauses: [TermClause], segment: SegmentReader, deletions: DeletionSet?, collector: inout TopKCollector
    ) {
        var active = clauses.filter { $0.doc != PostingsIterator.exhausted }
        let exhausted = PostingsIterator.exhausted
        var contributions = [Double](repeating: 0, count: (clauses.map(\.ordinal).max() ?? 0) + 1)
        var present: [Int] = []
        while !active.isEmpty {
            // Insertion sort by doc: the order changes little between steps.
            for i in 1..<active.count {
                let c = active[i]
                var j = i - 1
                while j >= 0 && active[j].doc > c.doc {
                    active[j + 1] = active[j]
                    j -= 1
                }
                active[j + 1] = c
            }
            while let last = active.last, last.doc == exhausted { active.removeLast() }
            if active.isEmpty { break }

            let theta = collector.threshold
            var upper = 0.0
            var pivot = -1
            for i in active.indices {
                upper += active[i].maxScore
                if !(upper < theta) {
                    pivot = i
                    break
                }
            }
            if pivot < 0 { break }
            let pivotDoc = active[pivot].doc
            while pivot + 1 < active.count && active[pivot + 1].doc == pivotDoc { pivot += 1 }

            if theta > -.infinity {
                var blockSum = 0.0
                var minLast = exhausted
                for i in 0...pivot {
                    let (bound, last) = active[i].blockBound(at: pivotDoc)
                    blockSum += bound
                    minLast = min(minLast, last)
                }
                if blockSum < theta {
                    var target = minLast == exhausted ? exhausted : minLast + 1
                    if pivot + 1 < active.count { target = min(target, active[pivot + 1].doc) }
                    target = max(target, pivotDoc + 1)
                    for i in 0...pivot where active[i].doc < target { _ = active[i].advance(to: target) }
                    continue
                }
            }

            if active[0].doc == pivotDoc {
                if deletions?.contains(pivotDoc) != true {
                    present.removeAll(keepingCapacity: true)
                    for i in 0...pivot {
                        contributions[active[i].ordinal] = active[i].score()
                        present.append(active[i].ordinal)
                    }
                    present.sort()
                    var score = 0.0
                    for o in present { score += contributions[o] }
                    collector.collect(segment.documentID(pivotDoc), score)
                }
                for i in 0...pivot { _ = active[i].next() }
            } else {
                for i in 0..<pivot where active[i].doc < pivotDoc { _ = active[i].advance(to: pivotDoc) }
            }
        }
    }
}
