/// Splits UTF-8 text into normalised tokens with positions and byte offsets into the original.
///
/// Rules, in the order they are tried at the start of a token:
/// - URLs (`http://`, `https://`, `ftp://`, `www.`) run to white space or `<>"'`, without
///   trailing `.,;:!?` and unbalanced `)`; e-mail addresses (`local@domain.tld`). One token each,
///   lower-cased.
/// - A word unit: letters (any Unicode letter) and ASCII digits, lower-cased and folded as it is
///   read. Between two digits, `. , / : -` join (`3,5`, `12/17`, `12.03.2017`, `5-1`). A `.`
///   after one or two letters followed by one to three letters joins too (`f.eks`, `bl.a`,
///   `m.m`, `t.o.m`); such an abbreviation's final `.` is inside its byte range. A soft hyphen
///   is skipped. A hyphen between word characters splits the unit into parts: the joined form
///   (`fellesnemndmøtet`) is emitted at the first part's position, followed by each part at
///   consecutive positions.
/// - Dates: `12. mars 2017`, `12.03.2017`, `2017-03-12` take one position and emit the ISO date
///   (`2017-03-12`) and the year (`2017`) there.
/// - `§ 5-1`, `§5-1` emit `§5-1` and `5-1` at one position; after `§§`, every number of the list
///   (`§§ 12 og 13`, `§§ 12, 13 eller 14`) gets its own `§` token.
/// - A case number after a meeting prefix (`PS 12/17`, `PS12/17`; prefixes `CasePrefix.all`)
///   emits `ps12/17` and `12/17` at the number's position; the prefix word keeps its own position.
/// - A four-digit year range `2017-2020` also emits both years at its position; thousands
///   groups `1.000.000` become `1000000`.
/// Everything else (punctuation, symbols, dashes, white space) separates tokens.
struct NorwegianTokenizer: Sendable {
    let folding: CharacterFolding

    /// Longer terms are dropped (their position is still consumed). Real words are far shorter;
    /// what exceeds it is base64, hashes or broken extraction, which would only bloat the
    /// term dictionary. Lucene's StandardTokenizer uses the same limit.
    static let maximumTermBytes = 255

    func tokenize(_ text: String, _ emit: (RawToken) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes, folding: folding)
            defer { scanner.deallocate() }
            scanner.run(emit)
        }
    }
}
