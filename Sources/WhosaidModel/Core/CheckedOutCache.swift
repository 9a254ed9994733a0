/// A cache shared by every document an engine reads, which a document takes out whole, uses
/// alone, and puts back: one lock hold each way rather than one per word. A document read
/// meanwhile on another thread gets a new, empty cache, and when both are back the larger is
/// kept; one grown past its limit is dropped, so memory stays bounded on any input.
final class CheckedOutCache<Value>: @unchecked Sendable {
    // Unchecked: `stored` is a LockedValue; `make` and `size` are pure functions of their input.
    private let stored = LockedValue<Value?>(nil)
    private let make: () -> Value
    private let size: (Value) -> Int
    private let limit: Int

    /// A cache made by `make` when none is stored, measured by `size`, and dropped when put back
    /// larger than `limit`.
    init(limit: Int, size: @escaping (Value) -> Int, make: @escaping () -> Value) {
        self.limit = limit
        self.size = size
        self.make = make
    }

    /// The shared cache, to use alone until ``putBack(_:)``; a new one when another document
    /// holds it (or none was put back yet).
    func take() -> Value {
        let taken = stored.withLock { stored -> Value? in
            let taken = stored
            stored = nil
            return taken
        }
        return taken ?? make()
    }

    /// Gives back a cache from ``take()``: kept unless the one there now is larger, or it grew
    /// past the limit.
    func putBack(_ returned: Value) {
        let returnedSize = size(returned)
        guard returnedSize <= limit else { return }
        stored.withLock { stored in
            if let current = stored, size(current) >= returnedSize { return }
            stored = returned
        }
    }
}
