// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "whosaid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "whosaid", targets: ["whosaid"]),
        .library(name: "WhosaidModel", targets: ["WhosaidModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Part-of-speech tagger (averaged perceptron over UPOS), its trainer and CoNLL-U. Foundation only.
        .target(name: "WhosaidSyntax", dependencies: ["CPrefetch", "CBitCount"]),
        // The processor's cache prefetch, which Swift lacks (one inline C function).
        .target(name: "CPrefetch"),
        // The processor's one-instruction bit count where the baseline lacks it (inline C functions).
        .target(name: "CBitCount"),
        // The trained tagger model and the first-name gender table, embedded in the binary as bytes
        // (`whosaid-train tagger` and `Scripts/name-gender.py` write them).
        .target(name: "CWhosaidTaggerModel", exclude: ["tagger.model", "name-gender.txt"]),
        // Pure model: loading, quote scanning, attribution, actors, topics, export. Foundation only.
        .target(name: "WhosaidModel", dependencies: ["WhosaidSyntax", "CWhosaidTaggerModel"]),
        // Many articles in one SQLite file (GRDB, FTS5): indexing, people across articles, search.
        .target(
            name: "WhosaidCorpus",
            dependencies: ["WhosaidModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Pure browser: State, Action, key table, reduce, render into a cell grid. No curses.
        .target(name: "WhosaidBrowser", dependencies: ["WhosaidModel"]),
        // ncursesw through a shim header (defines NCURSES_WIDECHAR before including curses.h).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Signal handlers in C: termination signals only set a flag (curses is not async-signal-safe),
        // crashes write a prepared restore sequence.
        .target(name: "CTerminalSignals"),
        // The only impure part of the browser: draws a Screen with curses, reads keys, handles
        // signals and carries out effects (writes export files).
        .target(name: "WhosaidTerminal", dependencies: ["WhosaidBrowser", "CNcursesw", "CTerminalSignals"]),
        .executableTarget(
            name: "whosaid",
            dependencies: [
                "WhosaidModel", "WhosaidSyntax", "WhosaidBrowser", "WhosaidTerminal", "WhosaidCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the tagger: `swift run -c release whosaid-train tagger ../shared/treebanks/en_ewt`.
        .executableTarget(name: "whosaid-train", dependencies: ["WhosaidSyntax"]),
        // Hostile texts of any size (unclosed marks, runs of punctuation, many names) for timing tests.
        .target(name: "PathologicalInputs"),
        // Release-mode benchmarks: `swift run -c release whosaid-bench`.
        .executableTarget(
            name: "whosaid-bench",
            dependencies: ["WhosaidModel", "WhosaidSyntax", "WhosaidBrowser", "WhosaidCorpus", "PathologicalInputs"]
        ),
        .testTarget(name: "WhosaidModelTests", dependencies: ["WhosaidModel", "PathologicalInputs"], exclude: ["Snapshots"]),
        .testTarget(name: "WhosaidSyntaxTests", dependencies: ["WhosaidSyntax", "WhosaidModel"]),
        .testTarget(name: "WhosaidBrowserTests", dependencies: ["WhosaidBrowser", "WhosaidModel"]),
        .testTarget(name: "WhosaidTerminalTests", dependencies: ["WhosaidTerminal", "WhosaidBrowser", "WhosaidModel"]),
        .testTarget(
            name: "WhosaidCorpusTests",
            dependencies: ["WhosaidCorpus", "WhosaidModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["whosaid", "WhosaidCorpus", "WhosaidModel", "WhosaidBrowser"]),
    ]
)
