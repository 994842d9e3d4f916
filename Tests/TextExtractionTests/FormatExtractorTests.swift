import Foundation
import Testing

@testable import TextExtraction

/// Small, format-specific cases beside the golden files.
struct FormatExtractorTests {
    private func extract(_ text: String, _ name: String) throws -> ExtractedDocument {
        try DocumentExtractor().extract(data: Data(text.utf8), fileName: name)
    }

    @Test func markdownMarkupIsStripped() {
        let (text, heading) = MarkdownExtractor.strip("""
        Tittel
        ======

        1. Første **punkt** med `kode` og ![bilde av rådhus](rådhus.png)
        * [x] Ferdig med ~~feil~~ rett
        Ord_med_understrek og _kursiv_ og <b>tagg</b> og <https://example.org> og \\*stjerne\\*
        ***
        """)
        #expect(heading == "Tittel")
        #expect(text.contains("Første punkt med kode og bilde av rådhus"))
        #expect(text.contains("Ferdig med feil rett"))
        #expect(text.contains("Ord_med_understrek og kursiv og tagg og https://example.org og *stjerne*"))
        #expect(!text.contains("***"))
    }

    @Test func rtfUnicodeAndHexEscapes() throws {
        let rtf = #"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\uc1 Bl\u229?b\'e6r \u-10179?\u-8704? s\'f8t\par ny}"#
        let document = try extract(rtf, "a.rtf")
        #expect(document.text == "Blåbær 😀 søt\n\nny")
        #expect(!document.text.contains("Arial"))
    }

    @Test func rtfWithAnotherCodePageWarns() throws {
        let document = try extract(#"{\rtf1\ansi\ansicpg1251 tekst}"#, "a.rtf")
        #expect(document.warnings.count == 1)
    }

    @Test func htmlWithMetaCharsetUTF8() throws {
        let html = #"<!doctype html><html><head><meta charset="utf-8"><title>Blåbær</title></head><body><p>Søt&nbsp;&amp;&#229;&eacute;</p></body></html>"#
        let document = try extract(html, "a.html")
        #expect(document.title == "Blåbær")
        #expect(document.text == "Søt &åé")
        #expect(document.warnings.isEmpty)
    }

    @Test func htmlWithoutCharsetInLatin1IsGuessed() throws {
        let html = "<html><body><p>Bl\u{E5}b\u{E6}r og s\u{F8}t</p></body></html>"
        let data = Data(html.unicodeScalars.map { UInt8($0.value) })
        let document = try DocumentExtractor().extract(data: data, fileName: "a.html")
        #expect(document.text == "Blåbær og søt")
        #expect(document.warnings.count == 1)
    }

    @Test func htmlPreKeepsLinesAndFirstHeadingIsTitleWithoutTitleElement() throws {
        let html = "<html><body><h1>Overskrift</h1><pre>linje 1\nlinje 2</pre><p>a\nb</p></body></html>"
        let document = try extract(html, "a.html")
        #expect(document.title == "Overskrift")
        #expect(document.text == "Overskrift\n\nlinje 1\nlinje 2\n\na b")
    }

    @Test func docxTextBoxesAndTablesAreText() throws {
        let xml = "<w:document \(Fixtures.wordNamespace) xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
            + "<w:p><w:r><w:t>Før</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boks</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
            + "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>Boks</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "</w:body></w:document>"
        let document = try DocumentExtractor().extract(data: try Fixtures.docx(documentXML: xml), fileName: "a.docx")
        #expect(document.text == "Boks\n\nFør\n\na b\tc")
    }

    @Test func jsonHasEveryKeyAndRoundTrips() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/prosjektplan.docx"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "title", "text", "pageOffsets", "summary", "author", "created", "modified", "pageCount", "language",
            "documentType", "municipalities", "caseNumbers", "mentionedDates", "themes", "format", "warnings",
        ])
        #expect(object["created"] as? String == "2016-02-01T09:00:00Z")
        #expect(try JSONDecoder().decode(ExtractedDocument.self, from: data) == document)

        let sparse = try encoder.encode(ExtractedDocument(text: "", format: .text))
        #expect(String(decoding: sparse, as: UTF8.self).contains(#""title":null"#))
    }

    @Test func errorJSONRoundTrips() throws {
        let error = ExtractionError.encrypted("a.pdf", format: "PDF")
        let data = try JSONEncoder().encode(error)
        let decoded = try JSONDecoder().decode(ExtractionError.self, from: data)
        #expect(decoded == error)
        #expect(decoded.code.name == "encrypted")
        #expect(ExtractionError.Code(name: "zipBomb") == .zipBomb)
    }

    @Test func isoDates() {
        #expect(ISODate.parse("2017-03-12").map(ISODate.format) == "2017-03-12T00:00:00Z")
        #expect(ISODate.parse("2017-03-12T10:15:30+01:00").map(ISODate.format) == "2017-03-12T09:15:30Z")
        #expect(ISODate.parse("2017-03-12T10:15:30.123456Z").map(ISODate.format) == "2017-03-12T10:15:30Z")
        #expect(ISODate.parse("2017-02-30") == nil)
        #expect(ISODate.parse("12.03.2017") == nil)
    }
}
