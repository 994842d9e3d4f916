import CSQLite
import Synchronization

/// Read-only connections for `DocumentStore.read`, opened on demand and kept for reuse.
///
/// A reader is checked out exclusively for one `read` call, so any number of reads run in
/// parallel; the pool never blocks, it opens another connection when all are busy.
final class ReaderPool: Sendable {
    /// How many idle readers are kept open. Each holds its own page cache (SQLite's default
    /// 2 MB), so idle ones cost memory; four covers a small server on a few cores, and bursts
    /// beyond it open extra connections that are closed when returned.
    static let maximumIdle = 4

    private struct State {
        var idle: [Connection] = []
        var isClosed = false
    }

    private let path: String
    private let state = Mutex(State())

    init(path: String) {
        self.path = path
    }

    func checkOut() throws(DocumentStoreError) -> Connection {
        let reused: Connection?? = state.withLock { state in
            state.isClosed ? .none : .some(state.idle.popLast())
        }
        guard let reused else { throw DocumentStore.closedError(path: path) }
        if let reused { return reused }
        return try Connection(path: path, readOnly: true)
    }

    /// Returns a reader to the pool, or closes it when the pool is full, closed, or the
    /// connection was left inside a transaction.
    func checkIn(_ connection: Connection) {
        let keep = sqlite3_get_autocommit(connection.handle) != 0
        let surplus: Connection? = state.withLock { state in
            guard keep, !state.isClosed, state.idle.count < Self.maximumIdle else { return connection }
            state.idle.append(connection)
            return nil
        }
        surplus?.close()
    }

    /// Closes idle readers; readers still checked out are closed when they come back.
    func close() {
        let idle = state.withLock { state in
            state.isClosed = true
            defer { state.idle.removeAll() }
            return state.idle
        }
        for connection in idle { connection.close() }
    }
}
