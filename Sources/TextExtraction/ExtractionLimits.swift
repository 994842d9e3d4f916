/// Bounds that keep hostile or broken files from exhausting memory or time.
///
/// Every limit is a plain value so tests can shrink them (a 10 KiB "bomb" against a 1 MiB limit
/// exercises the same code as a 10 MiB one against the default).
///
/// Work is bounded per format: ZIP containers by the inflation limits, XML parts by depth and
/// element count, HTML and RTF by depth, PDF by pages (and, in the CLI and the server, by the
/// child process's CPU, memory and time limits). Plain text, Markdown and RTF are read in time
/// and memory linear in their size — no rescans, no recursion per nesting level, open paragraphs
/// held within ``maxTextBytes`` — so ``maxFileBytes`` bounds their work (`HostileInputTests`).
public struct ExtractionLimits: Sendable, Hashable {
    /// Largest file accepted, checked before reading. 100 MiB: municipal PDFs with scanned
    /// appendices reach 30–60 MiB; anything larger is better split before indexing.
    public var maxFileBytes: Int
    /// Largest total number of bytes inflated from one ZIP container (DOCX/ODT) for the parts we
    /// read, enforced while inflating. 256 MiB: a 1,000-page DOCX has a `document.xml` of ~20 MiB.
    public var maxUncompressedBytes: Int
    /// Largest uncompressed/compressed ratio of a ZIP member larger than
    /// ``compressionRatioFloorBytes``. 200: WordprocessingML and ODF XML compress 5–30×; a
    /// deflate bomb of zeros reaches 1,000×.
    public var maxCompressionRatio: Int
    /// Members smaller than this are exempt from the ratio check (tiny repetitive XML parts can
    /// compress very well and are harmless). 1 MiB.
    public var compressionRatioFloorBytes: Int
    /// Most entries in a ZIP central directory. 10,000: real DOCX/ODT files hold 10–500 (images
    /// included); millions of entries only make the directory scan slow.
    public var maxZIPEntries: Int
    /// Deepest element nesting accepted in XML parts and HTML, and group nesting in RTF. 128:
    /// WordprocessingML needs ~8 levels plus 3 per nested table; libxml2 itself stops at 256.
    public var maxXMLDepth: Int
    /// Most elements in one XML part. 5,000,000: a 1,000-page DOCX has ~1–2 million.
    public var maxXMLElements: Int
    /// Longest extracted text kept; longer text is cut with a warning. 64 MiB of UTF-8 is about
    /// 20,000 pages, far beyond any single municipal document.
    public var maxTextBytes: Int
    /// Most PDF pages read; later pages are skipped with a warning. 20,000 pages.
    public var maxPDFPages: Int

    /// The defaults described on each property.
    public static let `default` = ExtractionLimits()

    /// Makes limits; every parameter defaults to the value justified on its property.
    public init(
        maxFileBytes: Int = 100 * 1_048_576,
        maxUncompressedBytes: Int = 256 * 1_048_576,
        maxCompressionRatio: Int = 200,
        compressionRatioFloorBytes: Int = 1_048_576,
        maxZIPEntries: Int = 10_000,
        maxXMLDepth: Int = 128,
        maxXMLElements: Int = 5_000_000,
        maxTextBytes: Int = 64 * 1_048_576,
        maxPDFPages: Int = 20_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.compressionRatioFloorBytes = compressionRatioFloorBytes
        self.maxZIPEntries = maxZIPEntries
        self.maxXMLDepth = maxXMLDepth
        self.maxXMLElements = maxXMLElements
        self.maxTextBytes = maxTextBytes
        self.maxPDFPages = maxPDFPages
    }
}
