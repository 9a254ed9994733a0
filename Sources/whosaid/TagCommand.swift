import ArgumentParser
import Foundation
import WhosaidModel
import WhosaidSyntax

/// `whosaid tag`: the tokens, part-of-speech tags and phrase chunks the engine reads.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Show the part-of-speech tags (Universal POS) and phrase chunks of an article.",
        discussion: """
            text: one line per sentence, each word as word/TAG, [NP …] noun phrases and [VG …] verb \
            groups; appositions and coordinations follow on indented lines. conllu: CoNLL-U with \
            UPOS in column 4 and chunks as Chunk=B-NP/I-NP/B-VG/I-VG in column 10. With \
            --conllu-input, tags the word lines of a CoNLL-U file (its own tokens; range and empty-node \
            lines are kept untouched) and writes the same file with the predicted UPOS in column 4.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, conllu }

    @Argument(help: "An article file (UTF-8 text). None: the bundled seed article.")
    var file: String?

    @Option(help: "Output format: text or conllu.")
    var format: Format = .text

    @Option(name: .customLong("conllu-input"), help: "Tag the words of a CoNLL-U file (PATH, or - for stdin).")
    var conlluInput: String?

    func validate() throws {
        if conlluInput != nil, file != nil { throw ValidationError("give either FILE or --conllu-input, not both") }
        if conlluInput != nil, format != .conllu, CommandLine.arguments.contains("--format") {
            throw ValidationError("--conllu-input always writes CoNLL-U; leave out --format")
        }
    }

    func run() throws {
        try OutputStream.writing { out in
            if let input = conlluInput {
                try retag(input, out: out)
                return
            }
            let document: Document
            do {
                document = try file.map { p throws(LoadError) in try DocumentLoader.load(path: p) } ?? DocumentLoader.seed()
            } catch let error as LoadError {
                throw Diagnostics.Failure(error.description)
            }
            let sentences = Engine().tagged(document)
            switch format {
            case .text: for s in sentences { try out.write(TagListing.text(s)) }
            case .conllu: for (i, s) in sentences.enumerated() { try out.write(TagListing.conllu(s, id: i + 1)) }
            }
        }
    }

    /// Rewrites a CoNLL-U file's UPOS column with the tagger's tags, sentence by sentence.
    private func retag(_ input: String, out: OutputStream) throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try DocumentLoader.read(path: input) } catch {
                throw Diagnostics.Failure(error.description)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostics.Failure("\(input): not UTF-8 text; CoNLL-U files are UTF-8")
        }
        let tagger = PartOfSpeechTagger.embedded
        var block: [Substring] = []
        func flushBlock() throws(OutputError) {
            let wordLines = block.indices.filter { CoNLLU.isWordLine(block[$0]) }
            let tags = tagger.tag(forms: wordLines.map { CoNLLU.word(ofLine: block[$0]).form })
            var next = 0
            for (k, line) in block.enumerated() {
                if next < wordLines.count, wordLines[next] == k {
                    try out.write(CoNLLU.replacingTag(inLine: line, with: tags[next]))
                    next += 1
                } else {
                    try out.write(String(line))
                }
                try out.write("\n")
            }
            block.removeAll(keepingCapacity: true)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            if line.isEmpty || line == "\r" {
                try flushBlock()
                try out.write(String(line) + "\n")
            } else {
                block.append(line)
            }
        }
        try flushBlock()
    }
}

/// How `whosaid tag` prints a tagged sentence.
enum TagListing {
    /// `[NP Leon/PROPN Sigal/PROPN] [VG said/VERB] that/SCONJ …`, then indented appositions and
    /// coordinations.
    static func text(_ s: TaggedSentence) -> String {
        var opens: [Int: String] = [:]
        var closes = Set<Int>()
        var extra = ""
        for c in s.chunks {
            switch c.kind {
            case .nounPhrase, .verbGroup:
                opens[c.range.lowerBound] = c.kind.rawValue
                closes.insert(c.range.upperBound - 1)
            case .apposition, .coordination:
                let words = s.words[c.range].map(\.text).joined(separator: " ")
                extra += "  \(c.kind.rawValue) \(words) (head: \(s.words[c.head].text))\n"
            }
        }
        var parts: [String] = []
        for (i, w) in s.words.enumerated() {
            var part = TerminalText.visible(w.text) + "/" + w.tag.name
            if let kind = opens[i] { part = "[" + kind + " " + part }
            if closes.contains(i) { part += "]" }
            parts.append(part)
        }
        return parts.joined(separator: " ") + "\n" + TerminalText.visible(extra, keeping: .lineFeeds)
    }

    /// One CoNLL-U sentence block: ID, FORM, UPOS and chunk labels; other columns `_`.
    static func conllu(_ s: TaggedSentence, id: Int) -> String {
        var label = [String](repeating: "_", count: s.words.count)
        for c in s.chunks where c.kind == .nounPhrase || c.kind == .verbGroup {
            for i in c.range { label[i] = (i == c.range.lowerBound ? "Chunk=B-" : "Chunk=I-") + c.kind.rawValue }
        }
        var out = "# sent_id = \(id)\n# text = \(oneLine(s.words.map(\.text).joined(separator: " ")))\n"
        for (i, w) in s.words.enumerated() {
            out += "\(i + 1)\t\(oneLine(w.text))\t_\t\(w.tag.name)\t_\t_\t_\t_\t_\t\(label[i])\n"
        }
        return out + "\n"
    }

    /// Tabs and line breaks cannot stand inside a CoNLL-U field.
    static func oneLine(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
