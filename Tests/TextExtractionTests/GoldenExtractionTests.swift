import Foundation
import Testing

@testable import TextExtraction

/// Each committed document is extracted and compared with its reviewed `.expected.txt`, and its
/// metadata with the values written into the fixture by `scripts/fixtures`.
struct GoldenExtractionTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var format: DocumentFormat
        var title: String?
        var author: String?
        var language: DocumentLanguage?
        var documentType: DocumentType
        var municipalities: [String]
        var caseNumbers: [String]
        var dates: [String]
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "prosjektplan.docx", format: .docx, title: "Prosjektplan for ny kommune", author: "Kari Nordmann",
             language: .bokmal, documentType: .prosjektplan, municipalities: ["Sandefjord", "Andebu", "Stokke"],
             caseNumbers: ["PS 12/16"], dates: ["2016-03-12", "2017-01-01", "2016-04-01", "2016-12-31"]),
        Case(file: "reglement.odt", format: .odt, title: "Reglement for fellesnemnda for Sunnfjord kommune", author: "Ola Nordmann",
             language: .nynorsk, documentType: .reglement, municipalities: ["Sunnfjord", "Førde", "Jølster", "Gaular", "Naustdal"],
             caseNumbers: ["2017/123", "PS 5/18"], dates: ["2020-01-01", "2018-06-15"]),
        Case(file: "protokoll.pdf", format: .pdf, title: "Møteprotokoll fellesnemnda 14. september 2018", author: "Møtesekretær",
             language: .bokmal, documentType: .protokoll,
             municipalities: ["Indre Østfold"],
             caseNumbers: ["PS 23/18", "PS 24/18"], dates: ["2018-09-14", "2018-10-02"]),
        Case(file: "saksframlegg.html", format: .html, title: "Saksframlegg: Navn på ny kommune", author: "Rådmannen",
             language: nil, documentType: .sak, municipalities: ["Asker", "Røyken", "Hurum"],
             caseNumbers: ["2017/123", "17/1234", "PS 12/17"], dates: ["2020-01-01", "2017-03-12"]),
        Case(file: "saksframlegg.rtf", format: .rtf, title: "Saksframlegg om felles barnevern", author: "Per Hansen",
             language: nil, documentType: .sak, municipalities: ["Kinn", "Vågsøy"], caseNumbers: ["PS 7/19"], dates: ["2020-01-01"]),
        Case(file: "notat.md", format: .markdown, title: "Notat om felles IKT-løsning", author: nil,
             language: .bokmal, documentType: .annet, municipalities: ["Larvik", "Lardal"], caseNumbers: [], dates: ["2017-03-12"]),
        Case(file: "brev.txt", format: .text, title: "Brev til kommunane", author: nil,
             language: .nynorsk, documentType: .annet, municipalities: ["Ålesund", "Haram", "Sandøy", "Skodje", "Ørskog"],
             caseNumbers: ["19/42"], dates: ["2019-02-03"]),
        Case(file: "soknad-utf16.txt", format: .text, title: "Søknad om skjønnsmidler", author: nil,
             language: nil, documentType: .annet, municipalities: ["Holmestrand", "Hof"], caseNumbers: [], dates: ["2016-06-21"]),
    ]

    @Test(arguments: cases)
    func extractsTextAndMetadata(_ expected: Case) throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/\(expected.file)"))
        let expectedText = try String(contentsOf: Fixtures.url("golden/\(expected.file).expected.txt"), encoding: .utf8)
        #expect(document.text == expectedText)
        #expect(document.format == expected.format)
        #expect(document.title == expected.title)
        #expect(document.author == expected.author)
        #expect(document.language == expected.language)
        #expect(document.documentType == expected.documentType)
        #expect(document.municipalities == expected.municipalities)
        #expect(document.caseNumbers == expected.caseNumbers)
        #expect(document.mentionedDates == expected.dates)
    }

    @Test func docxCarriesCorePropertiesAndPageCount() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/prosjektplan.docx"))
        #expect(document.created.map(ISODate.format) == "2016-02-01T09:00:00Z")
        #expect(document.modified.map(ISODate.format) == "2016-03-14T12:30:00Z")
        #expect(document.summary == "Plan for sammenslåingen")
        #expect(document.pageCount == 2)
        #expect(!document.text.contains("SLETTET"), "deleted revisions are not text")
        #expect(!document.text.contains("PAGE"), "field instructions are not text")
        #expect(document.warnings.isEmpty)
    }

    @Test func odtSkipsTrackedDeletionsAndComments() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/reglement.odt"))
        #expect(!document.text.contains("SLETTA"))
        #expect(!document.text.contains("KOMMENTAR"))
        #expect(document.text.contains("Sunnfjord kommune\n\nReglement for fellesnemnda"), "header and footer from styles.xml")
        #expect(document.pageCount == 2)
        #expect(document.created.map(ISODate.format) == "2018-05-02T10:00:00Z")
        #expect(document.modified.map(ISODate.format) == "2018-06-01T08:00:00Z")
    }

    @Test func pdfKeepsPageOffsets() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/protokoll.pdf"))
        #expect(document.pageCount == 2)
        #expect(document.pageOffsets.count == 2)
        #expect(document.pageOffsets.first == 0)
        let utf8 = Array(document.text.utf8)
        let secondPage = String(decoding: utf8[document.pageOffsets[1]...], as: UTF8.self)
        #expect(secondPage.hasPrefix("PS 24/18 Navn på ny kommune"))
        let hit = try #require(document.text.utf8.firstRange(of: "Neste møte".utf8))
        #expect(document.page(containingByteOffset: document.text.utf8.distance(from: document.text.utf8.startIndex, to: hit.lowerBound)) == 2)
        #expect(document.page(containingByteOffset: 0) == 1)
    }

    @Test func htmlHonoursDeclaredLatin1AndHidesInvisibleContent() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/saksframlegg.html"))
        for hidden in ["hemmelig", "font-family", "JavaScript", "Mal som ikke"] {
            #expect(!document.text.contains(hidden), "\(hidden) must not be visible text")
        }
        #expect(document.summary == "Saksframlegg om navnet på den nye kommunen")
        #expect(document.created.map(ISODate.format) == "2017-03-12T00:00:00Z")
        #expect(document.warnings.isEmpty)
    }

    @Test func rtfReadsInfoDates() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/saksframlegg.rtf"))
        #expect(document.created.map(ISODate.format) == "2019-01-15T09:30:00Z")
        #expect(document.modified.map(ISODate.format) == "2019-02-01T14:00:00Z")
        #expect(!document.text.contains("Arial"))
        #expect(!document.text.contains("89504e"))
    }

    @Test func windows1252TextIsDecodedWithAWarning() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("golden/brev.txt"))
        #expect(document.text.contains("Kåre Ærlig Øvrebø"))
        #expect(document.text.contains("1 500 € – «godkjend»"))
        #expect(document.warnings.contains { $0.contains("Windows-1252") })
    }
}
