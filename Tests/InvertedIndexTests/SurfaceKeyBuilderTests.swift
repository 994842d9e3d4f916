import SearchCore
import TestRandomness
import Testing

@testable import InvertedIndex

/// `SegmentBuilder.addField(_:surfaceKeys:resolve:)` (the memoised indexing path) against
/// `addField(_:_:)` fed the resolved terms: byte-identical segments on seeded random documents,
/// with keys that resolve to nothing (stop words) and many keys sharing one term (stems), and
/// `resolve` asked once per distinct key and field.
struct SurfaceKeyBuilderTests {
    /// A stand-in analyzer: the key is `term`; one key in seven is a "stop word"; the "stem" drops
    /// the last character, so several keys share a term.
    static func resolved(_ key: String) -> String? {
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash % 7 == 0 ? nil : String(key.dropLast())
    }

    static func fields(of doc: StreamingSegmentTests.Doc) -> [(FieldID, [(String, UInt32)])] {
        FieldID.allCases.map { field in (field, doc.tokens.filter { $0.field == field }.map { ($0.term, $0.position) }) }
    }

    @Test(arguments: [UInt64(0x5EED_0001), 0x5EED_0002, 0x5EED_0003])
    func surfaceKeysBuildTheSameSegmentAsTheirTerms(seed: UInt64) {
        let docs = StreamingSegmentTests.documents(seed: seed, count: 700, firstID: 1, tokensPerDoc: 60, vocabulary: 20_000)
        let memoised = SegmentBuilder()
        let plain = SegmentBuilder()
        var resolutions: [FieldID: [String: Int]] = [:]
        for doc in docs {
            memoised.beginDocument(doc.id)
            plain.beginDocument(doc.id)
            for (field, tokens) in Self.fields(of: doc) {
                memoised.addField(field, surfaceKeys: { batch in
                    for (term, position) in tokens { batch.append(term, position: position) }
                }, resolve: { key, use in
                    let text = String(decoding: key, as: UTF8.self)
                    resolutions[field, default: [:]][text, default: 0] += 1
                    guard let term = Self.resolved(text) else { return use(nil) }
                    var copy = term
                    copy.withUTF8 { use(UnsafeRawBufferPointer($0)) }
                })
                plain.addField(field) { batch in
                    for (term, position) in tokens {
                        if let resolved = Self.resolved(term) { batch.append(resolved, position: position) }
                    }
                }
            }
            memoised.endDocument()
            plain.endDocument()
        }
        #expect(memoised.encode() == plain.encode(), "seed \(seed)")
        let repeated = resolutions.values.flatMap { $0.filter { $0.value != 1 } }
        #expect(repeated.isEmpty, "seed \(seed): keys resolved more than once: \(repeated.prefix(5))")
        #expect(resolutions[.body]?.count ?? 0 > 1000, "seed \(seed): the documents should have many distinct body keys")
    }
}

/// A builder emptied with `removeAll()` after a write builds the next segment byte for byte
/// like a new builder (the ingest reuses one builder per worker).
struct BuilderReuseTests {
    @Test func anEmptiedBuilderBuildsTheSameSegmentAsANewOne() {
        let first = StreamingSegmentTests.documents(seed: 0x5EED_0010, count: 300, firstID: 1, tokensPerDoc: 40, vocabulary: 5_000)
        let second = StreamingSegmentTests.documents(seed: 0x5EED_0011, count: 200, firstID: 1_000, tokensPerDoc: 40, vocabulary: 5_000)
        let reused = StreamingSegmentTests.build(first)
        _ = reused.encode()
        reused.removeAll()
        #expect(reused.isEmpty && reused.documentCount == 0)
        for d in second {
            reused.beginDocument(d.id)
            for t in d.tokens { reused.addToken(t.term, position: t.position, field: t.field) }
            reused.endDocument()
        }
        #expect(reused.encode() == StreamingSegmentTests.build(second).encode())
    }
}
