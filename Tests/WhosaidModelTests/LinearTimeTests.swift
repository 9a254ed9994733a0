import Foundation
import PathologicalInputs
import Testing
@testable import WhosaidModel

/// Time must grow linearly with the input for every input (issue 11, "Hangs"): for each
/// pathological family, four times the text may take about four times as long, never sixteen.
/// Ratios, not absolute times, so that the test holds on slow machines and in debug builds.
@Suite struct LinearTimeTests {
    /// The smaller text size, in bytes; the larger one is `growth` times as big.
    static let smallBytes = 16_000
    /// How many times bigger the larger text is.
    static let growth = 4
    /// Largest time ratio allowed: linear growth gives about `growth`, quadratic `growth²` (16).
    static let maxRatio = 9.0
    /// Times below this many seconds are noise; the ratio is taken over at least this much.
    static let floorSeconds = 0.02

    @Test(arguments: PathologicalFamily.allCases)
    func timeGrowsLinearly(_ family: PathologicalFamily) {
        let smallBytes = Self.smallBytes * family.testScale
        let small = family.text(bytes: smallBytes)
        let large = family.text(bytes: smallBytes * Self.growth)
        let options = Self.options(for: family)
        // The best of two runs: the machine may be busy with other work for one of them.
        let smallSeconds = max(Self.floorSeconds, min(Self.seconds(small, options), Self.seconds(small, options)))
        let largeSeconds = min(Self.seconds(large, options), Self.seconds(large, options))
        #expect(largeSeconds / smallSeconds < Self.maxRatio,
                "\(family.rawValue): \(smallSeconds) s for \(smallBytes) bytes, \(largeSeconds) s for \(Self.growth)×")
    }

    /// The engine's options a family is timed with (``PathologicalFamily/linksRoleDescriptions``).
    static func options(for family: PathologicalFamily) -> Engine.Options {
        var options = Engine.Options()
        options.linkRoleDescriptions = family.linksRoleDescriptions
        return options
    }

    /// Most bytes of statement text the engine may give per byte of input: each statement keeps
    /// its own size, so a sentence of many cues never repeats its start in every statement.
    static let maxStatementBytesPerInputByte = 3

    @Test(arguments: PathologicalFamily.allCases)
    func statementTextGrowsLinearly(_ family: PathologicalFamily) {
        let text = family.text(bytes: Self.smallBytes * family.testScale * Self.growth)
        let analysis = Engine(options: Self.options(for: family)).analyze(text: text, name: "pathological")
        let statementBytes = analysis.statements.reduce(0) { $0 + $1.text.utf8.count }
        #expect(statementBytes <= Self.maxStatementBytesPerInputByte * text.utf8.count,
                "\(family.rawValue): \(statementBytes) bytes of statements from \(text.utf8.count)")
    }

    /// People introduced in full who share one surname, each with another known first name
    /// (`Ada Porter, a nurse, arrived.`): each is a person of their own (``ActorBuilder``), and
    /// telling each from those before must not compare it with all of them.
    @Test func manyPeopleSharingASurnameCostLinearTime() {
        let firstNames = FirstNameGender.table.keys.filter { $0.count > 2 && $0.allSatisfy(\.isLetter) }.sorted()
        func text(_ people: Int) -> String {
            "Jane Porter said the store would stay open.\n\n"
                + firstNames.prefix(people).map { "\($0.capitalized) Porter, a nurse, arrived late.\n\n" }.joined()
        }
        let smallPeople = 1_500
        let small = text(smallPeople), large = text(smallPeople * Self.growth)
        let smallSeconds = max(Self.floorSeconds, min(Self.seconds(small), Self.seconds(small)))
        let largeSeconds = min(Self.seconds(large), Self.seconds(large))
        #expect(largeSeconds / smallSeconds < Self.maxRatio, "\(smallSeconds) s for \(smallPeople) people, \(largeSeconds) s for \(Self.growth)×")
    }

    /// A document of more distinct words than ``FormAnalysisCache`` holds gets the forms after its
    /// fresh start in a new epoch, whose keys ``TopicScan`` matches by text: matching each must
    /// not compare it with every key so far.
    @Test func formsOfAFreshCacheEpochCostLinearTime() {
        let flags = TopicScan.analyse("word").flags
        func seconds(_ formsPerEpoch: Int) -> Double {
            var scan = TopicScan()
            scan.reserveForms(2 * formsPerEpoch)
            scan.keyByCacheKey = PackedMap(capacity: 2 * formsPerEpoch)
            // Each form its own key, numbered by the cache as it would (from 0 in each epoch).
            let analyses = (0..<(2 * formsPerEpoch)).map { n in
                var a = FormAnalysis(keyText: "w\(n)", component: Int32(n % formsPerEpoch + 1), flags: flags)
                a.flags.key = Int32(n % formsPerEpoch)
                return a
            }
            let start = Self.threadCPUSeconds()
            for (n, a) in analyses.enumerated() {
                scan.addForm(a, epoch: n < formsPerEpoch ? 0 : 1, written: .init(start: 0, end: 0, packed: 0))
            }
            return Self.threadCPUSeconds() - start
        }
        let smallForms = 1_000
        let smallSeconds = max(Self.floorSeconds, min(seconds(smallForms), seconds(smallForms)))
        let largeSeconds = min(seconds(smallForms * Self.growth), seconds(smallForms * Self.growth))
        #expect(largeSeconds / smallSeconds < Self.maxRatio, "\(smallSeconds) s for \(smallForms) forms an epoch, \(largeSeconds) s for \(Self.growth)×")
    }

    /// Thread CPU seconds to analyse `text` with `options` (other threads and processes do not count).
    static func seconds(_ text: String, _ options: Engine.Options = Engine.Options()) -> Double {
        let start = threadCPUSeconds()
        _ = Engine(options: options).analyze(text: text, name: "pathological")
        return threadCPUSeconds() - start
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
