import CLibXML2
import Foundation

/// Walks a libxml2 HTML tree without recursion and collects the visible text, the title, the
/// first heading and the `<meta name=… content=…>` values.
struct HTMLTextWalker {
    /// Elements whose content is never visible text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object", "embed", "select"]
    /// Elements that end a paragraph.
    static let paragraphBlocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "fieldset", "figure",
        "figcaption", "address", "caption", "hr", "details", "summary",
    ]
    /// Elements that end a line.
    static let lineBlocks: Set<String> = ["br", "li", "tr", "dt", "dd", "option", "legend"]
    /// Elements followed by a cell separator.
    static let cells: Set<String> = ["td", "th"]
    static let headings: Set<String> = ["h1", "h2", "h3"]

    private let limits: ExtractionLimits
    private(set) var accumulator: TextAccumulator
    private(set) var title: String?
    private(set) var firstHeading: String?
    private(set) var meta: [String: String] = [:]
    private(set) var skippedDeepContent = false
    private var preDepth = 0
    private var headingBuffer: String?

    init(limits: ExtractionLimits) {
        self.limits = limits
        accumulator = TextAccumulator(limit: limits.maxTextBytes)
    }

    mutating func walk(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        var depth = 0
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.name(current)
                if name == "head" { readHead(current) }
                if Self.skipped.contains(name) {
                    break
                }
                if depth >= limits.maxXMLDepth {
                    skippedDeepContent = true
                    break
                }
                enter(name)
                if current.pointee.children != nil {
                    descend = true
                } else {
                    leave(name)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { appendText(content) }
            default:
                break
            }
            if descend, let child = current.pointee.children {
                node = child
                depth += 1
                continue
            }
            // Move to the next sibling, leaving finished ancestors on the way up.
            var climb: xmlNodePtr? = current
            node = nil
            while let up = climb {
                if up == root { break }
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climb = up.pointee.parent
                depth -= 1
                if let parent = climb, parent.pointee.type == XML_ELEMENT_NODE { leave(Self.name(parent)) }
            }
        }
    }

    private mutating func enter(_ name: String) {
        if name == "pre" { preDepth += 1 }
        if Self.headings.contains(name), firstHeading == nil, headingBuffer == nil { headingBuffer = "" }
        if Self.paragraphBlocks.contains(name) { accumulator.paragraphBreak() }
        if name == "br" { accumulator.lineBreak() }
        if name == "img" { /* alt text is not body text */ }
    }

    private mutating func leave(_ name: String) {
        if name == "pre" { preDepth = max(0, preDepth - 1) }
        if Self.headings.contains(name), let buffer = headingBuffer {
            let collapsed = buffer.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty { firstHeading = collapsed }
            headingBuffer = nil
        }
        if Self.paragraphBlocks.contains(name) {
            accumulator.paragraphBreak()
        } else if Self.lineBlocks.contains(name), name != "br" {
            accumulator.lineBreak()
        } else if Self.cells.contains(name) {
            accumulator.cellBreak()
        }
    }

    private mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        let bytes = UnsafeBufferPointer(start: content, count: length)
        let text: String
        if preDepth > 0 {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            // Outside <pre>, line ends and tabs in source text are just spaces.
            text = String(unsafeUninitializedCapacity: length) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte
                }
                return length
            }
        }
        headingBuffer? += text
        accumulator.append(text)
    }

    private mutating func readHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                switch Self.name(node) {
                case "title" where title == nil:
                    let text = Self.textContent(node).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !text.isEmpty { title = text }
                case "meta":
                    if let key = Self.attribute(node, "name")?.lowercased(), let value = Self.attribute(node, "content") {
                        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !trimmed.isEmpty, meta[key] == nil { meta[key] = trimmed }
                    }
                default:
                    break
                }
            }
            child = node.pointee.next
        }
    }

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// An attribute's value, read from the node's attribute list (no allocation to free).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The concatenated text of a node's direct text children (enough for `<title>`).
    static func textContent(_ node: xmlNodePtr) -> String {
        var value = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { value += String(cString: content) }
            child = current.pointee.next
        }
        return value
    }
}
