import Foundation
import Testing

@testable import TextExtraction

/// The format comes from the bytes; a disagreeing extension only adds a warning.
struct FormatDetectionTests {
    @Test(arguments: [
        ("%PDF-1.4\n", SniffedKind.pdf),
        ("junk before %PDF-1.7", .pdf),
        ("{\\rtf1\\ansi hei}", .rtf),
        ("\u{FEFF}  {\\rtf1 hei}", .rtf),
        ("<!DOCTYPE html><p>hei", .html),
        ("  <HTML lang=nb><body>hei", .html),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", .html),
        ("Vanlig tekst om <htmlkode> og annet", .text),
        ("Bare tekst med æøå", .text),
    ])
    func sniffsTextualKinds(_ input: String, _ expected: SniffedKind) {
        #expect(FormatSniffer.sniff(Data(input.utf8)) == expected)
    }

    /// HTML without `<html>`: what web editors and exporters write (`<p>…`, `<h1>…`).
    @Test(arguments: [
        ("<p>Bj&oslash;rnehiet barnehage</p>", true),
        ("\n  <h1>Reglement</h1>\n<p>Tekst</p>", true),
        ("\u{FEFF}<div class=\"sak\">Tekst</div>", true),
        ("<!-- eksportert -->\nTekst", true),
        ("<P>STORE BOKSTAVER", true),
        ("<br/>linje", true),
        ("Innledning\n<b>Vedtak</b> ble fattet.</b> Mer </p> og </li> her", true),
        ("Vanlig tekst om <htmlkode> og annet", false),
        ("<Merknad> står i vinkelparenteser", false),
        ("a < b og b > c", false),
        ("Ett sitat: </p> i en setning", false),
        ("<pre-møte>", false),
    ])
    func sniffsHTMLFragments(_ input: String, _ isHTML: Bool) {
        #expect(FormatSniffer.looksLikeHTMLFragment(Data(input.utf8)) == isHTML, "\(input)")
    }

    /// A fragment is indexed as its text: no tags, entities decoded; a Markdown file that opens
    /// with an HTML comment stays Markdown.
    @Test func htmlFragmentIsExtractedAsHTML() throws {
        let fragment = "<h1>Bj&oslash;rnehiet barnehage</h1>\n<p>Foreldrem&oslash;te &amp; dugnad</p>"
        for name in ["barnehage.txt", "barnehage", "barnehage.html"] {
            let document = try DocumentExtractor().extract(data: Data(fragment.utf8), fileName: name)
            #expect(document.format == .html, "\(name)")
            #expect(document.text.contains("Foreldremøte & dugnad"), "\(name): \(document.text)")
            #expect(!document.text.contains("<p>") && !document.text.contains("&oslash;"), "\(name)")
            #expect(document.title == "Bjørnehiet barnehage", "\(name)")
        }
        let markdown = try DocumentExtractor().extract(data: Data("<!-- utkast -->\n# Plan\n\nTekst".utf8), fileName: "plan.md")
        #expect(markdown.format == .markdown)
    }

    @Test func sniffsBinaryKinds() {
        #expect(FormatSniffer.sniff(Data()) == .empty)
        #expect(FormatSniffer.sniff(Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) == .zip)
        #expect(FormatSniffer.sniff(Data([0xFF, 0xFE, 0x41, 0x00])) == .utf16(bigEndian: false))
        #expect(FormatSniffer.sniff(Data([0xFE, 0xFF, 0x00, 0x41])) == .utf16(bigEndian: true))
        if case .binary = FormatSniffer.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])) {} else { Issue.record("PNG is binary") }
        if case .binary = FormatSniffer.sniff(Data("tekst\u{0}mer".utf8)) {} else { Issue.record("NUL makes binary") }
    }

    @Test func pdfNamedDocxIsReadAsPDFWithAWarning() throws {
        let pdf = try Fixtures.data("golden/protokoll.pdf")
        let document = try DocumentExtractor().extract(data: pdf, fileName: "protokoll.docx")
        #expect(document.format == .pdf)
        #expect(document.warnings.first == "filen heter .docx, men innholdet er PDF; den er lest som PDF")
    }

    @Test func odtNamedTxtIsReadAsODT() throws {
        let document = try DocumentExtractor().extract(data: try Fixtures.data("golden/reglement.odt"), fileName: "reglement.txt")
        #expect(document.format == .odt)
        #expect(document.warnings.count == 1)
    }

    @Test func markdownAndTextShareAFamilyWithoutWarnings() throws {
        let document = try DocumentExtractor().extract(data: Data("# Tittel\n\nTekst".utf8), fileName: "notat.txt")
        #expect(document.format == .text)
        #expect(document.warnings.isEmpty)
        let markdown = try DocumentExtractor().extract(data: Data("# Tittel\n\nTekst".utf8), fileName: "notat")
        #expect(markdown.format == .markdown)
        #expect(markdown.title == "Tittel")
    }

    @Test func utf16HTMLIsParsedAsHTML() throws {
        let html = "<!DOCTYPE html><html><head><title>Søknad</title></head><body><p>Æ ø å</p></body></html>"
        let data = Data([0xFF, 0xFE]) + Data(html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let document = try DocumentExtractor().extract(data: data, fileName: "side.html")
        #expect(document.format == .html)
        #expect(document.title == "Søknad")
        #expect(document.text == "Æ ø å")
    }

    @Test func extensionParsing() {
        #expect(FileExtension.of("Rapport.PDF") == "pdf")
        #expect(FileExtension.of(".bashrc") == nil)
        #expect(FileExtension.of("uten") == nil)
        #expect(FileExtension.claimedFormat("htm") == .html)
    }
}
