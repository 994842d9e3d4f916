/// How the server runs: where it listens, the API token and the upload limits.
public struct ServerConfiguration: Sendable {
    /// Seconds a connection may stay idle (no request bytes) before the server closes it. 30 s:
    /// long enough for keep-alive between page loads, short enough that stalled clients do not
    /// accumulate.
    public static let idleTimeoutSeconds = 30

    /// Interface to bind. `127.0.0.1` by default: the server has no TLS, so exposing it is a
    /// deliberate choice (put a reverse proxy with TLS in front).
    public var host: String = "127.0.0.1"
    /// TCP port.
    public var port: Int = 8080
    /// Bearer token required for POST and DELETE (see `APIToken`).
    public var token: String
    /// Largest accepted file in an upload. 100 MB matches the extractor's default limit
    /// (`ExtractionLimits.maxFileBytes`): a larger file would only fail there.
    public var maxFileBytes: Int = 100 * 1_048_576
    /// Most files in one upload request. 20 keeps one request's commit short (each upload
    /// request is one commit) while allowing a meeting's documents to be sent together.
    public var maxFilesPerRequest: Int = 20
    /// Largest upload request body. Uploads are held in memory until their commit returns, so
    /// this bounds the memory one request can take: 256 MB allows two maximal files or many
    /// small ones; larger batches belong to `kommunesok index`.
    public var maxRequestBytes: Int = 256 * 1_048_576

    /// Creates a configuration with the given token and defaults for everything else.
    public init(token: String) {
        self.token = token
    }
}
