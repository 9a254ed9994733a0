import Foundation
import Testing
@testable import WhosaidTerminal

@Suite struct TerminalCheckTests {
    @Test func terminalsThatCannotDrawAreRefusedInOneLinePointingToExtract() throws {
        for term in ["dumb", "no-such-terminal-xyz", "", nil] as [String?] {
            let message = try #require(TerminalCheck.refusal(term: term, file: "a.txt"), "\(term ?? "nil") accepted")
            #expect(message.contains("`whosaid extract a.txt`"))
            #expect(!message.contains("\n"))
        }
        #expect(TerminalCheck.refusal(term: "dumb", file: nil)?.contains("cannot move the cursor") == true)
        #expect(TerminalCheck.refusal(term: "no-such-terminal-xyz", file: nil)?.contains("not known") == true)
    }

    @Test func ordinaryTerminalsAreAccepted() {
        for term in ["xterm-256color", "tmux-256color", "screen", "vt100", "linux"] {
            #expect(TerminalCheck.refusal(term: term, file: nil) == nil, "\(term) refused")
        }
    }

    /// Checks on several threads at once, as the parallel tests make them: curses' terminal is
    /// one global, and unserialised checks freed it twice (the whole test process aborted with
    /// "double free or corruption").
    @Test func checksOnSeveralThreadsAtOnceDoNotCollide() {
        let terms = ["xterm-256color", "dumb", "vt100", "no-such-terminal-xyz", "screen", "linux"]
        let refusedTerms: Set = ["dumb", "no-such-terminal-xyz"]
        let workers = 4, rounds = 1500
        let wrong = WrongAnswers()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for round in 0..<rounds {
                let term = terms[(round + worker) % terms.count]
                let refused = TerminalCheck.refusal(term: term, file: nil) != nil
                if refused != refusedTerms.contains(term) { wrong.add(term) }
            }
        }
        #expect(wrong.terms.isEmpty)
    }

    /// The terms checked wrong, from any thread.
    final class WrongAnswers: @unchecked Sendable {
        // Unchecked: `found` is read and written only while `lock` is held.
        private let lock = NSLock()
        private var found: [String] = []
        func add(_ term: String) { lock.withLock { found.append(term) } }
        var terms: [String] { lock.withLock { found } }
    }

    @Test func aUTF8LocaleIsKeptOrFoundOrTheDisplayFallsBackToASCII() {
        #expect(TerminalLocale.choose(isUTF8: { true }, trying: { _ in Issue.record("tried a locale"); return true }) == .utf8)
        // Only en_US.UTF-8 exists: the C.UTF-8 names fail, then it is taken.
        var current = "C"
        var tried: [String] = []
        let choice = TerminalLocale.choose(isUTF8: { current.hasSuffix("UTF-8") }) { name in
            tried.append(name)
            guard name == "en_US.UTF-8" else { return false }
            current = name
            return true
        }
        #expect(choice == .fallback("en_US.UTF-8"))
        #expect(tried == ["C.UTF-8", "C.utf8", "en_US.UTF-8"])
        #expect(choice.note == nil)
        let none = TerminalLocale.choose(isUTF8: { false }, trying: { _ in false })
        #expect(none == .ascii)
        #expect(none.note?.contains("UTF-8") == true && none.note?.contains("\n") == false)
    }

    @Test func asciiFallbackKeepsEachCharactersWidth() {
        #expect(AsciiFallback.text(for: "│", width: 1) == "|")
        #expect(AsciiFallback.text(for: "“", width: 1) == "\"")
        #expect(AsciiFallback.text(for: "’", width: 1) == "'")
        #expect(AsciiFallback.text(for: "é", width: 1) == "e")
        #expect(AsciiFallback.text(for: "Ł", width: 1) == "?")
        #expect(AsciiFallback.text(for: "漢", width: 2) == "??")
        #expect(AsciiFallback.text(for: "a", width: 1) == "a")
    }
}
