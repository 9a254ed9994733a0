/// Appends pieces of text until a size in UTF-8 bytes is reached.
struct TextBuilder {
    /// The size to reach, in bytes.
    let target: Int
    /// The text so far.
    private(set) var text = ""
    /// Its size in bytes.
    private(set) var bytes = 0

    init(target: Int) {
        self.target = target
        text.reserveCapacity(target + 64)
    }

    /// Appends `piece`, whatever the size so far.
    mutating func append(_ piece: String) {
        text += piece
        bytes += piece.utf8.count
    }

    /// Appends `unit(n)` for n = 0, 1, 2, … until the target size is reached.
    mutating func repeatUnit(_ unit: (Int) -> String) {
        var n = 0
        while bytes < target {
            append(unit(n))
            n += 1
        }
    }
}
