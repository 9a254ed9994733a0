import Testing
@testable import WhosaidModel

/// `containsBytes` and `hasSpace`: byte-for-byte searches that replace Foundation's
/// locale-aware `contains(_:)` in the actor builder's hot loops.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("tom and sarah aldridge", " and ", true),
        ("alexander", " and ", false),
        ("johnson & johnson", " & ", true),
        ("and", " and ", false),
        ("x", "", true),
        ("", "a", false),
        ("café société", "é s", true),
        ("ab ab abc", "abc", true),
        ("aaab", "aab", true),
    ])
    func findsExactlyTheBytes(text: String, needle: String, found: Bool) {
        #expect(text.containsBytes(needle) == found)
    }

    @Test func findsInABridgedOrSlicedString() {
        // A string whose UTF-8 is not contiguous (built from a substring's characters) still works.
        let s = String("xx Mara Lind".dropFirst(3))
        #expect(s.containsBytes("a L"))
        #expect(!s.containsBytes("Lindy"))
    }

    @Test func aSpaceMarksAMultiWordName() {
        #expect("Leon V. Sigal".hasSpace)
        #expect(!"Sigal".hasSpace)
    }
}
