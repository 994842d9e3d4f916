import SearchCore

/// The Norwegian tokenizer (with its offset-preserving char filters: lower-casing and folding)
/// followed by a statically composed chain of token filters.
///
/// Deliberately not an ``AnalysisPipeline`` itself: a generic type's protocol witnesses run
/// unspecialised (generic metadata lookups and a retain/release per filter per token, measured
/// at half the analyzer's time). A concrete wrapper such as `NorwegianPipeline` conforms
/// instead, and calls these methods specialised.
///
/// One implementation, on bytes: the tokenizer hands each term over in its own buffers, the
/// filters rewrite a copy in one ``TermBuffer`` reused for the whole text, and only the `String`
/// entry points make a `String`, of the finished term.
struct TokenizerPipeline<Filter: TokenFilter>: Sendable {
    let tokenizer: NorwegianTokenizer
    let filter: Filter
    /// Capacity of the term buffer: the longest term the filters can make of the longest term
    /// the tokenizer emits.
    let termCapacity: Int

    init(tokenizer: NorwegianTokenizer, filter: Filter) {
        self.tokenizer = tokenizer
        self.filter = filter
        self.termCapacity = filter.maximumOutputBytes(forInputBytes: NorwegianTokenizer.maximumTermBytes)
    }

    /// Calls `body` for every token with its filtered term (valid only during the call), the
    /// raw token and the filters' decision.
    @inline(__always)
    func forEachFilteredToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>, RawToken, TokenFilterDecision) -> Void) {
        // Two regions (term and spare) of `termCapacity` bytes: one allocation per text, as the
        // tokenizer's own buffers make. Not `withUnsafeTemporaryAllocation`: above 1 KiB it asks
        // the runtime for the thread's stack bounds (on Linux's main thread, glibc reads
        // /proc/self/maps for them), once per text.
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * termCapacity)
        defer { memory.deallocate() }
        var term = TermBuffer(memory: memory, capacity: termCapacity)
        tokenizer.tokenize(text) { raw in
            term.assign(raw.term)
            let decision = filter.apply(to: &term, kind: raw.kind)
            body(term.bytes, raw, decision)
        }
    }

    @inline(__always)
    func forEachTerm(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        forEachFilteredToken(in: text) { term, raw, decision in
            if decision == .keep {
                body(UnsafeRawBufferPointer(term), raw.position)
            }
        }
    }

    /// Calls `body` with each token's surface key (see ``Analyzer/forEachSurfaceKey(in:_:)``
    /// and ``SurfaceKey``). No filter runs. A word's key is its term, handed over in the
    /// tokenizer's buffer without a copy; other kinds are copied to add their code.
    @inline(__always)
    func forEachSurfaceKey(in text: String, _ body: (UnsafeRawBufferPointer, UInt32) -> Void) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: NorwegianTokenizer.maximumTermBytes + SurfaceKey.suffixBytes, alignment: 1)
        defer { memory.deallocate() }
        tokenizer.tokenize(text) { raw in
            if raw.kind == .word {
                body(UnsafeRawBufferPointer(raw.term), raw.position)
            } else {
                body(SurfaceKey.write(raw.term, kind: raw.kind, into: memory), raw.position)
            }
        }
    }

    /// The filtered term of a surface key, or nil when a filter removes the token (a stop word)
    /// or the key is not one this pipeline made.
    func withIndexedTerm(forSurfaceKey key: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer?) -> Void) {
        guard let (raw, kind) = SurfaceKey.read(key), raw.count <= NorwegianTokenizer.maximumTermBytes else {
            body(nil)
            return
        }
        // On the stack (a few hundred bytes): this runs once per new word form of a segment.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * termCapacity) { memory in
            var term = TermBuffer(memory: memory, capacity: termCapacity)
            term.assign(raw)
            let decision = filter.apply(to: &term, kind: kind)
            body(decision == .keep ? UnsafeRawBufferPointer(term.bytes) : nil)
        }
    }

    @inline(__always)
    func forEachToken(in text: String, _ body: (Token) -> Void) {
        forEachFilteredToken(in: text) { term, raw, decision in
            if decision == .keep {
                body(Token(term: String(decoding: term, as: UTF8.self), position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd))
            }
        }
    }

    @inline(__always)
    func forEachAnalyzedToken(in text: String, _ body: (AnalyzedToken) -> Void) {
        forEachFilteredToken(in: text) { term, raw, decision in
            let token = Token(term: String(decoding: term, as: UTF8.self), position: raw.position, byteStart: raw.byteStart, byteEnd: raw.byteEnd)
            body(AnalyzedToken(token: token, normalized: String(decoding: raw.term, as: UTF8.self), kind: raw.kind, isStopWord: decision == .remove))
        }
    }
}
