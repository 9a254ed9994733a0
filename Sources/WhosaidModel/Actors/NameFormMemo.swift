/// Name forms split once each, by a number the caller gives the name (an entry of
/// ``PersonNameIndex``): a class, so that reads from a non-mutating method can fill it.
///
/// The seed article repeated as one document split the same few full names about seven times
/// each when bare surnames looked back for them (``PersonNameIndex/fullName(forSurname:before:)``
/// reads the first and the latest few each time): 3% of the engine.
final class NameFormMemo {
    private var forms: [NameForm?] = []

    /// The form of the name numbered `id`, split from `name()` on first use.
    func form(_ id: Int, of name: () -> String) -> NameForm {
        if id >= forms.count { forms.append(contentsOf: repeatElement(nil, count: id + 1 - forms.count)) }
        if let form = forms[id] { return form }
        let form = NameForm(name())
        forms[id] = form
        return form
    }
}
