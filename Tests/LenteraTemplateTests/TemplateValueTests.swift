import Testing
@testable import LenteraTemplate

@Suite struct TemplateValueTests {
    @Test func optionalNilIsNull() {
        let absent: String? = nil
        guard case .null = TemplateValue(absent) else { Issue.record("nil must be .null"); return }
    }
}
