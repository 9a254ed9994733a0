/// Scrolling arithmetic for lists whose items take one or more rows.
enum Viewport {
    /// The first visible item so that `cursor` is fully visible in `rows` rows, moving the
    /// current `scroll` as little as possible.
    static func scroll(keeping cursor: Int, from scroll: Int, count: Int, rows: Int, height: (Int) -> Int) -> Int {
        guard count > 0, rows > 0 else { return 0 }
        let cursor = min(max(0, cursor), count - 1)
        var top = min(max(0, scroll), count - 1)
        if cursor < top {
            top = cursor
        } else {
            // Does the cursor fit below the current top? (Only visible items are measured.)
            var used = 0
            var i = top
            while i <= cursor, used <= rows {
                used += height(i)
                i += 1
            }
            if used > rows {
                // Put the cursor on the last rows.
                top = cursor
                used = height(cursor)
                while top > 0, used + height(top - 1) <= rows {
                    top -= 1
                    used += height(top)
                }
            }
        }
        // Fill space left at the bottom by showing earlier items.
        var tail = 0
        var i = top
        while i < count, tail <= rows {
            tail += height(i)
            i += 1
        }
        while top > 0, tail + height(top - 1) <= rows {
            top -= 1
            tail += height(top)
        }
        return top
    }

    /// The item shown at `row` (0-based within the pane) when the list starts at `scroll`.
    static func item(atRow row: Int, scroll: Int, count: Int, height: (Int) -> Int) -> Int? {
        guard row >= 0 else { return nil }
        var y = 0
        var i = scroll
        while i < count {
            let h = height(i)
            if row < y + h { return i }
            y += h
            i += 1
        }
        return nil
    }

    /// The item a page away from `cursor` (`direction` +1 down, -1 up): as many items as fit in `rows`.
    static func page(from cursor: Int, direction: Int, count: Int, rows: Int, height: (Int) -> Int) -> Int {
        guard count > 0 else { return 0 }
        var i = cursor
        var used = 0
        while true {
            let next = i + direction
            guard next >= 0, next < count else { break }
            used += height(next)
            if used > rows, i != cursor { break }
            i = next
        }
        return i
    }
}
