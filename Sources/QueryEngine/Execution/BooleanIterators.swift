internal import InvertedIndex

/// Docs matching any child; score = sum over the children on the doc, in child order.
final class UnionIterator: DocIterator {
    let children: [any DocIterator]
    @exclusivity(unchecked) private(set) var doc: UInt32

    init(_ children: [any DocIterator]) {
        self.children = children
        doc = PostingsIterator.exhausted
        doc = minimumDoc()
    }

    /// The smallest child doc (a loop, not `map().min()`: this runs per matching doc and must
    /// not allocate).
    @inline(__always)
    private func minimumDoc() -> UInt32 {
        var m = PostingsIterator.exhausted
        for c in children { m = min(m, c.doc) }
        return m
    }

    func next() -> UInt32 {
        let current = doc
        var m = PostingsIterator.exhausted
        for c in children { m = min(m, c.doc == current ? c.next() : c.doc) }
        doc = m
        return doc
    }

    func advance(to target: UInt32) -> UInt32 {
        var m = PostingsIterator.exhausted
        for c in children { m = min(m, c.doc < target ? c.advance(to: target) : c.doc) }
        doc = m
        return doc
    }

    func score() -> Double {
        var s = 0.0
        for c in children where c.doc == doc { s += c.score() }
        return s
    }

    var isCorrupted: Bool { children.contains { $0.isCorrupted } }
}

/// Docs matching every child (leapfrog: the rarest child leads); score = sum in child order.
final class ConjunctionIterator: DocIterator {
    let children: [any DocIterator]
    @exclusivity(unchecked) private(set) var doc: UInt32 = 0

    init(_ children: [any DocIterator]) {
        self.children = children
        doc = align(children.map(\.doc).max() ?? PostingsIterator.exhausted)
    }

    /// Moves every child to the first doc ≥ target that all of them contain.
    private func align(_ start: UInt32) -> UInt32 {
        var target = start
        guard !children.isEmpty else { return PostingsIterator.exhausted }
        outer: while target != PostingsIterator.exhausted {
            for c in children {
                let d = c.doc < target ? c.advance(to: target) : c.doc
                if d != target {
                    target = d
                    continue outer
                }
            }
            return target
        }
        return PostingsIterator.exhausted
    }

    func next() -> UInt32 {
        guard doc != PostingsIterator.exhausted else { return doc }
        doc = align(children[0].next())
        return doc
    }

    func advance(to target: UInt32) -> UInt32 {
        guard doc < target else { return doc }
        doc = align(children[0].advance(to: target))
        return doc
    }

    func score() -> Double {
        var s = 0.0
        for c in children { s += c.score() }
        return s
    }

    var isCorrupted: Bool { children.contains { $0.isCorrupted } }
}

/// Docs of `base` that no child of `excluded` contains; scores come from `base` alone.
final class ExclusionIterator: DocIterator {
    let base: any DocIterator
    let excluded: [any DocIterator]
    @exclusivity(unchecked) private(set) var doc: UInt32 = 0

    init(base: any DocIterator, excluded: [any DocIterator]) {
        self.base = base
        self.excluded = excluded
        doc = skipExcluded(base.doc)
    }

    private func skipExcluded(_ start: UInt32) -> UInt32 {
        var d = start
        while d != PostingsIterator.exhausted {
            var hit = false
            for e in excluded where (e.doc < d ? e.advance(to: d) : e.doc) == d {
                hit = true
                break
            }
            if !hit { return d }
            d = base.next()
        }
        return d
    }

    func next() -> UInt32 {
        doc = skipExcluded(base.next())
        return doc
    }

    func advance(to target: UInt32) -> UInt32 {
        doc = skipExcluded(base.advance(to: target))
        return doc
    }

    func score() -> Double { base.score() }
    var isCorrupted: Bool { base.isCorrupted || excluded.contains { $0.isCorrupted } }
}

/// Docs of `required`; score adds every `optional` child that is also on the doc.
final class RequiredOptionalIterator: DocIterator {
    let required: any DocIterator
    let optional: [any DocIterator]
    var doc: UInt32 { required.doc }

    init(required: any DocIterator, optional: [any DocIterator]) {
        self.required = required
        self.optional = optional
    }

    func next() -> UInt32 { required.next() }
    func advance(to target: UInt32) -> UInt32 { required.advance(to: target) }

    func score() -> Double {
        var s = required.score()
        let d = required.doc
        for o in optional where (o.doc < d ? o.advance(to: d) : o.doc) == d { s += o.score() }
        return s
    }

    var isCorrupted: Bool { required.isCorrupted || optional.contains { $0.isCorrupted } }
}

/// Matches nothing.
final class EmptyIterator: DocIterator {
    var doc: UInt32 { PostingsIterator.exhausted }
    func next() -> UInt32 { doc }
    func advance(to target: UInt32) -> UInt32 { doc }
    func score() -> Double { 0 }
    var isCorrupted: Bool { false }
}

/// Matches what `inner` matches with score 0: a filter (metadata restrictions do not rank).
final class ZeroScoreIterator: DocIterator {
    let inner: any DocIterator
    init(_ inner: any DocIterator) { self.inner = inner }
    var doc: UInt32 { inner.doc }
    func next() -> UInt32 { inner.next() }
    func advance(to target: UInt32) -> UInt32 { inner.advance(to: target) }
    func score() -> Double { 0 }
    var isCorrupted: Bool { inner.isCorrupted }
}
