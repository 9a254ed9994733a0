/// A bit for each position of a sequence, with the number of set bits before every 64th, so that
/// how many are set in a stretch, and the first set one from a position on, take constant and
/// logarithmic time: 1.5 bits a position, where a running 32-bit count took 32. Made by a
/// ``Builder``, a word at a time.
struct RankedBits: Sendable {
    /// Positions per word of ``words``.
    static let wordBits = 64
    /// The bits, 64 positions a word, position `i` at bit `i % 64` of word `i / 64`.
    private var words: [UInt64] = [0]
    /// `before[w]`: set bits in words `0..<w`; one entry more than ``words``, the last the total.
    private var before: [Int32] = [0, 0]
    /// The number of positions.
    private(set) var count = 0

    /// No positions.
    init() {}

    /// Builds the bits a word of 64 positions at a time: the caller gathers each word's bits
    /// in a local, and the arrays are touched once per word. Setting each bit in the arrays in
    /// place was about 1% of the engine on real news (six of these over every token of an article).
    struct Builder {
        /// The full words so far.
        private var words: [UInt64] = []
        /// `before[w]`: set bits in words `0..<w`, for each full word and the one after them.
        private var before: [Int32] = [0]
        /// The last, partial word, if one was added.
        private var partial: UInt64 = 0
        /// Set bits so far.
        private var total: Int32 = 0
        /// The number of positions so far.
        private var count = 0

        /// A builder with room for `n` positions.
        init(capacity n: Int) {
            words.reserveCapacity(n / RankedBits.wordBits + 1)
            before.reserveCapacity(n / RankedBits.wordBits + 2)
        }

        /// Adds `n` positions (at most ``RankedBits/wordBits``), the `j`-th set when bit `j` of
        /// `bits` is (the bits above `n` clear). Only the last word added may hold fewer than 64.
        mutating func append(word bits: UInt64, count n: Int) {
            precondition(count % RankedBits.wordBits == 0 && n <= RankedBits.wordBits, "only the last word may be partial")
            total += Int32(bits.nonzeroBitCount)
            count += n
            if n == RankedBits.wordBits {
                words.append(bits)
                before.append(total)
            } else {
                partial = bits
            }
        }

        /// The bits added (the builder is spent: its arrays are handed over, not copied).
        mutating func finish() -> RankedBits {
            words.append(partial)
            before.append(total)
            var bits = RankedBits()
            (bits.words, bits.before, bits.count) = (words, before, count)
            return bits
        }
    }

    /// Whether position `i` is set.
    func contains(_ i: Int) -> Bool { words[i / Self.wordBits] & (1 << UInt64(i % Self.wordBits)) != 0 }

    /// The number of set positions in `0..<i`, for `i` in `0...count`.
    func rank(_ i: Int) -> Int {
        let w = i / Self.wordBits
        let below: UInt64 = (1 << UInt64(i % Self.wordBits)) &- 1
        return Int(before[w]) + (words[w] & below).nonzeroBitCount
    }

    /// The number of set positions in `range`.
    func count(in range: Range<Int>) -> Int { rank(range.upperBound) - rank(range.lowerBound) }

    /// The last set position in `a...b` (`b` below ``count``), if any: the words read from `b`'s
    /// back, 64 positions at a time.
    func lastSet(from a: Int, through b: Int) -> Int? {
        guard a <= b, a >= 0, b < count else { return nil }
        let firstWord = a / Self.wordBits
        var w = b / Self.wordBits
        // The bits up to `b` (a shift of 64 is 0, so all of a word's bits for its last position).
        var bits = words[w] & ((1 << UInt64(b % Self.wordBits + 1)) &- 1)
        while true {
            if w == firstWord { bits &= ~((1 << UInt64(a % Self.wordBits)) &- 1) }
            if bits != 0 { return w * Self.wordBits + (Self.wordBits - 1 - bits.leadingZeroBitCount) }
            if w == firstWord { return nil }
            w -= 1
            bits = words[w]
        }
    }

    /// The first set position at or after `i`, if any.
    func firstSet(atOrAfter i: Int) -> Int? {
        guard i < count else { return nil }
        var w = i / Self.wordBits
        let here = words[w] & ~((1 << UInt64(i % Self.wordBits)) &- 1)
        if here != 0 { return w * Self.wordBits + here.trailingZeroBitCount }
        // The first later word holding a set bit: the first `w` whose `before[w + 1]` exceeds the
        // count up to the end of this word.
        let target = before[w + 1]
        guard before[words.count] > target else { return nil }
        var lo = w + 1
        var hi = words.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if before[mid + 1] > target { hi = mid } else { lo = mid + 1 }
        }
        w = lo
        return w * Self.wordBits + words[w].trailingZeroBitCount
    }
}
