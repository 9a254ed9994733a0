/// The sentence of each block of ``TopicScan``, so that a word need not store its sentence
/// (issue 12, memory: 4 bytes a word).
///
/// Blocks never cross sentences and are numbered in text order, each sentence opening a new
/// one: a sentence's blocks are the ids from its first block up to the next sentence's first.
/// Only each sentence's first block is kept (4 bytes a sentence, not a block).
struct BlockSentences {
    /// The first block of each sentence, by sentence index; strictly increasing.
    private(set) var firstBlocks: [Int32] = []

    /// Records that sentence number `firstBlocks.count` opens with block `block`.
    mutating func openSentence(atBlock block: Int32) {
        precondition(firstBlocks.last.map { $0 < block } ?? true, "sentences open blocks in text order")
        firstBlocks.append(block)
    }

    /// The sentence of block `block` (-1 before the first sentence): the last whose first
    /// block is at most `block`. Takes log(sentences) steps; walks in text order use ``Cursor``.
    func sentence(ofBlock block: Int32) -> Int32 {
        var low = 0
        var high = firstBlocks.count
        // The first sentence opening after `block`, in `low`.
        while low < high {
            let middle = (low + high) / 2
            if firstBlocks[middle] <= block { low = middle + 1 } else { high = middle }
        }
        return Int32(low - 1)
    }

    /// Sentences of blocks asked for in non-decreasing order, in constant time per block on
    /// the whole walk.
    struct Cursor {
        private let firstBlocks: [Int32]
        private var next = 0

        init(_ sentences: BlockSentences) { firstBlocks = sentences.firstBlocks }

        /// The sentence of `block`, which is no lower than the block last asked about.
        @inline(__always) mutating func sentence(ofBlock block: Int32) -> Int32 {
            while next < firstBlocks.count && firstBlocks[next] <= block { next += 1 }
            return Int32(next - 1)
        }
    }
}
