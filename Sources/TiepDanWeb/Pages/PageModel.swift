import Mustache

/// What a page template sees: the page's own typed content, read by reflection the way Mustache reads
/// any value, then the layout's values (language, words, `pageTitle`, signed-in staff, CSRF token).
struct PageModel: MustacheParent {
    let layout: [String: Any]
    let content: any PageContent

    func child(named name: String) -> Any? {
        // The page's own values first: the layout keeps `pageTitle` for the window's title.
        if let child = Mirror(reflecting: content).children.first(where: { $0.label == name }) {
            // A nil optional is absent, not a present empty value.
            let optional = Mirror(reflecting: child.value)
            guard optional.displayStyle == .optional else { return child.value }
            return optional.children.first?.value
        }
        return layout[name]
    }
}
