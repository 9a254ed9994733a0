/// A JSON value as whosaid reads it: checked as RFC 8259 says, but lenient where Python's `json`
/// module or Foundation's reader is, so that a JSONL line another tool wrote is not lost for a
/// field whosaid never reads: a number keeps its literal text (`1e400` is no error), a lone
/// surrogate escape (`"\ud800"`) reads as U+FFFD (one scalar, as Python's one code point, so
/// offsets agree), a comma may stand before a closing bracket (Foundation allows it), and
/// nesting of any depth is checked without recursion. The members of an object are kept in a
/// dictionary (a repeated key: the last one counts, as in Python).
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// A number, as written (`-12`, `3.5e-2`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])
    /// A member value that was checked but not kept (see ``parse(_:keepingMembers:)``).
    case skipped

    /// Why a text is no JSON value: what was wrong and at which byte.
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String
        var byteOffset: Int
        public var description: String { "\(reason) at byte \(byteOffset)" }
    }

    /// Values nested deeper than this are refused when kept: freeing a deeper tree would recurse
    /// as deep. Values that are only checked (skipped members) may nest to any depth.
    static let maximumKeptDepth = 512

    /// The JSON value that `bytes` hold (white space around it allowed, and a UTF-8 byte-order mark
    /// before it). With `keepingMembers`, the value must be an object and only those of its members
    /// are kept; the others are checked and stored as ``skipped``.
    public static func parse<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, keepingMembers kept: Set<String>? = nil
    ) throws(SyntaxError) -> JSONValue {
        let array = Array(bytes)
        var parser = JSONParser(bytes: array, keptMembers: kept)
        return try parser.parseDocument()
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The members, when this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// A short name of the value's type, for messages: `a string`, `true`, `an array`.
    var typeDescription: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        case .skipped: return "a value"
        }
    }
}

/// The parser behind ``JSONValue/parse(_:keepingMembers:)``: one pass over the bytes with an
/// explicit stack of open containers, so its depth costs memory, never the call stack.
struct JSONParser {
    let bytes: [UInt8]
    /// Where the text parsed starts in `bytes` (offsets in errors count from it).
    let origin: Int
    /// Where it ends: `bytes.count`, or the end of a line lent in place inside a larger buffer.
    let end: Int
    let keptMembers: Set<String>?
    var i = 0
    /// The kept members of the outermost object read so far: after a syntax error, those that
    /// came before it (a broken JSONL line's `id`, for its message).
    private(set) var membersRead: [String: JSONValue] = [:]

    /// An open array or object; `keep` is false inside a value that is only checked.
    private struct Frame {
        var isObject: Bool
        var keep: Bool
        var elements: [JSONValue] = []
        var members: [String: JSONValue] = [:]
        var key: String?
    }

    /// Parses `bytes[origin..<end]` (to the array's end when `end` is nil): a caller whose text
    /// lies inside a larger array (a JSONL worker's request after its line number, in its line
    /// reader's buffer) need not copy it out.
    init(bytes: [UInt8], from origin: Int = 0, to end: Int? = nil, keptMembers: Set<String>?) {
        self.bytes = bytes
        self.origin = origin
        self.end = end ?? bytes.count
        precondition(origin <= self.end && self.end <= bytes.count, "the text parsed lies in the array")
        self.keptMembers = keptMembers
        i = origin
    }

    mutating func parseDocument() throws(JSONValue.SyntaxError) -> JSONValue {
        if bytes[origin..<end].starts(with: [0xEF, 0xBB, 0xBF]) { i = origin + 3 }
        skipSpace()
        if keptMembers != nil, peek != UInt8(ascii: "{") { throw fail("not a JSON object") }
        let value = try parseValue()
        skipSpace()
        if i < end { throw fail("unexpected text after the JSON value") }
        return value
    }

    private var peek: UInt8? { i < end ? bytes[i] : nil }

    private func fail(_ reason: String) -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(reason: reason, byteOffset: i - origin)
    }

    private mutating func skipSpace() {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    /// One value; containers are read by the loop below without recursion.
    private mutating func parseValue() throws(JSONValue.SyntaxError) -> JSONValue {
        var stack: [Frame] = []
        while true {
            skipSpace()
            guard let c = peek else { throw fail("unexpected end of input") }
            // Kept unless inside a skipped value, or the value of a member that is not kept.
            let keep = stack.last.map { $0.keep && (!$0.isObject || $0.key != nil) } ?? true
            var value: JSONValue
            // A top-level member that is not kept is checked fast when it is plain JSON (most
            // of an annotated line); else, and for any error, read on below, as before.
            if !keep, stack.count == 1,
                let valueEnd = withParsedBytes({ Self.skippedValueEnd($0, from: i) }) {
                i = valueEnd
                value = .skipped
            } else {
                switch c {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    i += 1
                    if keep, stack.count >= JSONValue.maximumKeptDepth { throw fail("nested too deep") }
                    stack.append(Frame(isObject: c == UInt8(ascii: "{"), keep: keep))
                    skipSpace()
                    if peek == (c == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        i += 1
                        value = close(stack.removeLast())
                    } else {
                        if c == UInt8(ascii: "{") { try readKey(&stack) }
                        continue
                    }
                case UInt8(ascii: "\""): value = try parseString(keep: keep)
                case UInt8(ascii: "t"): try literal("true"); value = .bool(true)
                case UInt8(ascii: "f"): try literal("false"); value = .bool(false)
                case UInt8(ascii: "n"): try literal("null"); value = .null
                default: value = try parseNumber(keep: keep)
                }
            }
            // Hand the finished value to its container, closing every container it completes.
            while true {
                guard !stack.isEmpty else { return value }
                let top = stack.count - 1
                if stack[top].isObject {
                    if stack[top].keep, let key = stack[top].key {
                        stack[top].members[key] = value
                        if top == 0 { membersRead[key] = value }
                    }
                } else if stack[top].keep {
                    stack[top].elements.append(value)
                }
                skipSpace()
                guard let next = peek else { throw fail("unexpected end of input") }
                i += 1
                let closer = stack[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if next == UInt8(ascii: ",") {
                    skipSpace()
                    // A comma before the closing bracket, which Foundation's reader (and so whosaid
                    // before this reader) accepts: the line is not lost for it.
                    if peek == closer {
                        i += 1
                        value = close(stack.removeLast())
                        continue
                    }
                    if stack[top].isObject { try readKey(&stack) }
                    break
                }
                guard next == closer else {
                    i -= 1
                    throw fail(stack[top].isObject ? "expected , or } in an object" : "expected , or ] in an array")
                }
                value = close(stack.removeLast())
            }
        }
    }

    /// Reads `"key":` of the object on top of `stack` and marks whether its value is kept.
    private mutating func readKey(_ stack: inout [Frame]) throws(JSONValue.SyntaxError) {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else { throw fail("expected a member name in quotes") }
        let top = stack.count - 1
        let key = try parseString(keep: stack[top].keep).stringValue
        skipSpace()
        guard peek == UInt8(ascii: ":") else { throw fail("expected : after a member name") }
        i += 1
        stack[top].key = key
        if top == 0, let kept = keptMembers, let key, !kept.contains(key) {
            // The value of a member not kept is checked only; the member is listed as skipped.
            stack[top].members[key] = .skipped
            stack[top].key = nil
        }
    }

    private func close(_ frame: Frame) -> JSONValue {
        guard frame.keep else { return .skipped }
        return frame.isObject ? .object(frame.members) : .array(frame.elements)
    }

    private mutating func literal(_ word: StaticString) throws(JSONValue.SyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { throw fail("unexpected end of input") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail("not a JSON value") }
        i += n
    }

    /// A number: `-? int frac? exp?`, kept as written.
    private mutating func parseNumber(keep: Bool) throws(JSONValue.SyntaxError) -> JSONValue {
        let start = i
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.i
            while p.i < p.end, (0x30...0x39).contains(p.bytes[p.i]) { p.i += 1 }
            return p.i - s
        }
        if peek == UInt8(ascii: "-") { i += 1 }
        guard let first = peek, (0x30...0x39).contains(first) else { throw fail("not a JSON value") }
        if first == 0x30 { i += 1 } else { _ = digits(&self) }
        if peek == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw fail("expected a digit after the decimal point") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw fail("expected a digit in the exponent") }
        }
        return keep ? .number(String(decoding: bytes[start..<i], as: UTF8.self)) : .skipped
    }

    /// A string; escapes decoded, a lone surrogate as U+FFFD. Raw bytes must be valid UTF-8.
    private mutating func parseString(keep: Bool) throws(JSONValue.SyntaxError) -> JSONValue {
        i += 1
        var out: [UInt8] = []
        var runStart = i
        // Whether every byte so far is ASCII: the bytes are checked here, so the string is made
        // without a second check (``Swift/String/init(validUTF8:isASCII:)``), told which it is.
        var isASCII = true
        while true {
            // A run of plain ASCII (no quote, backslash or control) at once, over the bytes' storage:
            // byte by byte through `self`, each step reloaded the array and `i` (most of a text).
            i = withParsedBytes { Self.plainRunEnd($0, from: i) }
            guard i < end else { throw fail("unterminated string") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard keep else { return .skipped }
                // No escape (every escape writes to `out`): the string is made from its bytes
                // where they lie, not copied into an array first (a line's keys and id).
                if out.isEmpty {
                    let range = runStart..<(i - 1)
                    return .string(withParsedBytes { String(validUTF8: UnsafeBufferPointer(rebasing: $0[range]), isASCII: isASCII) })
                }
                out.append(contentsOf: bytes[runStart..<(i - 1)])
                return .string(out.withUnsafeBufferPointer { String(validUTF8: $0, isASCII: isASCII) })
            }
            if b < 0x20 { throw fail("a control character inside a string") }
            if b >= 0x80 {
                let n = withParsedBytes { Self.validUTF8Length($0, at: i) }
                guard n > 0 else { throw fail("not valid UTF-8") }
                isASCII = false
                i += n
                continue
            }
            guard b == UInt8(ascii: "\\") else { i += 1; continue }
            // Room for the rest of the text parsed at the first escape: a text's escaped line
            // breaks grew the array a run at a time.
            if keep, out.isEmpty { out.reserveCapacity(end - runStart) }
            if keep { out.append(contentsOf: bytes[runStart..<i]) }
            i += 1
            guard let e = peek else { throw fail("unterminated string") }
            i += 1
            var scalar: Unicode.Scalar
            switch e {
            case UInt8(ascii: "\""): scalar = "\""
            case UInt8(ascii: "\\"): scalar = "\\"
            case UInt8(ascii: "/"): scalar = "/"
            case UInt8(ascii: "b"): scalar = "\u{08}"
            case UInt8(ascii: "f"): scalar = "\u{0C}"
            case UInt8(ascii: "n"): scalar = "\n"
            case UInt8(ascii: "r"): scalar = "\r"
            case UInt8(ascii: "t"): scalar = "\t"
            case UInt8(ascii: "u"):
                let unit = try hex4()
                if (0xD800...0xDBFF).contains(unit), bytes[i..<end].starts(with: [0x5C, 0x75]) {
                    let save = i
                    i += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                    } else {
                        i = save
                        scalar = "\u{FFFD}"
                    }
                } else {
                    scalar = Unicode.Scalar(unit) ?? "\u{FFFD}"
                }
            default:
                i -= 1
                throw fail("an unknown escape in a string")
            }
            // Encoded in place: a String and an array for each escape cost an allocation each.
            if keep { UTF8.encode(scalar) { out.append($0) } }
            if !scalar.isASCII { isASCII = false }
            runStart = i
        }
    }

    private mutating func hex4() throws(JSONValue.SyntaxError) -> UInt32 {
        guard i + 4 <= end else { throw fail("unterminated string") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw fail("a bad \\u escape")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// `body` of the bytes parsed, `bytes[..<end]`, lent in place.
    private func withParsedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<end])) }
    }
}
