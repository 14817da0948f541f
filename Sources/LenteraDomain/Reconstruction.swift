/// A part of the content that was not copied from its source document but rebuilt by the
/// people who wrote the content (`rekonstruksi`), with their note on how. Pages show the
/// note beside the part it concerns, so a reconstruction is never read as the source's.
public struct Reconstruction<Part: Sendable & Equatable>: Sendable, Equatable {
    public var part: Part
    public var note: String

    public init(part: Part, note: String) {
        self.part = part
        self.note = note
    }
}
