import Foundation
@testable import WhosaidModel

/// A validator for the part of JSON Schema (2020-12) that `schema/whosaid.schema.json` uses:
/// `type` (a name or a list), `enum`, `minimum`, `pattern`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `maxItems`, `oneOf` and local `$ref`s (`#/$defs/NAME`).
/// A keyword it does not know is an error, so the schema cannot say more than is checked.
struct JSONSchema {
    let root: [String: JSONValue]

    static let known: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "type", "enum", "minimum", "pattern",
        "properties", "required", "additionalProperties", "items", "maxItems", "oneOf", "$ref",
    ]

    init(contentsOf url: URL) throws {
        root = try JSONValue.parse(Data(contentsOf: url)).objectValue ?? [:]
    }

    /// The problems of `value` against the definition `name` (the whole schema when nil); empty when valid.
    func errors(_ value: JSONValue, definition name: String? = nil) -> [String] {
        let schema = name.map { root["$defs"]?.objectValue?[$0] ?? .null } ?? .object(root)
        var errors: [String] = []
        check(value, schema, path: "$", into: &errors)
        return errors
    }

    private func check(_ value: JSONValue, _ schemaValue: JSONValue, path: String, into errors: inout [String]) {
        guard let schema = schemaValue.objectValue else { return errors.append("\(path): the schema is no object") }
        for key in schema.keys where !Self.known.contains(key) { errors.append("\(path): unknown schema keyword \(key)") }
        if let ref = schema["$ref"]?.stringValue {
            let name = ref.hasPrefix("#/$defs/") ? String(ref.dropFirst(8)) : ref
            guard let target = root["$defs"]?.objectValue?[name] else { return errors.append("\(path): unknown $ref \(ref)") }
            check(value, target, path: path, into: &errors)
        }
        if let options = schema["oneOf"]?.arrayValue {
            let passing = options.filter { option in
                var inner: [String] = []
                check(value, option, path: path, into: &inner)
                return inner.isEmpty
            }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of oneOf, not 1") }
        }
        if let type = schema["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !names.contains(where: { Self.has(value, type: $0) }) {
                errors.append("\(path): \(value.typeDescription), not \(names.joined(separator: " or "))")
            }
        }
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
            errors.append("\(path): \(value) is not one of the enum")
        }
        if case .number(let literal) = value, case .number(let least)? = schema["minimum"],
            let n = Double(literal), let m = Double(least), n < m {
            errors.append("\(path): \(literal) is below the minimum \(least)")
        }
        if case .string(let s) = value, let pattern = schema["pattern"]?.stringValue,
            s.range(of: pattern, options: .regularExpression) == nil {
            errors.append("\(path): \"\(s)\" does not match \(pattern)")
        }
        if case .object(let members) = value {
            let properties = schema["properties"]?.objectValue ?? [:]
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                errors.append("\(path): no \(name)")
            }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    check(member, property, path: "\(path).\(name)", into: &errors)
                } else if schema["additionalProperties"] == .bool(false) {
                    errors.append("\(path): unexpected key \(name)")
                }
            }
        }
        if case .array(let elements) = value, case .number(let most)? = schema["maxItems"],
            let m = Int(most), elements.count > m {
            errors.append("\(path): \(elements.count) items, more than the maximum \(most)")
        }
        if case .array(let elements) = value, let items = schema["items"] {
            for (i, element) in elements.enumerated() { check(element, items, path: "\(path)[\(i)]", into: &errors) }
        }
    }

    /// Whether `value` is of the JSON Schema type `name`.
    static func has(_ value: JSONValue, type name: String) -> Bool {
        switch (name, value) {
        case ("string", .string), ("boolean", .bool), ("null", .null), ("array", .array), ("object", .object), ("number", .number):
            return true
        case ("integer", .number(let literal)):
            return !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        default:
            return false
        }
    }
}
