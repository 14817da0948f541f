import Testing
@testable import LenteraDomain

/// Steps that run at the same time: links join into groups, a group counts once as its
/// longest step, and a link to a step the SOP does not have is a problem.
@Suite struct SOPParallelStepsTests {
    func total(_ times: [String], groups: [[Int]]) -> SOPTotalDuration {
        SOPTotalDuration(times.enumerated().map { (number: $0.offset + 1, time: SOPTime(CompletionTime(text: $0.element, duration: Duration.parse($0.element)), plainDays: .working)) },
                         groups: groups)
    }

    @Test func aLinkMakesAGroupOfTwo() {
        #expect(SOPParallelSteps.groups(stepCount: 5, links: [(step: 5, target: 4)]) == [[4, 5]])
        // Written either way round, the same group.
        #expect(SOPParallelSteps.groups(stepCount: 5, links: [(step: 4, target: 5)]) == [[4, 5]])
        #expect(SOPParallelSteps.groups(stepCount: 5, links: []) == [])
    }

    @Test func chainsJoinIntoOneGroupAndSeparateLinksStayApart() {
        #expect(SOPParallelSteps.groups(stepCount: 9, links: [(step: 5, target: 4), (step: 6, target: 5)]) == [[4, 5, 6]])
        #expect(SOPParallelSteps.groups(stepCount: 9, links: [(step: 2, target: 1), (step: 8, target: 7), (step: 9, target: 1)]) == [[1, 2, 9], [7, 8]])
        // A loop of links is still one group.
        #expect(SOPParallelSteps.groups(stepCount: 3, links: [(step: 1, target: 2), (step: 2, target: 3), (step: 3, target: 1)]) == [[1, 2, 3]])
    }

    @Test func aLinkOutsideTheStepsIsAProblemAndLeftOut() {
        #expect(SOPParallelSteps.problem(step: 5, target: 4, stepCount: 5) == nil)
        #expect(SOPParallelSteps.problem(step: 1, target: 5, stepCount: 5) == nil)
        #expect(SOPParallelSteps.problem(step: 5, target: 6, stepCount: 5) == .unknownStep(step: 5, target: 6))
        #expect(SOPParallelSteps.problem(step: 2, target: 0, stepCount: 5) == .unknownStep(step: 2, target: 0))
        #expect(SOPParallelSteps.problem(step: 2, target: -1, stepCount: 5) == .unknownStep(step: 2, target: -1))
        #expect(SOPParallelSteps.problem(step: 3, target: 3, stepCount: 5) == .itself(step: 3))
        #expect(SOPParallelSteps.groups(stepCount: 5, links: [(step: 5, target: 6), (step: 3, target: 3)]) == [])
    }

    @Test func aGroupCountsOnceAsItsLongestStep() {
        // 14 hari against 60 menit: the days count, the hour does not.
        let sum = total(["10 menit", "14 hari", "60 menit", "5 menit"], groups: [[2, 3]])
        #expect(sum.workingDays == 14)
        #expect(sum.minutes == 15)
        #expect(sum.parallelGroups == [SOPParallelGroup(steps: [2, 3], counted: 2)])
        // The longest may come second; equals count the first.
        #expect(total(["1 jam", "2 jam"], groups: [[1, 2]]).parallelGroups[0].counted == 2)
        #expect(total(["1 jam", "60 menit"], groups: [[1, 2]]).parallelGroups[0].counted == 1)
        #expect(total(["1 jam", "60 menit"], groups: [[1, 2]]).minutes == 60)
        // A chain of three counts one.
        #expect(total(["3 hari", "1 hari", "2 hari"], groups: [[1, 2, 3]]).workingDays == 3)
    }

    @Test func anUnreadableStepInAGroupIsStillNamedAndTheReadableOneCounts() {
        let sum = total(["sesuai jadwal", "2 jam", "5 menit"], groups: [[1, 2]])
        #expect(sum.unreadableSteps == [1])
        #expect(sum.minutes == 125)
        #expect(sum.parallelGroups == [SOPParallelGroup(steps: [1, 2], counted: 2)])
        let none = total(["segera", "tergantung"], groups: [[1, 2]])
        #expect(none.parallelGroups == [SOPParallelGroup(steps: [1, 2], counted: nil)])
        #expect(none.isUnknown)
    }

    @Test func anSOPsLinksGiveItsGroups() {
        let steps = (1...6).map { number in
            SOPStep(activity: "K", actor: "Camat", time: CompletionTime(text: "1 jam", duration: .minutes(60)),
                    parallelWith: [5: 4, 6: 5][number])
        }
        let sop = StandardOperatingProcedure(unit: "u", slug: "s", title: "SOP", enactment: SOPEnactment(number: "1", date: CalendarDate(year: 2023, month: 1, day: 2)!, enactedBy: "Camat"),
                                             actors: ["Camat"], steps: steps)
        #expect(sop.parallelGroups == [[4, 5, 6]])
        #expect(sop.totalDuration.minutes == 4 * 60)
    }
}
