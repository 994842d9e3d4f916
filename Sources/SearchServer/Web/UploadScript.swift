internal import HTTPTypes
internal import Hummingbird
internal import NIOCore

/// The upload page's progress script, served as a file so the pages' Content-Security-Policy
/// allows scripts from this origin only (`script-src 'self'`, no inline script). Without it
/// (or without JavaScript) the form posts normally.
enum UploadScript {
    static let path = "/opplasting.js"

    static let source = """
        document.getElementById('opplasting').addEventListener('submit', function (e) {
          if (!window.XMLHttpRequest || !window.FormData) return;
          e.preventDefault();
          var form = e.target, status = document.getElementById('fremdrift'), xhr = new XMLHttpRequest();
          xhr.upload.onprogress = function (p) { if (p.lengthComputable) status.textContent = 'Laster opp: ' + Math.round(100 * p.loaded / p.total) + ' %'; };
          xhr.upload.onload = function () { status.textContent = 'Indekserer …'; };
          xhr.onload = function () { document.open(); document.write(xhr.responseText); document.close(); };
          xhr.onerror = function () { status.textContent = 'Opplastingen feilet. Prøv igjen.'; };
          xhr.open('POST', form.action); xhr.send(new FormData(form));
        });
        """

    static func response() -> Response {
        var headers: HTTPFields = [.contentType: "text/javascript; charset=utf-8"]
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: source)))
    }
}
