/// Turning the scanned unit into tokens.
extension TokenScanner {
    /// Emits `term[range]`.
    @inline(__always)
    func emitTerm(_ range: Range<Int>, kind: TokenKind, position: UInt32, bytes byteRange: Range<Int>, _ emit: (RawToken) -> Void) {
        guard range.count <= NorwegianTokenizer.maximumTermBytes, !range.isEmpty else {
            return
        }
        emit(RawToken(term: term.buffer(range), kind: kind, position: position, byteStart: UInt32(byteRange.lowerBound), byteEnd: UInt32(byteRange.upperBound)))
    }

    /// Emits the whole of `scratch`.
    @inline(__always)
    func emitScratch(kind: TokenKind, position: UInt32, bytes byteRange: Range<Int>, _ emit: (RawToken) -> Void) {
        guard scratch.count <= NorwegianTokenizer.maximumTermBytes, !scratch.isEmpty else {
            return
        }
        emit(RawToken(term: scratch.buffer, kind: kind, position: position, byteStart: UInt32(byteRange.lowerBound), byteEnd: UInt32(byteRange.upperBound)))
    }

    /// Emits a URL or e-mail address: the original bytes with ASCII letters lower-cased.
    mutating func emitLowercasedVerbatim(_ range: Range<Int>, kind: TokenKind, _ emit: (RawToken) -> Void) {
        scratch.removeAll()
        for index in range {
            scratch.append(ASCII.lowercased(bytes[index]))
        }
        emitScratch(kind: kind, position: position, bytes: range, emit)
        position += 1
        section = .inactive
        casePrefix = nil
    }

    /// A unit with hyphens: the joined form at the first part's position, then every part.
    mutating func finishHyphenated(start: Int, end: Int, _ emit: (RawToken) -> Void) {
        let parts = parts
        let joinedKind: TokenKind = parts.contains { $0.kind == .word } ? .word : (parts.contains { $0.kind == .abbreviation } ? .abbreviation : .number)
        emitTerm(0..<term.count, kind: joinedKind, position: position, bytes: start..<end, emit)
        for (offset, part) in parts.enumerated() {
            let partPosition = position + UInt32(offset)
            let partTerm = term[part.termStart..<part.termEnd]
            if part.kind == .number && Self.isThousandsGrouping(partTerm) {
                // Read the same as the number alone (`1.000` → `1000`).
                scratch.removeAll()
                scratch.append(contentsOf: partTerm.lazy.filter { $0 != UInt8(ascii: ".") })
                emitScratch(kind: .number, position: partPosition, bytes: part.byteStart..<part.byteEnd, emit)
            } else {
                emitTerm(part.termStart..<part.termEnd, kind: part.kind, position: partPosition, bytes: part.byteStart..<part.byteEnd, emit)
            }
        }
        position += UInt32(parts.count)
        section = .inactive
        casePrefix = nil
    }

    /// A unit without hyphens: a word, an abbreviation, or a number with its special readings.
    mutating func finishSinglePart(end: Int, _ emit: (RawToken) -> Void) -> Int {
        let part = firstPart
        let prefix = casePrefix
        casePrefix = nil
        if part.kind != .abbreviation, ASCII.isDigit(term[0]) {
            switch section {
            case .single(let signStart):
                section = .inactive
                emitSectionReference(part, signStart: signStart, emit)
                position += 1
                return end
            case .list(let signStart):
                // Later numbers of a `§§` list start their range at their own digits.
                section = .list(signStart: nil)
                emitSectionReference(part, signStart: signStart ?? part.byteStart, emit)
                position += 1
                return end
            case .inactive:
                break
            }
        }
        switch part.kind {
        case .number:
            return finishNumber(part, prefix: prefix, emit)
        case .abbreviation:
            section = .inactive
            // The abbreviation's own final dot belongs to it (`f.eks.`), for highlighting.
            let byteEnd = end < bytes.count && bytes[end] == UInt8(ascii: ".") ? end + 1 : end
            emitTerm(0..<term.count, kind: .abbreviation, position: position, bytes: part.byteStart..<byteEnd, emit)
            position += 1
            return byteEnd
        default:
            finishWord(part, emit)
            return end
        }
    }

    mutating func finishWord(_ part: WordPart, _ emit: (RawToken) -> Void) {
        // No slice of `term` unless a rule needs one: a slice retains the array (~3 % of indexing).
        switch section {
        case .list where SectionState.isListConnector(term[0..<term.count]):
            break
        default:
            section = .inactive
        }
        if term.count >= 4, CasePrefix.isPrefix(term[0], term[1]), ASCII.isDigit(term[2]), term.contains(UInt8(ascii: "/")) {
            // `PS12/17`: the case number with its prefix, and the number alone.
            emitTerm(0..<term.count, kind: .caseNumber, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            emitTerm(2..<term.count, kind: .number, position: position, bytes: (part.byteStart + 2)..<part.byteEnd, emit)
        } else {
            emitTerm(0..<term.count, kind: .word, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            if let lemma = LawName.lemmaLength(term) {
                scratch.removeAll()
                scratch.append(contentsOf: term[0..<lemma])
                emitScratch(kind: .lawName, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            }
            if term.count == 2, part.byteEnd - part.byteStart == 2, CasePrefix.isPrefix(term[0], term[1]) {
                casePrefix = CasePrefix(byteStart: part.byteStart, byteEnd: part.byteEnd, first: term[0], second: term[1])
            }
        }
        position += 1
    }

    mutating func finishNumber(_ part: WordPart, prefix: CasePrefix?, _ emit: (RawToken) -> Void) -> Int {
        let number = term[0..<term.count]
        defer { position += 1 }
        if let (date, yearRange, end) = matchTextualDate(afterDay: part) {
            emitDate(date, bytes: part.byteStart..<end, yearBytes: yearRange, emit)
            return end
        }
        if let date = CalendarDate(numericTerm: number) {
            // ISO dates start with the year, Norwegian ones end with it.
            let yearRange = number.contains(UInt8(ascii: "-")) ? part.byteStart..<(part.byteStart + 4) : (part.byteEnd - 4)..<part.byteEnd
            emitDate(date, bytes: part.byteStart..<part.byteEnd, yearBytes: yearRange, emit)
            return part.byteEnd
        }
        if let prefix, number.contains(UInt8(ascii: "/")), isCaseGap(prefix.byteEnd..<part.byteStart) {
            scratch.removeAll()
            scratch.append(prefix.first)
            scratch.append(prefix.second)
            scratch.append(contentsOf: number)
            emitScratch(kind: .caseNumber, position: position, bytes: prefix.byteStart..<part.byteEnd, emit)
            emitTerm(0..<term.count, kind: .number, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            return part.byteEnd
        }
        if Self.isYearRange(number) {
            // A year range `2017-2020`: the range, and both years at its position.
            emitTerm(0..<9, kind: .number, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            emitTerm(0..<4, kind: .number, position: position, bytes: part.byteStart..<(part.byteStart + 4), emit)
            emitTerm(5..<9, kind: .number, position: position, bytes: (part.byteEnd - 4)..<part.byteEnd, emit)
            return part.byteEnd
        }
        if Self.isThousandsGrouping(number) {
            scratch.removeAll()
            scratch.append(contentsOf: number.lazy.filter { $0 != UInt8(ascii: ".") })
            emitScratch(kind: .number, position: position, bytes: part.byteStart..<part.byteEnd, emit)
            return part.byteEnd
        }
        emitTerm(0..<term.count, kind: .number, position: position, bytes: part.byteStart..<part.byteEnd, emit)
        return part.byteEnd
    }

    /// The ISO date (`2017-03-12`), then its year (`2017`, the first four bytes), at one position.
    mutating func emitDate(_ date: CalendarDate, bytes byteRange: Range<Int>, yearBytes: Range<Int>, _ emit: (RawToken) -> Void) {
        scratch.removeAll()
        date.appendISO(to: &scratch)
        emit(RawToken(term: scratch.buffer, kind: .date, position: position, byteStart: UInt32(byteRange.lowerBound), byteEnd: UInt32(byteRange.upperBound)))
        emit(RawToken(
            term: scratch.buffer(0..<CalendarDate.yearDigits), kind: .number, position: position,
            byteStart: UInt32(yearBytes.lowerBound), byteEnd: UInt32(yearBytes.upperBound)))
    }

    /// `2017-2020`: two plausible four-digit years joined by a hyphen.
    static func isYearRange(_ number: Slice<TermBytes>) -> Bool {
        guard number.count == 9, number[number.startIndex + 4] == UInt8(ascii: "-") else {
            return false
        }
        var years = [0, 0]
        for (offset, byte) in number.enumerated() where offset != 4 {
            guard ASCII.isDigit(byte) else {
                return false
            }
            years[offset / 5] = years[offset / 5] * 10 + Int(byte - 0x30)
        }
        return years.allSatisfy(CalendarDate.plausibleYears.contains)
    }

    /// Only spaces and one `.` or `:` may separate a case prefix from its number.
    func isCaseGap(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 1, gap.count <= CasePrefix.maximumGap else {
            return false
        }
        return gap.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == UInt8(ascii: ".") || bytes[$0] == UInt8(ascii: ":") }
    }

    /// `1.000.000`: one to three digits, then one or more groups of `.` and three digits.
    static func isThousandsGrouping(_ number: Slice<TermBytes>) -> Bool {
        guard let firstDot = number.firstIndex(of: UInt8(ascii: ".")) else {
            return false
        }
        let lead = firstDot - number.startIndex
        guard lead >= 1, lead <= 3, (number.endIndex - firstDot) % 4 == 0 else {
            return false
        }
        var index = firstDot
        while index < number.endIndex {
            guard number[index] == UInt8(ascii: "."), number[(index + 1)..<(index + 4)].allSatisfy(ASCII.isDigit) else {
                return false
            }
            index += 4
        }
        return true
    }

    /// `§5-1` (from the sign to the number) and `5-1`, at one position; also `§12a` and `12a`.
    mutating func emitSectionReference(_ part: WordPart, signStart: Int, _ emit: (RawToken) -> Void) {
        scratch.removeAll()
        scratch.append(0xC2)  // §
        scratch.append(0xA7)
        scratch.append(contentsOf: term[part.termStart..<part.termEnd])
        emitScratch(kind: .sectionReference, position: position, bytes: signStart..<part.byteEnd, emit)
        emitTerm(part.termStart..<part.termEnd, kind: part.kind, position: position, bytes: part.byteStart..<part.byteEnd, emit)
    }

    /// `12. mars 2017` starting at the day number `part`: the date, the year's bytes and the
    /// end of the date; nil when the text goes on otherwise.
    func matchTextualDate(afterDay part: WordPart) -> (CalendarDate, Range<Int>, Int)? {
        let digits = part.termEnd - part.termStart
        guard digits <= 2, term[part.termStart..<part.termEnd].allSatisfy(ASCII.isDigit) else {
            return nil
        }
        var day = 0
        for byte in term[part.termStart..<part.termEnd] {
            day = day * 10 + Int(byte - 0x30)
        }
        var cursor = part.byteEnd
        let hasDot = cursor < bytes.count && bytes[cursor] == UInt8(ascii: ".")
        if hasDot {
            cursor += 1
        }
        // `12. mars`, `12 mars` and `12.mars`: a dot or a space (or both) before the month.
        let monthStart = skippingSpaces(from: cursor)
        guard monthStart > cursor || hasDot else {
            return nil
        }
        var monthEnd = monthStart
        var name: [UInt8] = []
        while monthEnd < bytes.count && ASCII.isLetter(bytes[monthEnd]) && name.count < Self.longestMonthName {
            name.append(bytes[monthEnd] | 0x20)
            monthEnd += 1
        }
        guard isBoundary(at: monthEnd), let month = CalendarDate.month(named: name[...]) else {
            return nil
        }
        cursor = monthEnd
        if cursor < bytes.count && bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
        }
        let yearStart = skippingSpaces(from: cursor)
        guard yearStart > cursor, yearStart + 4 <= bytes.count else {
            return nil
        }
        var year = 0
        for index in yearStart..<(yearStart + 4) {
            guard ASCII.isDigit(bytes[index]) else {
                return nil
            }
            year = year * 10 + Int(bytes[index] - 0x30)
        }
        let yearEnd = yearStart + 4
        guard isBoundary(at: yearEnd), let date = CalendarDate(year: year, month: month, day: day) else {
            return nil
        }
        return (date, yearStart..<yearEnd, yearEnd)
    }

    /// `september`: nine letters.
    static let longestMonthName = 9
}
