import LenteraTemplate

/// A list of views made one at a time, as the template reaches each, and dropped once it
/// is written: a page listing every unit of a national portal (the completeness page: 25,000
/// units, each with its obligations) never holds all their views at once.
struct OnDemandList<Element: TemplateValueConvertible>: TemplateList, TemplateValueConvertible {
    let count: Int
    let make: (Int) -> Element

    init(count: Int, make: @escaping (Int) -> Element) {
        self.count = count
        self.make = make
    }

    /// The views of `items`, each made from its item when asked.
    init<Items: RandomAccessCollection>(_ items: Items, make: @escaping (Items.Element) -> Element) where Items.Index == Int {
        self.init(count: items.count) { make(items[items.startIndex + $0]) }
    }

    func element(at index: Int) -> TemplateValue { make(index).templateValue }

    var templateValue: TemplateValue { .list(self) }

    /// Every element, made now (the debug audit of views compares them one by one).
    var elements: [Any] { (0..<count).map { make($0) } }
}

/// What the debug audit of views needs of an `OnDemandList`, whatever its element.
protocol MadeOnDemand {
    var elements: [Any] { get }
}

extension OnDemandList: MadeOnDemand {}
