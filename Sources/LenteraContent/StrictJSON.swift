import LenteraDiagnostics
import Yams

/// A strict JSON reader (RFC 8259) for `.json` content files, straight from the UTF-8
/// bytes into the `Node` tree the decoders read, with the line and column of every node
/// as Yams would give them (objects and arrays at their bracket, keys and values at their
/// first character; columns in characters).
///
/// Anything that is not JSON is an error at the place to fix, with a hint: a comma after
/// the last item, a missing comma or colon, a text not closed or holding a raw control
/// character, an unknown escape or a lone surrogate, a repeated key, comments, single
/// quotes, unquoted keys, `True`/`NaN`/`01`/`+1`/`.5`, text after the value, and nesting
/// deeper than `maximumDepth` (so that no input can exhaust the stack). The text has
/// already been checked to be UTF-8.
///
/// Strings become double-quoted scalars tagged `str`, numbers, `true`, `false` and `null`
/// plain scalars with an implicit tag, as Yams composes the same text with the basic
/// resolver (`StrictJSONTests` compares both on valid JSON).
enum StrictJSON {
    /// How deeply objects and arrays may nest.
    static let maximumDepth = 512

    /// Why a text is not JSON: where, what and what to do.
    struct Failure: Error, Equatable {
        var code = "json.syntax"
        let line: Int
        let column: Int
        let message: Message
        let hint: Message
    }

    /// The tree of `text`, nil for a text of whitespace only, or the first problem.
    static func compose(_ text: String) -> Result<Node?, Failure> {
        var text = text
        return text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes)
            do throws(Failure) {
                return .success(try reader.document())
            } catch {
                return .failure(error)
            }
        }
    }
}

extension StrictJSON.Failure {
    // The hints, shared by several places.
    static let commaHint = Message("json.comma.hint")
    static let valueHint = Message("json.value.hint", ["object": "{...}"])
    static let quoteHint = Message("json.quote.hint")
    static let commentHint = Message("json.comment.hint")
    static let escapeHint = Message("json.escape.hint")
}
