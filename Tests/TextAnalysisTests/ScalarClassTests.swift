import Testing

@testable import TextAnalysis

/// The tokenizer's fast scalar classes agree with the Unicode lookup they short-cut.
struct ScalarClassTests {
    /// The punctuation and symbol ranges classified without a lookup (`ScalarClass.init`).
    static let shortcutRanges: [ClosedRange<UInt32>] = [0x2012...0x2027, 0x2030...0x205E, 0x20A0...0x20CF]

    @Test func shortcutRangesAgreeWithTheUnicodeLookup() {
        for range in Self.shortcutRanges {
            for scalar in range {
                #expect(ScalarClass(scalar) == ScalarClass.classifyByProperties(scalar), "U+\(String(scalar, radix: 16, uppercase: true))")
            }
        }
    }

    @Test func typographicQuotesAndDashesSeparateWords() {
        let terms = Analyzer.norwegian(.init(stopWords: .none, stemming: false)).analyze("«sak»–“vedtak”…‘plan’ 5 € §").map(\.term)
        #expect(terms == ["sak", "vedtak", "plan", "5"])
    }
}

/// A surface key's kind byte reads back as the kind that wrote it.
struct SurfaceKeyLayoutTests {
    @Test func everyKindCodeReadsBackAsItsKind() {
        for kind in TokenKind.allCases {
            let term: [UInt8] = Array("ab".utf8)
            let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 8, alignment: 1)
            defer { memory.deallocate() }
            let key = term.withUnsafeBufferPointer { SurfaceKey.write($0, kind: kind, into: memory) }
            let read = SurfaceKey.read(key)
            #expect(read.map { Array($0.0) } == term && read?.1 == kind, "\(kind)")
        }
    }
}
