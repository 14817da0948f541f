/// Steps of an SOP that run at the same time as another (`bersamaan_dengan`): in the
/// SPP/IKM SOP of seed 002 (l. 167–168) steps 4 and 5 are one 14-day window seen from the
/// officer's and the public's side. Links join into groups: 5 with 4 and 6 with 5 make one
/// group of 4, 5 and 6. A group's time counts once in the total, as its longest step.
public enum SOPParallelSteps {
    /// Why a link cannot be followed.
    public enum Problem: Error, Sendable, Equatable {
        /// Step `step` names a step number the SOP does not have.
        case unknownStep(step: Int, target: Int)
        /// Step `step` names itself.
        case itself(step: Int)
    }

    /// What is wrong with "step `step` runs at the same time as step `target`" in an SOP of
    /// `stepCount` steps, or nil.
    public static func problem(step: Int, target: Int, stepCount: Int) -> Problem? {
        if target == step { return .itself(step: step) }
        if !(1...max(stepCount, 1)).contains(target) || stepCount < 1 { return .unknownStep(step: step, target: target) }
        return nil
    }

    /// The groups of two or more steps the links make, each sorted, ordered by their first
    /// step. Links with a problem are left out.
    public static func groups(stepCount: Int, links: [(step: Int, target: Int)]) -> [[Int]] {
        guard stepCount > 0 else { return [] }
        var parent = Array(0...stepCount)
        func root(_ step: Int) -> Int {
            var step = step
            while parent[step] != step {
                parent[step] = parent[parent[step]]
                step = parent[step]
            }
            return step
        }
        for link in links where (1...stepCount).contains(link.step) && problem(step: link.step, target: link.target, stepCount: stepCount) == nil {
            let a = root(link.step), b = root(link.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [Int: [Int]] = [:]
        for step in 1...stepCount { members[root(step), default: []].append(step) }
        return members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}

/// A group of steps that run at the same time, and the step whose time the total counts.
public struct SOPParallelGroup: Sendable, Equatable {
    /// Step numbers, in order.
    public var steps: [Int]
    /// The longest step whose time could be read (the first of equals); nil when none could.
    public var counted: Int?

    public init(steps: [Int], counted: Int?) {
        self.steps = steps
        self.counted = counted
    }
}
