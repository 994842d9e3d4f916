import Foundation

/// Collects the text of chosen elements and attributes of a metadata part (DOCX `core.xml`,
/// `app.xml`, ODF `meta.xml`): the first value of each.
final class PropertyCollector: XMLPartHandler {
    private let elements: Set<String>
    private let attributes: Set<String>
    private(set) var values: [String: String] = [:]
    private var current: String?
    private var buffer = ""

    /// Values are kept for `elements` (their text) and `attributes` (on any element).
    init(elements: Set<String>, attributes: Set<String> = []) {
        self.elements = elements
        self.attributes = attributes
    }

    func startElement(_ name: String, attributes: [String: String]) {
        for (key, value) in attributes where self.attributes.contains(key) && values[key] == nil {
            values[key] = value
        }
        if elements.contains(name), values[name] == nil {
            current = name
            buffer = ""
        }
    }

    func endElement(_ name: String) {
        guard name == current else { return }
        let trimmed = buffer.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { values[name] = trimmed }
        current = nil
    }

    func characters(_ text: String) {
        if current != nil, buffer.utf8.count < 64 * 1024 { buffer += text }
    }
}
