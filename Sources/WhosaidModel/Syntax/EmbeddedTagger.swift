import CWhosaidTaggerModel
import WhosaidSyntax

extension PartOfSpeechTagger {
    /// The tagger trained on UD English EWT (CC BY-SA 4.0), embedded in the binary and read there,
    /// in place (its tables are checked once).
    public static let embedded: PartOfSpeechTagger = {
        let bytes = UnsafeRawBufferPointer(start: whosaid_tagger_model_bytes(), count: Int(whosaid_tagger_model_size()))
        do {
            return PartOfSpeechTagger(model: try TaggerModel(permanentBytes: bytes))
        } catch {
            // The model is built into the binary and checked by the tests; a broken one is a build fault.
            fatalError("whosaid: the embedded tagger model is broken (\(error)); rebuild whosaid")
        }
    }()
}
