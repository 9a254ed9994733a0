import Testing
@testable import WhosaidModel

/// ``Swift/Equatable/isOne(of:_:)`` and its longer forms answer as an array literal's `contains` does.
@Suite struct IsOneTests {
    @Test func answersAsTheListsContains() {
        let words = [",", ";", ":", "and", "but", "who", "", "\u{2014}", "e\u{301}", "\u{E9}"]
        let lists: [[String]] = [[",", ":"], [",", ";", ":"], ["and", "but", "or", "&"], ["a", "an", "the", "who", "\u{2014}"],
                                 [".", "!", "?", ",", ";", "\u{E9}"]]
        for w in words {
            #expect(w.isOne(of: lists[0][0], lists[0][1]) == lists[0].contains(w), "\(w)")
            #expect(w.isOne(of: lists[1][0], lists[1][1], lists[1][2]) == lists[1].contains(w), "\(w)")
            #expect(w.isOne(of: lists[2][0], lists[2][1], lists[2][2], lists[2][3]) == lists[2].contains(w), "\(w)")
            #expect(w.isOne(of: lists[3][0], lists[3][1], lists[3][2], lists[3][3], lists[3][4]) == lists[3].contains(w), "\(w)")
            #expect(w.isOne(of: lists[4][0], lists[4][1], lists[4][2], lists[4][3], lists[4][4], lists[4][5]) == lists[4].contains(w), "\(w)")
        }
        let mark: String? = nil
        #expect(!mark.isOne(of: ".", "!"))
        #expect(Character("?").isOne(of: ".", "!", "?"))
    }
}
