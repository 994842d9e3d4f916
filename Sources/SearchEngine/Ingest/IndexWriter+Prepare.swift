internal import DocumentStore
internal import Foundation
internal import TextExtraction

extension IndexWriter {
    enum Prepared {
        case unchanged(Int)
        case extracted(DocumentDraft, [String])
    }

    /// Reads, hashes and extracts one item (runs on a worker, touches no shared state).
    static func prepare(_ item: IngestItem, existing hash: String?, extractor: DocumentExtractor, isolation: ExtractionIsolation = .inProcess) -> Result<Prepared, IngestFailure> {
        let data: Data
        if let d = item.data {
            guard d.count <= extractor.limits.maxFileBytes else {
                return .failure(IngestFailure("\(item.fileName): filen er for stor (\(d.count >> 20) MB; grensen er \(extractor.limits.maxFileBytes >> 20) MB)."))
            }
            data = d
        } else if let path = item.path {
            switch FileReader.read(path, maxBytes: extractor.limits.maxFileBytes) {
            case .success(let d): data = d
            case .failure(let f): return .failure(f)
            }
        } else {
            return .failure(IngestFailure("\(item.fileName): verken fil eller innhold ble gitt."))
        }
        let contentHash = ContentHash.of(data)
        if ContentHash.matches(data, current: contentHash, stored: hash) { return .success(.unchanged(data.count)) }
        if item.plainText, let text = String(validating: data, as: UTF8.self), !text.isEmpty {
            return .success(.extracted(DocumentIndexing.plainDraft(for: item, text: text, byteSize: data.count, hash: contentHash), []))
        }
        if case .childProcess(let limits) = isolation, DocumentExtractor.usesCLibrary(data) {
            return IsolatedExtraction.extract(data, item: item, limits: limits, maxFileBytes: extractor.limits.maxFileBytes).map { extracted in
                .extracted(DocumentIndexing.draft(for: item, extracted: extracted, data: data, hash: contentHash), extracted.warnings)
            }
        }
        do {
            let extracted = try extractor.extract(data: data, fileName: item.fileName)
            return .success(.extracted(DocumentIndexing.draft(for: item, extracted: extracted, data: data, hash: contentHash), extracted.warnings))
        } catch {
            let where_ = item.path ?? item.fileName
            return .failure(IngestFailure(error.message.contains(item.fileName) ? (item.path.map { "\($0): " } ?? "") + error.message : "\(where_): \(error.message)"))
        }
    }
}
