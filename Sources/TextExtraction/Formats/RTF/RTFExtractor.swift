import Foundation

/// RTF with a tokenizer of our own: groups, control words, `\'xx` bytes in Windows-1252,
/// `\uN` Unicode escapes (with `\ucN` fallback skipping), tables as tabs and lines. Font,
/// colour and style tables, pictures, objects and ignorable destinations are skipped; the
/// `\info` group yields title, author, subject and dates.
struct RTFExtractor: TextExtractor {
    /// Destinations whose text is never document text.
    static let skippedDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "rsidtbl", "generator", "pict",
        "object", "themedata", "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "mmathPr",
        "fldinst", "filetbl", "revtbl", "pgdsctbl", "info", "nonshppict", "shp", "bkmkstart", "bkmkend",
    ]
    /// `\info` sub-groups that are read.
    static let infoFields: Set<String> = ["title", "author", "subject", "creatim", "revtim"]
    /// Control words that stand for one character.
    static let characters: [String: String] = [
        "emdash": "\u{2014}", "endash": "\u{2013}", "bullet": "\u{2022}", "lquote": "\u{2018}", "rquote": "\u{2019}",
        "ldblquote": "\u{201C}", "rdblquote": "\u{201D}", "emspace": " ", "enspace": " ", "qmspace": " ",
    ]

    private struct GroupState {
        var skip = false
        var unicodeSkip = 1
        /// The `\info` field this group collects, if any.
        var field: String?
        var inInfo = false
        var isFirstToken = true
    }

    func extract(_ data: Data, context: ExtractionContext) throws(ExtractionError) -> ExtractedContent {
        var tokenizer = RTFTokenizer([UInt8](data))
        var stack: [GroupState] = [GroupState()]
        var text = TextAccumulator(limit: context.limits.maxTextBytes)
        var fields: [String: String] = [:]
        var dateParts: [String: [String: Int]] = [:]
        var pendingSkip = 0
        var highSurrogate: UInt16?
        var warnings: [String] = []

        func emit(_ scalar: Unicode.Scalar, _ state: GroupState) {
            if let field = state.field {
                fields[field, default: ""].unicodeScalars.append(scalar)
            } else if !state.skip {
                text.append(Character(scalar))
            }
        }

        while let token = tokenizer.next() {
            var state = stack[stack.count - 1]
            defer {
                // A group's first token decides whether it is a destination; a nested group
                // start is not that token's end.
                if token != .groupStart { stack[stack.count - 1].isFirstToken = false }
            }
            if pendingSkip > 0 {
                switch token {
                case .text, .hexByte, .binary: pendingSkip -= 1; continue
                case .controlWord, .controlSymbol: pendingSkip -= 1; continue
                case .groupStart, .groupEnd: pendingSkip = 0
                }
            }
            switch token {
            case .groupStart:
                guard stack.count < context.limits.maxXMLDepth else {
                    throw .xmlTooDeep(context.fileName, part: "RTF-grupper", limit: context.limits.maxXMLDepth)
                }
                var child = state
                child.isFirstToken = true
                child.field = nil
                stack.append(child)
                continue
            case .groupEnd:
                if stack.count > 1 { stack.removeLast() }
                continue
            case .controlSymbol(let symbol):
                switch symbol {
                case 0x2A: stack[stack.count - 1].skip = true  // \* ignorable destination
                case 0x7E: emit("\u{00A0}", state)
                case 0x5F: emit("-", state)
                case 0x5C, 0x7B, 0x7D: emit(Unicode.Scalar(symbol), state)
                default: break
                }
            case .hexByte(let byte):
                if let scalar = Windows1252.scalar(byte) { emit(scalar, state) }
            case .text(let byte):
                if let scalar = Windows1252.scalar(byte) { emit(scalar, state) }
            case .binary:
                break
            case .controlWord(let word, let parameter):
                if state.isFirstToken, Self.skippedDestinations.contains(word) {
                    state.skip = true
                    state.inInfo = word == "info"
                    stack[stack.count - 1] = state
                    continue
                }
                if state.inInfo, state.isFirstToken, Self.infoFields.contains(word) {
                    stack[stack.count - 1].field = word
                    continue
                }
                if let field = state.field, field == "creatim" || field == "revtim", let parameter {
                    dateParts[field, default: [:]][word] = parameter
                    continue
                }
                switch word {
                case "par", "sect", "page": if !state.skip { text.paragraphBreak() }
                case "line": if !state.skip { text.lineBreak() }
                case "tab": emit("\t", state)
                case "cell", "nestcell": if !state.skip { text.cellBreak() }
                case "row", "nestrow": if !state.skip { text.lineBreak() }
                case "uc": stack[stack.count - 1].unicodeSkip = max(0, min(parameter ?? 1, 10))
                case "ansicpg":
                    if let parameter, ![1252, 28591, 819, 20127].contains(parameter) {
                        warnings.append("RTF-filen bruker tegntabell \(parameter); æøå kan være feil, den er lest som Windows-1252")
                    }
                case "u":
                    guard let parameter else { break }
                    let unit = UInt16(truncatingIfNeeded: parameter < 0 ? parameter + 65_536 : parameter)
                    pendingSkip = state.unicodeSkip
                    if UTF16.isLeadSurrogate(unit) {
                        highSurrogate = unit
                    } else if UTF16.isTrailSurrogate(unit), let high = highSurrogate {
                        let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                        if let scalar = Unicode.Scalar(value) { emit(scalar, state) }
                        highSurrogate = nil
                    } else if let scalar = Unicode.Scalar(UInt32(unit)) {
                        emit(scalar, state)
                        highSurrogate = nil
                    }
                default:
                    if let character = Self.characters[word] {
                        for scalar in character.unicodeScalars { emit(scalar, state) }
                    }
                }
            }
        }

        var truncated = text.truncated
        var content = ExtractedContent(text: TextNormalizer.normalize(text.text, limit: context.limits.maxTextBytes, truncated: &truncated))
        if truncated { warnings.append(TextNormalizer.truncationWarning) }
        content.warnings = warnings
        func clean(_ key: String) -> String? {
            let value = fields[key]?.trimmingCharacters(in: .whitespacesAndNewlines)
            return value?.isEmpty == false ? value : nil
        }
        content.title = clean("title")
        content.author = clean("author")
        content.summary = clean("subject")
        func date(_ key: String) -> Date? {
            guard let parts = dateParts[key], let year = parts["yr"], let month = parts["mo"], let day = parts["dy"] else { return nil }
            return ISODate.make(year: year, month: month, day: day, hour: parts["hr"] ?? 0, minute: parts["min"] ?? 0)
        }
        content.created = date("creatim")
        content.modified = date("revtim")
        return content
    }
}
