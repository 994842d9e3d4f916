import Testing
@testable import SearchServer

/// The one escaping function, attacked with the usual payloads.
struct HTMLEscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"'&", "&quot;&#39;&amp;"),
        ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
        ("Æ ø å – §5-1", "Æ ø å – §5-1"),
        ("&amp;", "&amp;amp;"),
        ("", ""),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    @Test func escapedTextHasNoMarkupCharacters() {
        // Every ASCII character: after escaping, none of < > " ' remains, and & only starts an entity.
        let all = String((0..<128).map { Character(UnicodeScalar(UInt8($0))) })
        let out = HTML.escape(all)
        #expect(!out.contains("<") && !out.contains(">") && !out.contains("\"") && !out.contains("'"))
    }
}
