/// A small, fast generator with a fixed sequence for each seed (Vigna's SplitMix64), for test
/// and benchmark inputs that are the same on every run and platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The state; any value is a valid seed.
    public var state: UInt64

    /// A generator seeded with `state`.
    public init(state: UInt64) { self.state = state }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
