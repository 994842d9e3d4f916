import Foundation

/// Fixed-width number formatting for the result tables.
package enum Format {
    /// `value` with `decimals` decimals, right-aligned in `width` characters.
    package static func number(_ value: Double, _ width: Int, _ decimals: Int) -> String {
        pad(String(format: "%.\(decimals)f", value), width)
    }

    /// An integer with thousands separators (`13,690,058`), right-aligned in `width`.
    package static func count(_ value: Int, _ width: Int = 0) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return pad((value < 0 ? "-" : "") + grouped, width)
    }

    /// `text` left-aligned in `width` characters.
    package static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` right-aligned in `width` characters.
    package static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
