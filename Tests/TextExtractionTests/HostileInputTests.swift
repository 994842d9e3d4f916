import Foundation
import Testing

@testable import TextExtraction

/// Attacks and damaged files: each must end in its own ``ExtractionError`` code with a
/// Norwegian message naming the file, never in a crash or unbounded memory use.
struct HostileInputTests {
    // MARK: PDF

    @Test func truncatedPDFIsCorrupt() throws {
        let pdf = try Fixtures.data("golden/protokoll.pdf")
        let error = extractionError(pdf.prefix(3000), fileName: "avkortet.pdf")
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("«avkortet.pdf»") == true)
    }

    @Test func pdfCutAnywhereFailsCleanlyOrRecovers() throws {
        let pdf = try Fixtures.data("golden/protokoll.pdf")
        for tenth in 1...9 {
            let cut = pdf.prefix(pdf.count * tenth / 10)
            if let error = extractionError(cut, fileName: "avkortet.pdf") {
                #expect(error.code == .corrupt, "cut at \(tenth)/10")
            }
        }
    }

    @Test func garbagePDFIsCorrupt() {
        let error = extractionError(Data("%PDF-1.7\nikke en pdf i det hele tatt\n".utf8), fileName: "søppel.pdf")
        #expect(error?.code == .corrupt)
    }

    @Test func encryptedPDFIsEncrypted() throws {
        let error = extractionError(try Fixtures.data("hostile/kryptert.pdf"), fileName: "kryptert.pdf")
        #expect(error?.code == .encrypted)
        #expect(error?.message.contains("passord") == true)
    }

    @Test func pdfWithoutTextLayerSucceedsWithWarningAndMetadata() throws {
        let document = try DocumentExtractor().extract(fileAt: Fixtures.url("hostile/skannet.pdf"))
        #expect(document.text.isEmpty)
        #expect(document.warnings == ["ingen tekst funnet — skannet dokument?"])
        #expect(document.title == "Skannet vedtak")
        #expect(document.author == "Arkivet")
        #expect(document.created.map(ISODate.format) == "2017-03-12T10:00:00Z")
        #expect(document.pageCount == 1)
    }

    // MARK: ZIP containers

    @Test func zipBombDeclaredTooLarge() throws {
        let text = String(repeating: "A", count: 4 * 1_048_576)
        let docx = try Fixtures.docx(paragraphs: [text])
        let limits = ExtractionLimits(maxUncompressedBytes: 1_048_576)
        let error = extractionError(docx, fileName: "bombe.docx", limits: limits)
        #expect(error?.code == .zipBomb)
        #expect(error?.message.contains("«bombe.docx»") == true)
    }

    @Test func zipBombWithExtremeCompressionRatio() throws {
        let text = String(repeating: "A", count: 2 * 1_048_576)
        let docx = try Fixtures.docx(paragraphs: [text])
        let error = extractionError(docx, fileName: "bombe.docx")
        #expect(error?.code == .zipBomb, "2 MiB of one letter deflates ~1000×, above the 200× limit")
    }

    @Test func zipBombLyingAboutItsSizeIsStoppedWhileInflating() throws {
        let error = extractionError(try Fixtures.data("hostile/bomb-lying-size.docx"), fileName: "bombe.docx")
        #expect(error?.code == .zipBomb)
        #expect(error?.message.contains("1000 byte") == true)
    }

    @Test func zipWithTooManyEntries() throws {
        let members = (0..<20).map { ("fil\($0).txt", Data("x".utf8)) }
        let data = try Fixtures.zip([("word/document.xml", Data("<w:document/>".utf8))] + members)
        let error = extractionError(data, fileName: "mange.docx", limits: ExtractionLimits(maxZIPEntries: 10))
        #expect(error?.code == .zipBomb)
    }

    @Test func truncatedDOCXIsCorrupt() throws {
        let docx = try Fixtures.data("golden/prosjektplan.docx")
        let error = extractionError(docx.prefix(docx.count / 2), fileName: "halv.docx")
        #expect(error?.code == .corrupt)
    }

    @Test func zipThatIsNeitherDOCXNorODTIsUnsupported() throws {
        let data = try Fixtures.zip([("xl/workbook.xml", Data("<workbook/>".utf8))])
        let error = extractionError(data, fileName: "regneark.xlsx")
        #expect(error?.code == .unsupportedFormat)
    }

    @Test func encryptedOfficeFileIsEncrypted() {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
        data.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(extractionError(data, fileName: "hemmelig.docx")?.code == .encrypted)
    }

    // MARK: XML inside containers

    @Test func billionLaughsInDOCXIsRefused() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [\(entities)]>"
            + "<w:document \(Fixtures.wordNamespace)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        let error = extractionError(try Fixtures.docx(documentXML: xml), fileName: "latter.docx")
        #expect(error?.code == .xmlEntities)
        #expect(error?.message.contains("word/document.xml") == true)
    }

    @Test func externalEntityInODTIsRefused() throws {
        let content = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><office:document-content><text:p>&xxe;</text:p></office:document-content>"#
        let odt = try Fixtures.zip([
            ("mimetype", Data(ODTExtractor.mimeType.utf8)), ("content.xml", Data(content.utf8)),
        ])
        #expect(extractionError(odt, fileName: "xxe.odt")?.code == .xmlEntities)
    }

    @Test func deeplyNestedXMLIsRefused() throws {
        let depth = 5_000
        let xml = "<w:document \(Fixtures.wordNamespace)><w:body>" + String(repeating: "<w:sdt>", count: depth)
            + String(repeating: "</w:sdt>", count: depth) + "</w:body></w:document>"
        let error = extractionError(try Fixtures.docx(documentXML: xml), fileName: "dyp.docx")
        #expect(error?.code == .xmlTooDeep)
    }

    @Test func tooManyXMLElementsIsRefused() throws {
        let docx = try Fixtures.docx(paragraphs: Array(repeating: "ord", count: 500))
        let error = extractionError(docx, fileName: "mange.docx", limits: ExtractionLimits(maxXMLElements: 100))
        #expect(error?.code == .xmlTooManyElements)
    }

    @Test func malformedXMLIsCorrupt() throws {
        let docx = try Fixtures.docx(documentXML: "<w:document \(Fixtures.wordNamespace)><w:body><w:p>")
        #expect(extractionError(docx, fileName: "ødelagt.docx")?.code == .corrupt)
    }

    // MARK: Files and encodings

    @Test func emptyFileIsEmpty() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("tom.txt")
        try Data().write(to: url)
        #expect(throws: ExtractionError.self) { try DocumentExtractor().extract(fileAt: url) }
        #expect(extractionError(Data(), fileName: "tom.txt")?.code == .empty)
        do {
            _ = try DocumentExtractor().extract(fileAt: url)
        } catch {
            #expect(error.code == .empty)
            #expect(error.message.contains("«tom.txt»"))
        }
    }

    @Test func binaryFileNamedTxtIsUnsupported() {
        let bytes = Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let error = extractionError(bytes, fileName: "notat.txt")
        #expect(error?.code == .unsupportedFormat)
    }

    @Test func invalidUTF8ThatIsNoPlausibleLegacyTextIsInvalidEncoding() {
        // Bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) amid symbols.
        let bytes = Data("Tekst ".utf8) + Data([0x81, 0xA4, 0x8D, 0xA6, 0x8F, 0xAC, 0x90, 0xB1, 0x9D, 0xA8]) + Data(" slutt\n".utf8)
        let error = extractionError(bytes, fileName: "rot.txt")
        #expect(error?.code == .invalidEncoding)
        #expect(error?.message.contains("UTF-8") == true)
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("stor.txt")
        try Data(repeating: 0x61, count: 4096).write(to: url)
        let extractor = DocumentExtractor(limits: ExtractionLimits(maxFileBytes: 1024))
        do {
            _ = try extractor.extract(fileAt: url)
            Issue.record("expected tooLarge")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.message.contains("«stor.txt»"))
        }
        #expect(extractionError(Data(repeating: 0x61, count: 4096), fileName: "stor.txt", limits: ExtractionLimits(maxFileBytes: 1024))?.code == .tooLarge)
    }

    @Test func directoryIsNotARegularFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try DocumentExtractor().extract(fileAt: directory)
            Issue.record("expected notRegularFile")
        } catch {
            #expect(error.code == .notRegularFile)
            #expect(error.message.contains("mappe"))
        }
    }

    @Test func symbolicLinkIsNotARegularFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("lenke.pdf")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: Fixtures.url("golden/protokoll.pdf"))
        do {
            _ = try DocumentExtractor().extract(fileAt: link)
            Issue.record("expected notRegularFile")
        } catch {
            #expect(error.code == .notRegularFile)
            #expect(error.message.contains("symbolsk lenke"))
        }
    }

    @Test func missingFileIsUnreadable() {
        do {
            _ = try DocumentExtractor().extract(fileAt: URL(fileURLWithPath: "/finnes/ikke.pdf"))
            Issue.record("expected unreadable")
        } catch {
            #expect(error.code == .unreadable)
        }
    }

    @Test func deeplyNestedRTFIsRefused() {
        let rtf = "{\\rtf1 " + String(repeating: "{", count: 1000) + "tekst" + String(repeating: "}", count: 1000) + "}"
        #expect(extractionError(Data(rtf.utf8), fileName: "dyp.rtf")?.code == .xmlTooDeep)
    }

    @Test func billionLaughsInHTMLIsNotExpanded() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let html = "<!DOCTYPE html [\(entities)]><html><body><p>&lol9;</p></body></html>"
        let document = try DocumentExtractor().extract(data: Data(html.utf8), fileName: "latter.html")
        #expect(document.text.utf8.count < 10_000, "libxml2's HTML parser never expands declared entities")
    }

    @Test func deeplyNestedHTMLDoesNotCrash() throws {
        let html = "<!doctype html><html><body>" + String(repeating: "<div>", count: 20_000) + "dypt" + "</body></html>"
        let document = try DocumentExtractor().extract(data: Data(html.utf8), fileName: "dyp.html")
        #expect(document.format == .html)
    }

    /// One ODT paragraph of 10,000 `<text:s text:c="100"/>` (20 bytes of XML each, 100 spaces
    /// of text): the open paragraph holds no more than the text limit, and the text is cut with
    /// the truncation flag, instead of a paragraph 100× the XML's size built first.
    @Test func oneHugeParagraphIsHeldWithinTheTextLimit() {
        let collector = StructuredTextCollector(vocabulary: ODTExtractor.vocabulary, limit: 1_000)
        collector.startElement("text:p", attributes: [:])
        for _ in 0..<10_000 {
            collector.startElement("text:s", attributes: ["text:c": "100"])
            collector.endElement("text:s")
        }
        #expect(collector.pendingBytes <= 1_100)
        collector.endElement("text:p")
        #expect(collector.accumulator.truncated)
    }

    /// Markdown's inline markup over long lines stays linear: 100,000 nested links (the 500 KB
    /// file that drove the server to 24 GB), unclosed brackets, and `<` without `>`.
    @Test(arguments: ["nested links", "unclosed brackets", "links without end", "lone <", "quote markers", "escaped brackets"])
    func hostileMarkdownIsExtractedInLinearTime(_ attack: String) throws {
        let line = switch attack {
        case "nested links": String(repeating: "[", count: 100_000) + "tekst" + String(repeating: "](u)", count: 100_000)
        case "unclosed brackets": String(repeating: "[", count: 100_000) + " tekst"
        case "links without end": String(repeating: "[a](", count: 50_000) + " tekst"
        case "lone <": String(repeating: "< ", count: 100_000) + "tekst"
        case "quote markers": String(repeating: "> ", count: 100_000) + "tekst"
        default: String(repeating: "\\[", count: 100_000) + " tekst"
        }
        let document = try DocumentExtractor().extract(data: Data(("# Angrep\n\n" + line + "\n").utf8), fileName: "angrep.md")
        #expect(document.format == .markdown, "\(attack)")
        #expect(document.text.contains("tekst"), "\(attack)")
    }

    @Test func textLongerThanTheLimitIsCutWithAWarning() throws {
        let text = String(repeating: "Søknad om skjønnsmidler. ", count: 1000)
        let document = try DocumentExtractor(limits: ExtractionLimits(maxTextBytes: 1000)).extract(data: Data(text.utf8), fileName: "lang.txt")
        #expect(document.text.utf8.count <= 1000)
        #expect(document.warnings.contains(TextNormalizer.truncationWarning))
    }

    // MARK: Random damage

    /// Flips random bytes in every golden fixture: extraction must succeed or throw an
    /// ExtractionError, never crash. The seed is in the failure message.
    @Test(arguments: [UInt64(20_170_312), 42, 7_777])
    func randomlyDamagedFixturesNeverCrash(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("golden").path)
            .filter { !$0.hasSuffix(".expected.txt") }.sorted()
        for name in names {
            let original = try Fixtures.data("golden/\(name)")
            for round in 0..<8 {
                var damaged = [UInt8](original)
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                do {
                    _ = try DocumentExtractor().extract(data: Data(damaged), fileName: name)
                } catch {
                    #expect(!error.message.isEmpty, "seed \(seed), \(name), round \(round)")
                }
            }
        }
    }
}
