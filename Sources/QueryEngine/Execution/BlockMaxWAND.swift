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
///
/// The loop works on clause *indices* (`order`), not on an array of clause references: sorting
/// and pivoting references retains and releases them at every step, which cost more than the
/// postings decoding (measured with perf on NoReC OR queries).
enum BlockMaxWAND {
    static func run(
        _ clauses: [TermClause], segment: SegmentReader, deletions: DeletionSet?, collector: inout TopKCollector,
        meter: inout WorkMeter
    ) {
        let exhausted = PostingsIterator.exhausted
        let n = clauses.count
        guard n > 0 else { return }
        var contributions = [Double](repeating: 0, count: (clauses.map(\.ordinal).max() ?? 0) + 1)
        var present: [Int] = []
        present.reserveCapacity(n)
        // Per clause, cached: current doc and whole-list bound.
        var docs = clauses.map(\.doc)
        let maxScores = clauses.map(\.maxScore)
        let ordinals = clauses.map(\.ordinal)
        var order = (0..<n).filter { docs[$0] != exhausted }
        clauses.withUnsafeBufferPointer { clause in
            while !order.isEmpty {
                // Each step looks at every active clause (sort, pivot): that is its work.
                guard meter.charge(order.count) else { break }
                // Insertion sort by doc: the order changes little between steps.
                for i in 1..<order.count {
                    let c = order[i]
                    let d = docs[c]
                    var j = i - 1
                    while j >= 0 && docs[order[j]] > d {
                        order[j + 1] = order[j]
                        j -= 1
                    }
                    order[j + 1] = c
                }
                while let last = order.last, docs[last] == exhausted { order.removeLast() }
                if order.isEmpty { break }

                let theta = collector.threshold
                var upper = 0.0
                var pivot = -1
                for i in order.indices {
                    upper += maxScores[order[i]]
                    if !(upper < theta) {
                        pivot = i
                        break
                    }
                }
                if pivot < 0 { break }
                let pivotDoc = docs[order[pivot]]
                while pivot + 1 < order.count && docs[order[pivot + 1]] == pivotDoc { pivot += 1 }

                if theta > -.infinity {
                    var blockSum = 0.0
                    var minLast = exhausted
                    for i in 0...pivot {
                        let (bound, last) = clause[order[i]].blockBound(at: pivotDoc)
                        blockSum += bound
                        minLast = min(minLast, last)
                    }
                    if blockSum < theta {
                        var target = minLast == exhausted ? exhausted : minLast + 1
                        if pivot + 1 < order.count { target = min(target, docs[order[pivot + 1]]) }
                        target = max(target, pivotDoc + 1)
                        for i in 0...pivot where docs[order[i]] < target {
                            let c = order[i]
                            docs[c] = clause[c].advance(to: target)
                        }
                        continue
                    }
                }

                if docs[order[0]] == pivotDoc {
                    if deletions?.contains(pivotDoc) != true {
                        present.removeAll(keepingCapacity: true)
                        for i in 0...pivot {
                            let c = order[i]
                            contributions[ordinals[c]] = clause[c].score()
                            present.append(ordinals[c])
                        }
                        // Sum in canonical clause order, as the generic iterators do.
                        present.sort()
                        var score = 0.0
                        for o in present { score += contributions[o] }
                        collector.collect(segment.documentID(pivotDoc), score)
                    }
                    for i in 0...pivot {
                        let c = order[i]
                        docs[c] = clause[c].next()
                    }
                } else {
                    for i in 0..<pivot where docs[order[i]] < pivotDoc {
                        let c = order[i]
                        docs[c] = clause[c].advance(to: pivotDoc)
                    }
                }
            }
        }
    }
}
