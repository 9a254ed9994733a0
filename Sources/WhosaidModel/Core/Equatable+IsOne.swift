/// `x.isOne(of: a, b, c)`: whether `x` equals one of a few values, compared in turn.
///
/// The rules' word tests were array literals (`[",", ";", ":"].contains(t.lower)`): each call
/// built the array, on the stack or the heap, and destroyed it again with the runtime's generic
/// array destroy, a hundred-odd instructions before the first comparison (some 30 M
/// instructions on PolNeAR train). These compare the same values with the same `==`, in the
/// same order, and build nothing.
extension Equatable {
    @inline(__always) func isOne(of a: Self, _ b: Self) -> Bool { self == a || self == b }
    @inline(__always) func isOne(of a: Self, _ b: Self, _ c: Self) -> Bool { self == a || self == b || self == c }
    @inline(__always) func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self) -> Bool {
        self == a || self == b || self == c || self == d
    }
    @inline(__always) func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self) -> Bool {
        self == a || self == b || self == c || self == d || self == e
    }
    @inline(__always) func isOne(of a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self) -> Bool {
        self == a || self == b || self == c || self == d || self == e || self == f
    }
}
