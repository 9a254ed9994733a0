import Testing
@testable import WhosaidSyntax

/// ``UPOS/init(tag:)`` reads a tag byte as the case it numbers, as ``UPOS/init(rawValue:)`` does.
@Suite struct UPOSTagByteTests {
    @Test func everyTagByteIsItsRawValuesCase() {
        for raw in 0..<UInt8(UPOS.count) {
            #expect(UPOS(tag: raw) == UPOS(rawValue: raw))
        }
        #expect(UPOS.allCases.map(\.rawValue) == Array(0..<UInt8(UPOS.count)))
    }
}
