import DocumentStore
import Foundation
import Testing

@testable import SearchEngine

/// `ContentHash`: XXH64 against values from the reference library (libxxhash 0.8), at every
/// boundary of its code paths (4- and 8-byte tails, the 32-byte stripes); and hashes stored by
/// older indexes (FNV-1a) still recognise an unchanged file.
struct ContentHashTests {
    @Test func xxh64MatchesTheReferenceLibrary() {
        func h(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { XXH64.hash($0) } }
        #expect(h([]) == 0xEF46_DB37_51D8_E999)
        #expect(h(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(h(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(h(Array("123456789".utf8)) == 0x8CB8_41DB_40E6_AE83)
        #expect(h(Array("Fellesnemnda vedtok reglementet for Ørland og Bjugn kommune.".utf8)) == 0xFAFA_8168_7A92_833B)
        #expect(h(Array((0..<3).flatMap { _ in (0...255).map { UInt8($0) } }) + Array("xyz".utf8)) == 0xE921_A1B4_5BD7_79F8)
        // Prefixes of one pattern, at the lengths where the code changes path.
        let pattern = (0..<200).map { UInt8(($0 * 7 + 3) % 251) }
        let expected: [(Int, UInt64)] = [
            (1, 0x1F25_C8D0_BC1F_4BB6), (3, 0x31D2_363F_52E5_64C9), (4, 0x9BB6_4B7D_66EE_9FDA),
            (7, 0x9A7B_1499_59CE_60D8), (8, 0xDAB9_9D95_C6F9_0092), (9, 0x170B_B6BF_975B_4C02),
            (15, 0x1B47_CB82_43CC_8E32), (16, 0x4348_5023_2B78_7BE2), (31, 0xA2AA_5F33_CC4A_6119),
            (32, 0x23C3_C17E_F790_FD97), (33, 0x50A7_CFC7_BA58_8784), (63, 0xF143_8F15_B9ED_16E9),
            (64, 0x2CD9_90A1_BEED_6894), (65, 0xC763_DA59_981E_980E), (100, 0x778E_26DF_8290_F456),
            (200, 0x1852_812F_A0B2_3EF3),
        ]
        for (n, value) in expected {
            #expect(h(Array(pattern.prefix(n))) == value, "length \(n)")
        }
    }

    @Test func storedHashesOfBothFormsRecogniseAnUnchangedFile() {
        let data = Data("Reglement for folkevalgte".utf8)
        let current = ContentHash.of(data)
        #expect(current.hasPrefix("xxh64:") && current.count == 6 + 16)
        #expect(ContentHash.matches(data, current: current, stored: current))
        #expect(!ContentHash.matches(data, current: current, stored: nil))
        // FNV-1a, as indexes before XXH64 stored it: 16 hex digits.
        #expect(ContentHash.legacyFNV1a(Data()) == "cbf29ce484222325")
        #expect(ContentHash.legacyFNV1a(Data("a".utf8)) == "af63dc4c8601ec8c")
        let legacy = ContentHash.legacyFNV1a(data)
        #expect(ContentHash.matches(data, current: current, stored: legacy))
        let edited = Data("Reglement for folkevalgte.".utf8)
        #expect(!ContentHash.matches(edited, current: ContentHash.of(edited), stored: legacy))
        #expect(!ContentHash.matches(edited, current: ContentHash.of(edited), stored: current))
    }
}
