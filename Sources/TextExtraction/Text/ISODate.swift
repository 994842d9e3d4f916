import Foundation

/// Parses and formats the ISO 8601 subset documents use, without locale-dependent formatters:
/// `2017-03-12`, `2017-03-12T10:15`, `2017-03-12T10:15:30.25Z`, `…+01:00`. A time without a
/// zone (ODF writes local time that way) is taken as UTC.
enum ISODate {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// A UTC date from components, or nil when they are out of range.
    static func make(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        return utc.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59)))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses the subset described on the type; nil for anything else.
    static func parse(_ string: String) -> Date? {
        let bytes = Array(string.trimmingCharacters(in: .whitespaces).utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + digits] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0, offsetSeconds = 0
        if index < bytes.count, bytes[index] == 0x54 || bytes[index] == 0x20 {
            index += 1
            guard let h = number(2), expect(0x3A), let m = number(2) else { return nil }
            hour = h
            minute = m
            if expect(0x3A) {
                guard let s = number(2) else { return nil }
                second = s
                if expect(0x2E) || expect(0x2C) {
                    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                }
            }
            if expect(0x5A) {
                offsetSeconds = 0
            } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
                let sign = bytes[index] == 0x2D ? -1 : 1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = expect(0x3A)
                let om = number(2) ?? 0
                offsetSeconds = sign * (oh * 3600 + om * 60)
            }
        }
        guard index == bytes.count, let date = make(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        return date.addingTimeInterval(TimeInterval(-offsetSeconds))
    }

    /// `2017-03-12T10:15:30Z`.
    static func format(_ date: Date) -> String {
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let string = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - string.count)) + string
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))Z"
    }

    /// `2017-03-12` from validated components, or nil.
    static func calendarDate(year: Int, month: Int, day: Int) -> String? {
        guard (1000...2999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
