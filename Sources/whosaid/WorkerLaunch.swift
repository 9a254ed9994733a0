import WhosaidModel

/// The command line of a `--jsonl-input` worker (``JSONLWorker``), read without ArgumentParser.
///
/// The parent writes it itself (``ExtractCommand/workerArguments``), so its form is known:
/// `extract --jsonl-worker` then `--speaker=NAME`, `--topic=PHRASE`, `--unattributed` and
/// `--link-roles` (the forms with a space are read too).
/// ArgumentParser built its whole command tree to read it, about 15 M instructions a worker
/// (0.2% of `extract --jsonl-input` on PolNeAR train), and every crash's new worker paid it
/// again. A command line of any other form, or with a value after a space that ArgumentParser
/// might read as an option (one starting with `-`), is left to ArgumentParser as before.
struct WorkerLaunch {
    /// The words that open a worker's command line.
    static let opening = ["extract", "--jsonl-worker"]

    let speakers: [String]
    let topics: [String]
    let unattributed: Bool
    /// `--link-roles`: role descriptions tied to the people holding the role.
    let linkRoles: Bool

    /// The worker's filters from `arguments` (the command line without the program's name), or
    /// nil when they are not a worker's command line of the form the parent writes.
    init?(_ arguments: ArraySlice<String>) {
        guard arguments.starts(with: Self.opening) else { return nil }
        var speakers: [String] = []
        var topics: [String] = []
        var unattributed = false
        var linkRoles = false
        var rest = arguments.dropFirst(Self.opening.count)
        while let option = rest.popFirst() {
            switch option {
            case "--unattributed":
                guard !unattributed else { return nil }
                unattributed = true
            case "--link-roles":
                guard !linkRoles else { return nil }
                linkRoles = true
            case "--speaker", "--topic":
                guard let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
                if option == "--speaker" { speakers.append(value) } else { topics.append(value) }
            default:
                // `--speaker=VALUE`, the form the parent writes: any value, a leading `-` too.
                if let value = Self.value(of: "--speaker", in: option) {
                    speakers.append(value)
                } else if let value = Self.value(of: "--topic", in: option) {
                    topics.append(value)
                } else {
                    return nil
                }
            }
        }
        self.speakers = speakers
        self.topics = topics
        self.unattributed = unattributed
        self.linkRoles = linkRoles
    }

    /// The value of `option` written as one word, `OPTION=VALUE`, or nil for any other word.
    static func value(of option: String, in word: String) -> String? {
        let prefix = option + "="
        return word.hasPrefix(prefix) ? String(word.dropFirst(prefix.count)) : nil
    }

    /// Serves the worker's requests on standard input until it ends.
    func run() throws {
        let options = EngineFlags.options(unattributed: unattributed, linkRoles: linkRoles)
        let replier = DocumentReplier(speakers: speakers, topics: topics, options: options)
        try OutputStream.writing { out in try ExtractCommand.serveAsWorker(replier, out: out) }
    }
}
