/// Counts the work of one search and tells the collection loops when its time is up.
///
/// A unit is one dictionary entry scanned while expanding, or one clause looked at for one
/// candidate document (a step of block-max WAND over its active clauses, or one document of
/// the general iterators). The clock is read only every
/// `checkInterval` units, so the check costs nothing measurable; the count itself is
/// deterministic, which is what the tests look at.
struct WorkMeter {
    /// Units between two readings of the clock. 65,536 units take well under a millisecond, so
    /// a query stops within about a millisecond of its deadline.
    static let checkInterval = 65_536

    /// The search's time limit (nil: none).
    let timeLimit: Duration?
    private let deadline: ContinuousClock.Instant?
    private let checkInterval: Int
    /// Units counted so far.
    private(set) var units = 0
    /// Clock readings so far.
    private(set) var checks = 0
    private var nextCheck: Int
    /// Set once the deadline has passed; the loops stop at the next step.
    private(set) var isExhausted = false

    /// A meter whose deadline is `timeLimit` from now; tests shrink `checkInterval`.
    init(timeLimit: Duration?, checkInterval: Int = WorkMeter.checkInterval) {
        self.timeLimit = timeLimit
        deadline = timeLimit.map { ContinuousClock.now + $0 }
        self.checkInterval = checkInterval
        nextCheck = checkInterval
    }

    /// Adds `count` units; true while the search may go on.
    mutating func charge(_ count: Int) -> Bool {
        units &+= count
        guard units >= nextCheck else { return true }
        nextCheck = units + checkInterval
        checks += 1
        if let deadline, ContinuousClock.now >= deadline { isExhausted = true }
        return !isExhausted
    }

    /// The error for a search stopped by this meter.
    var timedOut: QueryError { .timedOut(timeLimit ?? .zero) }
}
