import Foundation
import PathologicalInputs
import WhosaidModel

/// `whosaid-bench pathological [FAMILY…]`: analyses each pathological family at growing sizes and
/// prints CPU seconds per size and the ratio of the largest to the smallest time (linear growth
/// gives about the ratio of the sizes).
/// `whosaid-bench pathological text FAMILY BYTES`: writes one such text to standard output, for
/// timing `whosaid extract` on it (`Scripts/pathological.sh`).
func runPathologicalBenchmark(_ arguments: [String]) {
    if arguments.first == "text" {
        guard arguments.count == 3, let family = PathologicalFamily(rawValue: arguments[1]),
              let bytes = Int(arguments[2]) else {
            let names = PathologicalFamily.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write("usage: whosaid-bench pathological text \(names) BYTES\n".data(using: .utf8)!)
            exit(2)
        }
        FileHandle.standardOutput.write(family.text(bytes: bytes).data(using: .utf8)!)
        return
    }
    let families = arguments.isEmpty ? PathologicalFamily.allCases : arguments.compactMap(PathologicalFamily.init(rawValue:))
    let sizes = PathologicalTiming.sizes
    print("family".padding(toLength: 24, withPad: " ", startingAt: 0)
          + sizes.map { String(repeating: " ", count: max(0, 9 - PathologicalTiming.label($0).count)) + PathologicalTiming.label($0) }.joined() + "   ratio")
    for family in families {
        var seconds: [Double] = []
        for bytes in sizes {
            let text = family.text(bytes: bytes)
            let start = cpuSeconds()
            var options = Engine.Options()
            options.linkRoleDescriptions = family.linksRoleDescriptions
            _ = Engine(options: options).analyze(text: text, name: family.rawValue)
            seconds.append(cpuSeconds() - start)
            if seconds.last! > PathologicalTiming.giveUpSeconds { break }
        }
        let cells = seconds.map { String(format: "%9.3f", $0) }.joined()
        let ratio = seconds.count == sizes.count ? String(format: "%8.1f", seconds.last! / max(seconds.first!, 1e-6)) : "   (gave up)"
        print(family.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0) + cells + ratio)
    }
}

/// Sizes and limits of the pathological benchmark.
enum PathologicalTiming {
    /// Text sizes in bytes: 125 KB doubling to 1 MB.
    static let sizes = [125_000, 250_000, 500_000, 1_000_000]
    /// A family slower than this at one size is not timed at the larger ones.
    static let giveUpSeconds = 30.0

    /// `125K`, `1M`.
    static func label(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? "\(bytes / 1_000_000)M" : "\(bytes / 1000)K"
    }
}
