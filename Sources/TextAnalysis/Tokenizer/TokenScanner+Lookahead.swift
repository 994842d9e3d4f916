/// Reading ahead without consuming: scalar decoding and the small recognisers.
extension TokenScanner {
    /// Decodes the scalar whose first byte (not ASCII) is at `index`. Swift strings hold valid
    /// UTF-8, so the continuation bytes are there.
    @inline(__always)
    func decodeScalar(at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0xE0 {
            return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        }
        if lead < 0xF0 {
            return (((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        return (
            ((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12) | ((UInt32(bytes[index + 2]) & 0x3F) << 6)
                | (UInt32(bytes[index + 3]) & 0x3F), 4
        )
    }

    @inline(__always)
    func nextIsASCIIDigit(_ index: Int) -> Bool {
        index < bytes.count && ASCII.isDigit(bytes[index])
    }

    /// Whether a letter or digit starts at `index`.
    @inline(__always)
    func startsWord(at index: Int) -> Bool {
        guard index < bytes.count else {
            return false
        }
        let byte = bytes[index]
        if byte < 0x80 {
            return ASCII.isAlphanumeric(byte)
        }
        return ScalarClass(decodeScalar(at: index).scalar) == .letter
    }

    /// Whether 1…`maximumAbbreviationTail` letters start at `index`, followed by no letter or
    /// digit (`eks` in `f.eks.`).
    func abbreviationSegmentFollows(at index: Int) -> Bool {
        var letters = 0
        var cursor = index
        while startsWord(at: cursor) {
            let byte = bytes[cursor]
            if byte < 0x80 {
                if ASCII.isDigit(byte) {
                    return false
                }
                cursor += 1
            } else {
                cursor += decodeScalar(at: cursor).length
            }
            letters += 1
            if letters > ASCII.maximumAbbreviationTail {
                return false
            }
        }
        return letters >= 1
    }

    /// Skips ASCII white space, no-break space and narrow no-break space.
    func skippingSpaces(from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                cursor += 1
            } else if byte == 0xC2 && cursor + 1 < bytes.count && bytes[cursor + 1] == 0xA0 {
                cursor += 2
            } else if byte == 0xE2 && cursor + 2 < bytes.count && bytes[cursor + 1] == 0x80 && bytes[cursor + 2] == 0xAF {
                cursor += 3
            } else {
                break
            }
        }
        return cursor
    }

    /// Whether a URL may start at `start`: every prefix starts with `ht`, `ft` or `ww`, so
    /// almost every word is ruled out here, inlined, without a call to ``matchURL(at:)``.
    @inline(__always)
    func mayStartURL(at start: Int) -> Bool {
        let first = bytes[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "f") || first == UInt8(ascii: "w") else {
            return false
        }
        let second = start + 1 < bytes.count ? bytes[start + 1] | 0x20 : 0
        return (first == UInt8(ascii: "w") && second == UInt8(ascii: "w")) || (first != UInt8(ascii: "w") && second == UInt8(ascii: "t"))
    }

    /// The end of a URL starting at `start`, or nil.
    func matchURL(at start: Int) -> Int? {
        guard mayStartURL(at: start) else {
            return nil
        }
        var bodyStart: Int? = nil
        for prefix in Self.urlPrefixes where hasCaseInsensitivePrefix(prefix, at: start) {
            bodyStart = start + prefix.count
            break
        }
        guard let bodyStart, bodyStart < bytes.count, ASCII.isAlphanumeric(bytes[bodyStart]) else {
            return nil
        }
        var end = bodyStart
        var hasOpenParenthesis = false
        scan: while end < bytes.count {
            let byte = bytes[end]
            switch byte {
            case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"),
                UInt8(ascii: "^"), 0x7F:
                break scan
            case 0xC2 where end + 1 < bytes.count && [0xA0, 0xAB, 0xBB].contains(bytes[end + 1]):
                break scan  // no-break space, « »
            case 0xE2 where end + 2 < bytes.count && bytes[end + 1] == 0x80 && [0x98, 0x99, 0x9C, 0x9D, 0xAF].contains(bytes[end + 2]):
                break scan  // ‘ ’ “ ” and narrow no-break space
            case UInt8(ascii: "("):
                hasOpenParenthesis = true
                end += 1
            default:
                end += 1
            }
        }
        while end > bodyStart {
            let last = bytes[end - 1]
            let isTrailingPunctuation =
                last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: "]") || (last == UInt8(ascii: ")") && !hasOpenParenthesis)
            guard isTrailingPunctuation else {
                break
            }
            end -= 1
        }
        return end
    }

    static let urlPrefixes: [[UInt8]] = ["https://", "http://", "ftp://", "www."].map { Array($0.utf8) }

    func hasCaseInsensitivePrefix(_ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= bytes.count else {
            return false
        }
        for (offset, expected) in prefix.enumerated() where ASCII.lowercased(bytes[start + offset]) != expected {
            return false
        }
        return true
    }

    /// The end of an e-mail address starting at `start`, or nil. The local part is letters,
    /// digits and `. _ % + -`; the domain two or more labels, the last one of two or more
    /// ASCII letters.
    func matchEmail(at start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte < 0x80 {
                guard ASCII.isAlphanumeric(byte) || (ASCII.mayContinueEmail(byte) && byte != UInt8(ascii: "@")) else {
                    break
                }
                cursor += 1
            } else {
                let (scalar, length) = decodeScalar(at: cursor)
                guard ScalarClass(scalar) == .letter else {
                    break
                }
                cursor += length
            }
        }
        guard cursor > start, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "@"), bytes[cursor - 1] != UInt8(ascii: ".") else {
            return nil
        }
        cursor += 1
        var labels = 0
        var end = cursor
        var lastLabelIsTopLevel = false
        while true {
            let labelStart = cursor
            var allASCIILetters = true
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte < 0x80 {
                    guard ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") else {
                        break
                    }
                    allASCIILetters = allASCIILetters && ASCII.isLetter(byte)
                    cursor += 1
                } else {
                    let (scalar, length) = decodeScalar(at: cursor)
                    guard ScalarClass(scalar) == .letter else {
                        break
                    }
                    allASCIILetters = false
                    cursor += length
                }
            }
            guard cursor > labelStart else {
                break
            }
            labels += 1
            end = cursor
            lastLabelIsTopLevel = allASCIILetters && cursor - labelStart >= 2
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "."), startsWord(at: cursor + 1) else {
                break
            }
            cursor += 1
        }
        guard labels >= 2, lastLabelIsTopLevel else {
            return nil
        }
        return end
    }

    /// Whether no letter or digit starts at `index` (the end of a token).
    @inline(__always)
    func isBoundary(at index: Int) -> Bool {
        !startsWord(at: index)
    }
}
