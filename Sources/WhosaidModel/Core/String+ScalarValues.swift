extension String {
    /// The text of the scalar values `values`, any value that is no scalar read as U+FFFD: ASCII
    /// written byte by byte into the string's own storage (appending to a `UnicodeScalarView`
    /// one scalar at a time cost 1–2% of the engine on real news, where most forms are ASCII).
    init(scalarValues values: UnsafeBufferPointer<UInt32>) {
        if values.allSatisfy({ $0 < 0x80 }) {
            self.init(unsafeUninitializedCapacity: values.count) { buffer in
                for (k, v) in values.enumerated() { buffer[k] = UInt8(truncatingIfNeeded: v) }
                return values.count
            }
            return
        }
        var view = String.UnicodeScalarView()
        for v in values { view.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
        self = String(view)
    }
}
