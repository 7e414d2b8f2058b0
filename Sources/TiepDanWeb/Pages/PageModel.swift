import Mustache

/// What a page template sees: the page's own typed content, then the layout's values, each read by
/// reflection the way Mustache reads any value; a nil optional is absent, never a present empty value.
struct PageModel: MustacheParent {
    let layout: PageLayout
    let content: any PageContent

    func child(named name: String) -> Any? {
        Self.child(named: name, of: content) ?? Self.child(named: name, of: layout)
    }

    private static func child(named name: String, of value: Any) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let optional = Mirror(reflecting: child.value)
        guard optional.displayStyle == .optional else { return child.value }
        return optional.children.first?.value
    }
}
