import Mustache

/// What a page template sees: the layout's values (language, words, title, signed-in staff, CSRF token)
/// and then the page's own typed content, read by reflection the way Mustache reads any value.
struct PageModel: MustacheParent {
    let layout: [String: Any]
    let content: any PageContent

    func child(named name: String) -> Any? {
        if let value = layout[name] { return value }
        guard let value = Mirror(reflecting: content).children.first(where: { $0.label == name })?.value else { return nil }
        // A nil optional is absent, not a present empty value.
        let optional = Mirror(reflecting: value)
        guard optional.displayStyle == .optional else { return value }
        return optional.children.first?.value
    }
}
