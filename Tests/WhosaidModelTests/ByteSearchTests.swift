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

    /// The actor builder's one-pass test for names joined by " and " or " & " answers as the two searches do.
    @Test(arguments: [
        "tom and sarah aldridge", "alexander", "johnson & johnson", "and", "", " and", " and ", "a &", "a & ", " & ",
        "sand andes", "bob andrews", "x  and y", "x &&  y", "über and ölaf", "jo & ", "ann & and",
    ])
    func joinedNamesMatchTheSearches(key: String) {
        #expect(ActorBuilder.joinsTwoNames(key) == (key.containsBytes(" and ") || key.containsBytes(" & ")))
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
