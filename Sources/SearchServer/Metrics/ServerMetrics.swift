internal import QueryEngine
public import Prometheus
internal import SearchEngine
internal import InvertedIndex

/// The server's Prometheus metrics, in a registry of its own (no global `MetricsSystem`
/// bootstrap, so several servers — or tests — can run in one process):
///
/// - `kommunesok_http_requests_total{method,route,status}` and
///   `kommunesok_http_request_duration_seconds{method,route}` (histogram), recorded by
///   `MetricsMiddleware` per route pattern (`/api/documents/{id}`, not per id);
/// - `kommunesok_documents`, `kommunesok_segments`, `kommunesok_index_bytes` (gauges, read from
///   the current snapshot at each scrape);
/// - `kommunesok_ingest_documents_total{result="success|failure"}`.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry = PrometheusCollectorRegistry()
    let ingestSucceeded: Counter
    let ingestFailed: Counter
    let documents: Gauge
    let segments: Gauge
    let indexBytes: Gauge

    /// Latency buckets: 1 ms … 10 s. Searches take milliseconds, uploads of large PDFs seconds.
    static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// Creates the metrics.
    public init() {
        ingestSucceeded = registry.makeCounter(descriptor: Self.ingest, labels: [("result", "success")])
        ingestFailed = registry.makeCounter(descriptor: Self.ingest, labels: [("result", "failure")])
        documents = registry.makeGauge(descriptor: Self.name("documents", "", "Dokumenter i indeksen (ikke slettede)."))
        segments = registry.makeGauge(descriptor: Self.name("segments", "", "Segmentfiler i indeksen."))
        indexBytes = registry.makeGauge(descriptor: Self.name("index", "bytes", "Størrelsen på segmentfilene i byte."))
    }

    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "kommunesok", metricName: metric, unitName: unit, helpText: help)
    }

    static var ingest: MetricNameDescriptor { name("ingest_documents", "total", "Dokumenter lastet opp via API-et, etter utfall.") }
    static var requests: MetricNameDescriptor { name("http_requests", "total", "HTTP-forespørsler per rute og status.") }
    static var latency: MetricNameDescriptor { name("http_request_duration", "seconds", "Svartid per rute.") }

    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(
            descriptor: Self.latency, labels: [("method", method), ("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// Updates the index gauges from `snapshot` and renders every metric in the text format.
    func render(_ snapshot: IndexSnapshot?) -> String {
        if let snapshot {
            documents.set(Double(snapshot.documentCount))
            segments.set(Double(snapshot.manifest.segments.count))
            indexBytes.set(Double(snapshot.indexSizeInBytes))
        }
        return registry.emitToString()
    }
}
