import Foundation

/// A value shared between threads behind a `pthread` mutex (`NSLock`). The engine's shared caches
/// use it rather than `Synchronization.Mutex`, whose futex-based lock ThreadSanitizer does not
/// see on Linux: with it, `swift test --sanitize=thread` reports every cache access as a race and
/// hides real ones.
final class LockedValue<Value>: @unchecked Sendable {
    // Unchecked: `value` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var value: Value

    /// A lock around `value`.
    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value with the lock held, and returns what it returns.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
