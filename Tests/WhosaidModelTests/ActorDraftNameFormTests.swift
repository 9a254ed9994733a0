import Testing
@testable import WhosaidModel

/// ``ActorDraft/nameForm`` is kept rather than split at every read: it must follow the full key
/// and the first bare name as they change.
@Suite struct ActorDraftNameFormTests {
    @Test func aSurnameAloneIsSplitFromItsFirstBareName() {
        var d = ActorDraft(kind: .person, surname: "sigal", fullKey: nil)
        #expect(d.nameForm == nil)
        d.nameList.insert("Leon Sigal")
        d.nameList.insert("Mr. Sigal")
        #expect(d.nameForm == NameForm("Leon Sigal"))
        #expect(d.nameGender == nil)
    }

    @Test func aFullKeyGivenLaterReplacesTheBareName() {
        var d = ActorDraft(kind: .person, surname: "sigal", fullKey: nil)
        d.nameList.insert("Sigal")
        #expect(d.nameForm?.given.isEmpty == true)
        d.fullKey = "leon v. sigal"
        #expect(d.nameForm == NameForm("leon v. sigal"))
        #expect(d.nameGender == NameForm("leon v. sigal").firstNameGender)
    }

    @Test func organisationsAndDescriptionsHaveNoNameForm() {
        var org = ActorDraft(kind: .person, surname: "ford", fullKey: "org:ford")
        org.nameList.insert("Ford")
        #expect(org.nameForm == nil)
        var group = ActorDraft(kind: .organisation, surname: "ford", fullKey: nil)
        group.nameList.insert("Ford")
        #expect(group.nameForm == nil)
        group.kind = .person
        #expect(group.nameForm == NameForm("Ford"))
    }
}
