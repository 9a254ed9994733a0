import Testing
@testable import WhosaidSyntax

/// A model's feature table is checked when it is read (``FeatureTable``): a fingerprint its
/// block does not mark, or a sparse entry that names no tag, makes the bytes no model.
@Suite struct FeatureTableCheckTests {
    /// A small trained model's bytes.
    static let bytes: [UInt8] = {
        let corpus = """
            # sent_id = 1
            1\tAnn\t_\tPROPN\t_\t_\t_\t_\t_\t_
            2\tsaid\t_\tVERB\t_\t_\t_\t_\t_\t_
            3\tno\t_\tINTJ\t_\t_\t_\t_\t_\tSpaceAfter=No
            4\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_

            """
        var options = PerceptronTrainer.Options()
        options.iterations = 2
        options.folds = 2
        return PerceptronTrainer(options: options).train(CoNLLU.trainingSentences(CoNLLU.sentences(in: corpus))).bytes
    }()

    static func read(_ bytes: [UInt8]) throws -> TaggerModel {
        try bytes.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) }
    }

    static func u32(_ bytes: [UInt8], at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    /// The table's sizes, from the header.
    static var sizes: TaggerModelLayout.TableSizes {
        TaggerModelLayout.TableSizes(slots: u32(bytes, at: 8), features: u32(bytes, at: 12), records: u32(bytes, at: 16))
    }

    @Test func theTrainedModelIsRead() throws {
        let model = try Self.read(Self.bytes)
        #expect(model.features.count == Self.sizes.features)
    }

    @Test func aFingerprintOfAnUnmarkedSlotIsRefused() {
        let table = TaggerModelLayout.headerSize
        // Every slot's fingerprint flipped between empty and not: the blocks mark none of them rightly.
        for slot in [0, 1, 2, 3, 4, 5, 17, 63] where slot < Self.sizes.slots {
            var bad = Self.bytes
            let empty = bad[table + 2 * slot] == 0 && bad[table + 2 * slot + 1] == 0
            bad[table + 2 * slot] = empty ? 1 : 0
            bad[table + 2 * slot + 1] = 0
            #expect(throws: TaggerModelError.notAModel) { try Self.read(bad) }
        }
    }

    @Test func aSparseEntryOfNoTagIsRefused() {
        let records = TaggerModelLayout.headerSize + Self.sizes.fingerprintBytes + Self.sizes.blockBytes
        var bad = Self.bytes
        // The tag (high half) of every record's first entry made ``UPOS/count``: at least one
        // record of the small model is sparse.
        for r in 0..<Self.sizes.records {
            let at = records + 16 * r + 2
            bad[at] = UInt8(UPOS.count)
            bad[at + 1] = 0
        }
        #expect(throws: TaggerModelError.notAModel) { try Self.read(bad) }
    }
}
