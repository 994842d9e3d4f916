import TestRandomness
import Testing

@testable import InvertedIndex

/// `TokenBatch.computeHashes` (one masked load for terms of up to eight bytes) against
/// `TermTable.hash` and `TermTable.tag` (byte loops), on seeded random terms of every length
/// around the 7/8/16-byte boundaries, with zero bytes, across buffer growth.
struct TokenBatchTests {
    @Test(arguments: [21, 22] as [UInt64])
    func batchHashesEqualTheTableFunctions(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var batch = TokenBatch()
        var terms: [[UInt8]] = []
        for round in 0..<3 {
            batch.removeAll()
            terms.removeAll()
            // The first round stays within the initial capacity; later ones make it grow.
            let n = round == 0 ? 500 : 20_000
            for position in 0..<n {
                let length = Int(rng.next() % 20)
                let term = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next() % (seed == 22 ? 3 : 256)) }
                term.withUnsafeBytes { batch.append($0, position: UInt32(position)) }
                terms.append(term)
            }
            batch.computeHashes()
            #expect(batch.count == terms.count)
            for (i, term) in terms.enumerated() {
                let (hash, tag) = term.withUnsafeBytes { (TermTable.hash($0), TermTable.tag($0)) }
                #expect(Array(batch.term(i)) == term, "seed \(seed) round \(round) token \(i)")
                #expect(batch.hashes[i] == hash && batch.tags[i] == tag, "seed \(seed) round \(round) token \(i): \(term)")
                #expect(batch.position(i) == UInt32(i))
            }
        }
    }
}
