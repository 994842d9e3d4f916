import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part of an office document with FoundationXML's `XMLParser`, safely.
///
/// Office documents never carry a DOCTYPE, so any `<!DOCTYPE` or `<!ENTITY` is refused before
/// parsing: that rules out "billion laughs" entity expansion and external entities outright.
/// External entity resolution is switched off as well, and nesting depth and element count are
/// bounded while parsing.
enum XMLPartParser {
    static func parse(_ data: Data, part: String, handler: some XMLPartHandler, context: ExtractionContext) throws(ExtractionError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .xmlEntities(context.fileName, part: part)
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let adapter = Adapter(handler: handler, limits: context.limits)
        parser.delegate = adapter
        let succeeded = parser.parse()
        switch adapter.failure {
        case .tooDeep: throw .xmlTooDeep(context.fileName, part: part, limit: context.limits.maxXMLDepth)
        case .tooManyElements: throw .xmlTooManyElements(context.fileName, part: part, limit: context.limits.maxXMLElements)
        case nil: break
        }
        if !succeeded || adapter.depth != 0 {
            let detail = parser.parserError.map { "\(part): \($0.localizedDescription)" } ?? part
            throw .corrupt(context.fileName, format: "XML", detail: detail)
        }
    }

    private enum Failure { case tooDeep, tooManyElements }

    private final class Adapter<Handler: XMLPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        let limits: ExtractionLimits
        private(set) var depth = 0
        var elements = 0
        var failure: Failure?

        init(handler: Handler, limits: ExtractionLimits) {
            self.handler = handler
            self.limits = limits
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard failure == nil else { return }
            depth += 1
            elements += 1
            if depth > limits.maxXMLDepth {
                failure = .tooDeep
                parser.abortParsing()
                return
            }
            if elements > limits.maxXMLElements {
                failure = .tooManyElements
                parser.abortParsing()
                return
            }
            handler.startElement(elementName, attributes: attributeDict)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard failure == nil else { return }
            depth -= 1
            handler.endElement(elementName)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard failure == nil else { return }
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
