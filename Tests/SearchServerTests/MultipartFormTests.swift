import Foundation
import Testing
@testable import SearchServer

/// The multipart/form-data parser: browsers' shapes, and malformed bodies.
struct MultipartFormTests {
    static func body(_ s: String) -> [UInt8] { Array(s.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test func parsesFieldsAndFiles() throws {
        let b = Self.body("""
            --XyZ
            Content-Disposition: form-data; name="kommune"

            Asker, Hurum
            --XyZ
            Content-Disposition: form-data; name="filer"; filename="møte.txt"
            Content-Type: text/plain

            linje 1
            linje 2
            --XyZ--

            """)
        let form = try MultipartForm(body: b, boundary: "XyZ")
        #expect(form.field("kommune") == "Asker, Hurum")
        #expect(form.files.count == 1)
        #expect(form.files[0].fileName == "møte.txt")
        #expect(String(decoding: form.files[0].data, as: UTF8.self) == "linje 1\r\nlinje 2")
    }

    @Test func prefersExtendedFileName() {
        #expect(MultipartForm.parameter("filename", in: "form-data; name=\"f\"; filename=\"a.pdf\"; filename*=UTF-8''%C3%B8k.pdf") == "øk.pdf")
        #expect(MultipartForm.parameter("name", in: "form-data; name=bare") == "bare")
        #expect(MultipartForm.parameter("filename", in: "form-data; name=\"f\"; filename=\"a\\\"b.txt\"") == "a\"b.txt")
    }

    @Test func boundaryFromContentType() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
    }

    @Test(arguments: [
        "",
        "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\nunterminated",
        "no boundary at all",
        "--XyZ\nContent-Type: text/plain\n\nno disposition\n--XyZ--",
        "--XyZgarbage",
    ])
    func rejectsMalformed(_ text: String) {
        #expect(throws: MultipartForm.ParseError.self) { try MultipartForm(body: Self.body(text), boundary: "XyZ") }
    }

    @Test func boundaryInsideContentIsNotAnEnd() throws {
        // "--XyZ" not preceded by CRLF is content.
        let b = Self.body("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\nx--XyZy\n--XyZ--")
        let form = try MultipartForm(body: b, boundary: "XyZ")
        #expect(form.field("a") == "x--XyZy")
    }
}

/// File names from uploads never escape the index or hide.
struct FileNameSanitizerTests {
    @Test(arguments: [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ola\\Møtebok 2018.pdf", "Møtebok 2018.pdf"),
        ("..", "opplasting"),
        (".hidden.txt", "hidden.txt"),
        ("a<b>|c;$(rm).docx", "a-b--c--(rm).docx"),
        ("", "opplasting"),
        ("tab\there\u{0}.txt", "tabhere.txt"),
    ])
    func sanitizes(_ raw: String, _ expected: String) {
        #expect(FileNameSanitizer.sanitize(raw) == expected)
    }

    @Test func boundsLengthAndKeepsExtension() {
        let name = FileNameSanitizer.sanitize(String(repeating: "å", count: 500) + ".pdf")
        #expect(name.count == FileNameSanitizer.maxLength)
        #expect(name.hasSuffix(".pdf"))
    }

    @Test func keyIsStem() {
        #expect(FileNameSanitizer.key(for: "sak-2018.pdf") == "sak-2018")
    }
}
