import Mustache

/// What a page template sees: the page's own typed content, then the layout's values. Both are read by
/// reflection once, when the page is rendered, into one table of names, so each lookup is a dictionary
/// read; a nil optional is left out, so it is absent, never a present empty value.
struct PageModel: MustacheParent {
    private let children: [String: Mirror.Child]

    init(layout: PageLayout, content: any PageContent) {
        var children = Self.children(of: layout)
        children.merge(Self.children(of: content)) { _, page in page }
        self.children = children
    }

    func child(named name: String) -> Any? {
        children[name]?.value
    }

    /// The present values of `value`'s properties by name, optionals unwrapped.
    private static func children(of value: Any) -> [String: Mirror.Child] {
        var found: [String: Mirror.Child] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let optional = Mirror(reflecting: child.value)
            if optional.displayStyle != .optional {
                found[label] = child
            } else if let wrapped = optional.children.first?.value {
                found[label] = (label, wrapped)
            }
        }
        return found
    }
}
