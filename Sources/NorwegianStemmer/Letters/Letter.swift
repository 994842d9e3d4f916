/// The ASCII letters the suffix tables spell with, as UTF-8 bytes.
enum Letter {
    static let a: UInt8 = 0x61
    static let d: UInt8 = 0x64
    static let e: UInt8 = 0x65
    static let g: UInt8 = 0x67
    static let h: UInt8 = 0x68
    static let i: UInt8 = 0x69
    static let k: UInt8 = 0x6B
    static let l: UInt8 = 0x6C
    static let m: UInt8 = 0x6D
    static let n: UInt8 = 0x6E
    static let o: UInt8 = 0x6F
    static let p: UInt8 = 0x70
    static let r: UInt8 = 0x72
    static let s: UInt8 = 0x73
    static let t: UInt8 = 0x74
    static let v: UInt8 = 0x76

    /// Lead byte of the two-byte UTF-8 sequences for U+00C0…U+00FF (æ, ø, å, ê, ò, ó, ô).
    static let latin1Lead: UInt8 = 0xC3
    /// Second byte of `ø` (U+00F8, UTF-8 C3 B8).
    static let oSlashTail: UInt8 = 0xB8
}
