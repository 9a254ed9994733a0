import Foundation

/// Work on many items spread over threads, with the results taken in item order.
enum OrderedParallel {
    /// Runs `work` on each index of `0..<count` on `jobs` threads and hands each result to `body`
    /// on the calling thread, in index order, as soon as it and those before it are done. At most
    /// `window` items are being worked on or waiting for `body` at once, so memory stays bounded
    /// by that many results whatever `count` is. When `body` throws, no new item is started; the
    /// threads finish their current item and the error is rethrown.
    static func forEach<Result: Sendable>(
        count: Int, jobs: Int, window: Int,
        work: @escaping @Sendable (Int) -> Result,
        body: (Result) throws -> Void
    ) throws {
        let state = OrderedResults<Result>(window: max(window, jobs))
        let finished = DispatchGroup()
        for _ in 0..<min(max(jobs, 1), count) {
            finished.enter()
            let thread = Thread {
                while let index = state.claim(below: count) {
                    state.store(work(index), at: index)
                }
                finished.leave()
            }
            // The main thread's stack, where the work ran before it ran here.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            state.stop()
            finished.wait()
        }
        for index in 0..<count {
            try body(state.take(index))
        }
    }
}

/// The shared state of ``OrderedParallel/forEach(count:jobs:window:work:body:)``: which item is
/// next, and the results not yet taken.
private final class OrderedResults<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var results: [Int: Result] = [:]

    init(window: Int) { self.window = window }

    /// The next index to work on, once the window has room; nil when all are claimed or the
    /// work was stopped.
    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < count, next - taken >= window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: Result, at index: Int) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index`, once it is there.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    /// No item is started after this.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
