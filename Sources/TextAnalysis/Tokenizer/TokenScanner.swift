/// The tokenizer's state while it walks one text's UTF-8 bytes (see ``NorwegianTokenizer``).
///
/// Reuses its buffers for every token and allocates nothing per token.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let folding: CharacterFolding
    /// The position the next token gets.
    var position: UInt32 = 0
    /// Normalised bytes of the current word unit, all parts concatenated (the joined form).
    var term = TermBytes(capacity: TokenScanner.initialTermCapacity)
    /// Built terms that are not a slice of `term` (ISO dates, `§` references, case numbers).
    var scratch = TermBytes(capacity: TokenScanner.initialTermCapacity)
    /// The unit's parts (split at hyphens): the first inline, the rest (rare) in `moreParts`,
    /// so a plain word touches no array.
    var firstPart = WordPart(termStart: 0, termEnd: 0, byteStart: 0, byteEnd: 0, kind: .word)
    var moreParts: [WordPart] = []
    var partCount = 0
    var section: SectionState = .inactive
    var casePrefix: CasePrefix? = nil

    init(bytes: UnsafeBufferPointer<UInt8>, folding: CharacterFolding) {
        self.bytes = bytes
        self.folding = folding
    }

    /// Every part of the current unit, in order (allocates: for hyphenated units only).
    var parts: [WordPart] { [firstPart] + moreParts }

    /// Bytes the term buffers start with: longer than almost every word, so they rarely grow.
    static let initialTermCapacity = 64

    /// Frees the buffers; the scanner must not be used afterwards.
    func deallocate() {
        term.deallocate()
        scratch.deallocate()
    }

    mutating func run(_ emit: (RawToken) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if ASCII.isAlphanumeric(byte) {
                    index = scanUnit(at: index, emit)
                } else {
                    noteSeparator(byte)
                    index += 1
                }
            } else {
                let (scalar, length) = decodeScalar(at: index)
                switch ScalarClass(scalar) {
                case .letter:
                    index = scanUnit(at: index, emit)
                case .section:
                    index = scanSectionSigns(at: index)
                case .space:
                    index += length
                case .mark, .softHyphen, .hyphen, .other:
                    noteSeparator(nil)
                    index += length
                }
            }
        }
    }

    /// Punctuation between tokens ends a pending `§` reference (a comma continues a `§§` list).
    @inline(__always)
    mutating func noteSeparator(_ byte: UInt8?) {
        if let byte, byte <= 0x20 {
            return
        }
        if case .list = section, byte == UInt8(ascii: ",") {
            return
        }
        section = .inactive
    }

    mutating func scanSectionSigns(at start: Int) -> Int {
        var index = start
        var signs = 0
        while index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA7 {
            signs += 1
            index += 2
        }
        section = signs >= 2 ? .list(signStart: start) : .single(signStart: start)
        return index
    }

    /// Reads the token that starts at `start` (a letter or digit) and emits it; returns the
    /// offset after it.
    mutating func scanUnit(at start: Int, _ emit: (RawToken) -> Void) -> Int {
        if mayStartURL(at: start), let end = matchURL(at: start) {
            emitLowercasedVerbatim(start..<end, kind: .url, emit)
            return end
        }
        let end = scanParts(at: start)
        if end < bytes.count && ASCII.mayContinueEmail(bytes[end]), let emailEnd = matchEmail(at: start) {
            emitLowercasedVerbatim(start..<emailEnd, kind: .email, emit)
            return emailEnd
        }
        if partCount == 1 {
            return finishSinglePart(end: end, emit)
        }
        finishHyphenated(start: start, end: end, emit)
        return end
    }

    /// Reads letters, digits and their joiners from `start` into `term` and `parts`; returns the
    /// offset after the unit.
    mutating func scanParts(at start: Int) -> Int {
        term.removeAll()
        partCount = 0
        if !moreParts.isEmpty {
            moreParts.removeAll(keepingCapacity: true)
        }
        let count = bytes.count
        var index = start
        var partByteStart = start
        var partTermStart = 0
        var hasLetter = false
        var hasDigit = false
        var hasDot = false
        var segmentLetters = 0
        var previousWasDigit = false

        @inline(__always)
        func closePart(at end: Int) {
            let kind: TokenKind = hasDot ? .abbreviation : (hasLetter ? .word : .number)
            let part = WordPart(termStart: partTermStart, termEnd: term.count, byteStart: partByteStart, byteEnd: end, kind: kind)
            if partCount == 0 {
                firstPart = part
            } else {
                moreParts.append(part)
            }
            partCount += 1
        }

        scan: while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x30 < 10 {
                    term.append(byte)
                    hasDigit = true
                    previousWasDigit = true
                    index += 1
                    continue
                }
                let lower = byte | 0x20
                if lower &- 0x61 < 26 {
                    // A run of ASCII letters, up to eight at a time: one load, a bytewise range
                    // test on the folded word (`ASCII.letterMask`), one store of the lowercased
                    // bytes; the run's length comes from the first byte that is not a letter.
                    var run = 1
                    if index + 8 <= count {
                        // Little-endian: byte k of the text is bits 8k..<8k+8 of `word`.
                        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                        let letters = ASCII.letterMask(word)
                        run = (~letters & ASCII.highBits).trailingZeroBitCount / 8
                        term.appendPrefix(of: (word | ASCII.caseBits).littleEndian, count: run)
                    } else {
                        term.append(lower)
                    }
                    hasLetter = true
                    previousWasDigit = false
                    segmentLetters += run
                    index += run
                    continue
                }
                switch byte {
                case UInt8(ascii: "-"):
                    if previousWasDigit && nextIsASCIIDigit(index + 1) {
                        term.append(byte)
                        previousWasDigit = false
                        index += 1
                    } else if startsWord(at: index + 1) {
                        closePart(at: index)
                        index += 1
                        partByteStart = index
                        partTermStart = term.count
                        hasLetter = false
                        hasDigit = false
                        hasDot = false
                        segmentLetters = 0
                        previousWasDigit = false
                    } else {
                        break scan
                    }
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: ":"):
                    if previousWasDigit && nextIsASCIIDigit(index + 1) {
                        term.append(byte)
                        previousWasDigit = false
                        index += 1
                    } else if byte == UInt8(ascii: "."), !hasDigit, segmentLetters >= 1,
                        segmentLetters <= ASCII.maximumAbbreviationLead, abbreviationSegmentFollows(at: index + 1)
                    {
                        term.append(byte)
                        hasDot = true
                        segmentLetters = 0
                        index += 1
                    } else {
                        break scan
                    }
                default:
                    break scan
                }
            } else {
                let (scalar, length) = decodeScalar(at: index)
                switch ScalarClass(scalar) {
                case .letter:
                    folding.appendLetter(scalar, to: &term)
                    hasLetter = true
                    previousWasDigit = false
                    segmentLetters += 1
                    index += length
                case .mark:
                    folding.appendMark(scalar, to: &term)
                    index += length
                case .softHyphen:
                    guard startsWord(at: index + length) else {
                        break scan
                    }
                    index += length
                case .hyphen:
                    guard startsWord(at: index + length) else {
                        break scan
                    }
                    closePart(at: index)
                    index += length
                    partByteStart = index
                    partTermStart = term.count
                    hasLetter = false
                    hasDigit = false
                    hasDot = false
                    segmentLetters = 0
                    previousWasDigit = false
                case .section, .space, .other:
                    break scan
                }
            }
        }
        closePart(at: index)
        return index
    }
}
