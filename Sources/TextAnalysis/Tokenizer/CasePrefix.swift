/// A meeting-type prefix seen just before a case number (`PS 12/17`).
struct CasePrefix {
    /// Byte offset of the prefix word in the text.
    let byteStart: Int
    /// Byte offset just after the prefix word.
    let byteEnd: Int
    /// The prefix's first letter, lower-cased (`p` of `PS`).
    let first: UInt8
    /// The prefix's second letter, lower-cased (always `s` for the known prefixes).
    let second: UInt8

    /// Prefixes of case numbers in Norwegian municipal meeting books (ePhorte, Elements,
    /// WebSak): PS politisk sak, RS referatsak, DS delegert sak, FS formannskapssak,
    /// KS kommunestyresak, US utvalgssak. Generic words (`sak`, `saksnr`, `arkivsak`) are not
    /// prefixes: the number alone is as precise there.
    static let all: [(UInt8, UInt8)] = [
        (UInt8(ascii: "p"), UInt8(ascii: "s")), (UInt8(ascii: "r"), UInt8(ascii: "s")),
        (UInt8(ascii: "d"), UInt8(ascii: "s")), (UInt8(ascii: "f"), UInt8(ascii: "s")),
        (UInt8(ascii: "k"), UInt8(ascii: "s")), (UInt8(ascii: "u"), UInt8(ascii: "s")),
    ]

    @inline(__always)
    static func isPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        second == UInt8(ascii: "s") && all.contains { $0.0 == first }
    }

    /// At most this many bytes (spaces, a `.` or `:`) may separate the prefix from the number.
    static let maximumGap = 3
}
