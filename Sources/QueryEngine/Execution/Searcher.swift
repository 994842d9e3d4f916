public import InvertedIndex
public import SearchCore

/// One segment as a search sees it: the immutable reader and the deletions of the snapshot.
public struct SegmentView: Sendable {
    public let reader: SegmentReader
    public let deletions: DeletionSet?
    public init(reader: SegmentReader, deletions: DeletionSet?) {
        self.reader = reader
        self.deletions = deletions
    }
}

/// The best hits of a search and how many docs matched.
public struct SearchResults: Sendable {
    /// Best first; already offset (paging) applied.
    public var hits: [ScoredDocument]
    /// Matching docs counted.
    public var totalHits: Int
    /// False when dynamic pruning skipped docs: `totalHits` is then a lower bound.
    public var totalIsExact: Bool
    /// What the user should know about how the query ran, in Norwegian (e.g. a prefix that
    /// matched too many words and was truncated). Empty for most queries.
    public var notes: [String] = []
}

/// Runs queries over a consistent set of segments (a snapshot). Immutable and Sendable: any
/// number of threads may search the same snapshot at once.
public struct Searcher: Sendable {
    public let segments: [SegmentView]
    public let parameters: BM25Parameters
    public let weights: FieldWeights
    public let statistics: CollectionStatistics
    /// Splits `.compound` query words into parts (nil: compounds are searched whole).
    public let decompounder: Decompounder?
    /// The budget of every search (expansions, postings, time).
    public let limits: QueryLimits

    public init(
        segments: [SegmentView], parameters: BM25Parameters = .standard, weights: FieldWeights = .standard,
        decompounder: Decompounder? = nil, limits: QueryLimits = .standard
    ) {
        self.segments = segments
        self.parameters = parameters
        self.weights = weights
        self.decompounder = decompounder
        self.limits = limits
        statistics = CollectionStatistics(segments: segments.map(\.reader))
    }

    public func weight(_ field: FieldID) -> Double {
        switch field {
        case .title: weights.title
        case .body: weights.body
        case .metadata: 0
        }
    }

    /// Docs containing `term` in `field` across all segments (deleted included, see BM25Parameters).
    public func documentFrequency(_ field: FieldID, _ term: String) throws(QueryError) -> Int {
        var df = 0
        for s in segments {
            do { df += try s.reader.documentFrequency(field, term) } catch { throw Self.indexError(error) }
        }
        return df
    }

    static func indexError(_ e: IndexError) -> QueryError {
        QueryError(.index, message: e.message)
    }

    func termScorer(_ field: FieldID, idf: Double, boost: Double = 1) -> TermScorer {
        TermScorer(parameters: parameters, fieldWeight: weight(field) * boost, idf: idf, averageLength: statistics.averageLength(field))
    }

    func idf(documentFrequency df: Int) -> Double {
        parameters.idf(documentFrequency: df, documentCount: statistics.documentCount)
    }

    /// The top `limit` hits after skipping `offset`, best first. Throws `.tooExpensive` or
    /// `.timedOut` when the query exceeds `limits`.
    public func search(_ query: Query, limit: Int, offset: Int = 0, counting: HitCounting = .standard) throws(QueryError) -> SearchResults {
        var meter = WorkMeter(timeLimit: limits.timeLimit)
        return try search(query, limit: limit, offset: offset, counting: counting, meter: &meter)
    }

    /// `search` with the work meter given, so tests can read the work counted.
    func search(
        _ query: Query, limit: Int, offset: Int, counting: HitCounting, meter: inout WorkMeter
    ) throws(QueryError) -> SearchResults {
        var collector = TopKCollector(k: max(0, limit) + max(0, offset), counting: counting)
        var notes: [String] = []
        let plan = try QueryPlan(query: try rewritingCompounds(query), searcher: self, meter: &meter)
        notes = plan.notes
        if let parts = plan.root.disjunctionParts {
            // Pure disjunctions — plain words, and prefix/fuzzy expansions — take block-max WAND.
            try searchDisjunction(parts, handles: plan.handles, into: &collector, meter: &meter)
        } else {
            for (segment, view) in segments.enumerated() {
                var ordinal = 0
                let it = try plan.iterator(for: view.reader, segment: segment, ordinal: &ordinal)
                var d = it.doc
                while d != PostingsIterator.exhausted, meter.charge(1) {
                    if view.deletions?.contains(d) != true {
                        collector.collect(view.reader.documentID(d), it.score())
                    }
                    d = it.next()
                }
                if it.isCorrupted { throw QueryError(.index, message: IndexError.corrupted(view.reader.name, "postinger kan ikke leses").message) }
                if meter.isExhausted { break }
            }
        }
        if meter.isExhausted { throw meter.timedOut }
        let all = collector.results()
        return SearchResults(
            hits: Array(all.dropFirst(max(0, offset))), totalHits: collector.totalHits, totalIsExact: collector.isCountExact,
            notes: notes)
    }

    private func searchDisjunction(
        _ parts: [(field: FieldID, term: String, scorer: TermScorer)], handles: TermHandles, into collector: inout TopKCollector,
        meter: inout WorkMeter
    ) throws(QueryError) {
        // Scorers come resolved from the plan (collection-wide statistics); ordinal = canonical
        // order, the same the generic iterators sum in.
        let specs = parts.enumerated().map { (term: $1.term, field: $1.field, scorer: $1.scorer, ordinal: $0) }
        for (segment, view) in segments.enumerated() {
            var clauses: [TermClause] = []
            for s in specs {
                guard let postings = try handles.postings(s.field, s.term, view.reader, segment) else { continue }
                clauses.append(TermClause(postings: postings, scorer: s.scorer, ordinal: s.ordinal))
            }
            BlockMaxWAND.run(clauses, segment: view.reader, deletions: view.deletions, collector: &collector, meter: &meter)
            if clauses.contains(where: \.isCorrupted) {
                throw QueryError(.index, message: IndexError.corrupted(view.reader.name, "postinger kan ikke leses").message)
            }
            if meter.isExhausted { return }
        }
    }
}
