/// A validated calendar date read from text, written out as an ISO 8601 term.
struct CalendarDate: Hashable {
    let year: Int
    let month: Int
    let day: Int

    /// Years outside this range are not dates in municipal documents but numbers
    /// (`12.03.4711` is more likely a reference than a date).
    static let plausibleYears = 1000...2999

    /// Every plausible year has four digits: the ISO form starts with them.
    static let yearDigits = 4

    /// A validated date, or nil for 31.02.2017 and the like.
    init?(year: Int, month: Int, day: Int) {
        guard Self.plausibleYears.contains(year), (1...12).contains(month), day >= 1,
            day <= Self.daysIn(month: month, year: year)
        else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses `dd.mm.yyyy` (one- or two-digit day and month) or `yyyy-mm-dd` (ISO, one- or
    /// two-digit month and day) from a number term.
    init?(numericTerm term: Slice<TermBytes>) {
        // `1.3.2017` to `2017-03-12`: anything shorter or longer is no date (and most numbers
        // stop here, before the group arrays below are made).
        guard term.count >= Self.shortestNumericDate && term.count <= Self.longestNumericDate else {
            return nil
        }
        var groups: [Int] = []
        var digits: [Int] = []
        var value = 0
        var length = 0
        var separator: UInt8? = nil
        for byte in term {
            if ASCII.isDigit(byte) {
                value = value * 10 + Int(byte - 0x30)
                length += 1
                guard length <= 4 else {
                    return nil
                }
            } else {
                guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), separator == nil || separator == byte else {
                    return nil
                }
                separator = byte
                groups.append(value)
                digits.append(length)
                value = 0
                length = 0
            }
        }
        groups.append(value)
        digits.append(length)
        guard groups.count == 3 else {
            return nil
        }
        if separator == UInt8(ascii: "."), digits[0] <= 2, digits[1] <= 2, digits[2] == 4 {
            self.init(year: groups[2], month: groups[1], day: groups[0])
        } else if separator == UInt8(ascii: "-"), digits[0] == 4, digits[1] <= 2, digits[2] <= 2 {
            self.init(year: groups[0], month: groups[1], day: groups[2])
        } else {
            return nil
        }
    }

    /// Bytes of the shortest (`1.3.2017`) and longest (`12.03.2017`, `2017-03-12`) numeric date.
    static let shortestNumericDate = 8
    static let longestNumericDate = 10

    /// `2017-03-12`.
    func appendISO(to output: inout TermBytes) {
        Self.appendDigits(year, count: Self.yearDigits, to: &output)
        output.append(UInt8(ascii: "-"))
        Self.appendDigits(month, count: 2, to: &output)
        output.append(UInt8(ascii: "-"))
        Self.appendDigits(day, count: 2, to: &output)
    }

    static func appendDigits(_ value: Int, count: Int, to output: inout TermBytes) {
        var divisor = 1
        for _ in 1..<count {
            divisor *= 10
        }
        var rest = value
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Month names and their usual abbreviations (Bokmål and Nynorsk spell them alike).
    static func month(named name: some Collection<UInt8>) -> Int? {
        for (index, names) in monthNames.enumerated() where names.contains(where: { $0.elementsEqual(name) }) {
            return index + 1
        }
        return nil
    }

    static let monthNames: [[[UInt8]]] = [
        ["januar", "jan"], ["februar", "feb"], ["mars", "mar"], ["april", "apr"], ["mai"],
        ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"],
        ["oktober", "okt"], ["november", "nov"], ["desember", "des"],
    ].map { $0.map { Array($0.utf8) } }
}
