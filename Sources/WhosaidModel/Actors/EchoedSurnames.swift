/// The words a text writes as a surname echo's subject and capitalised at least twice
/// (``PersonNameIndex/isEchoedBySurnameSubject(_:)``), found on first use and kept, for a value
/// type that reads them from methods that do not mutate it. Each question once read every token
/// again, and a text of thousands of people named in full and then by surname alone asks once a
/// surname: quadratic time.
final class EchoedSurnames {
    private var words: Set<String>?

    /// Whether `surname` is one of the words `find()` gives on the first call.
    func contains(_ surname: String, _ find: () -> Set<String>) -> Bool {
        if let words { return words.contains(surname) }
        let found = find()
        words = found
        return found.contains(surname)
    }
}
