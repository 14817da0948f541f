/// One step (kegiatan) of an SOP: who does it, and its quality standard (mutu baku).
public struct SOPStep: Sendable, Equatable {
    /// What is done (kegiatan).
    public var activity: String
    /// The actor who does it: one of the SOP's `actors`.
    public var actor: String
    /// What the step needs (kelengkapan / persyaratan); nil when the SOP leaves it blank.
    public var requirements: String?
    /// The time as published, and the duration read from it (nil when none could be read).
    public var time: CompletionTime
    /// What the step produces; nil when the SOP leaves it blank.
    public var output: String?
    /// Remarks (keterangan), often the name of another SOP the step follows.
    public var remarks: String?
    /// The slug of another SOP of the same unit that the step links to.
    public var link: String?
    /// The number of a step this one runs at the same time as (`bersamaan_dengan`).
    public var parallelWith: Int?

    public init(activity: String, actor: String, requirements: String? = nil, time: CompletionTime,
                output: String? = nil, remarks: String? = nil, link: String? = nil, parallelWith: Int? = nil) {
        self.activity = activity
        self.actor = actor
        self.requirements = requirements
        self.time = time
        self.output = output
        self.remarks = remarks
        self.link = link
        self.parallelWith = parallelWith
    }
}
