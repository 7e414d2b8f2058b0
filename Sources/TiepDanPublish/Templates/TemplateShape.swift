/// What a template may name inside a value: the keys of an object, the element of a list, or
/// nothing further for a plain value. Built from a sample view model by reflection, so the
/// shape follows the Swift type without a second description to keep in step.
public indirect enum TemplateShape: Sendable {
    /// A string, number or Bool.
    case scalar
    /// A struct or dictionary and the shapes of its keys.
    case object([String: TemplateShape])
    /// An array and the shape of its elements.
    case list(TemplateShape)
    /// Nothing known (a nil sample, an empty list): any name below it is accepted.
    case unknown

    /// The shape of `sample`.
    public init(sample: Any) {
        if let merged = sample as? MergedSample {
            var keys: [String: TemplateShape] = [:]
            for part in merged.parts.reversed() {
                if case .object(let partKeys) = TemplateShape(sample: part) { keys.merge(partKeys) { _, new in new } }
            }
            self = .object(keys)
            return
        }
        let mirror = Mirror(reflecting: sample)
        switch mirror.displayStyle {
        case .optional:
            self = mirror.children.first.map { TemplateShape(sample: $0.value) } ?? .unknown
        case .collection, .set:
            self = .list(mirror.children.first.map { TemplateShape(sample: $0.value) } ?? .unknown)
        case .dictionary:
            var keys: [String: TemplateShape] = [:]
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                if pair.count == 2, let key = pair[0].value as? String { keys[key] = TemplateShape(sample: pair[1].value) }
            }
            self = .object(keys)
        case .struct, .class:
            var keys: [String: TemplateShape] = [:]
            for child in mirror.children {
                if let label = child.label { keys[label] = TemplateShape(sample: child.value) }
            }
            self = .object(keys)
        default:
            self = .scalar
        }
    }

    /// The shape under `key`, nil when this shape has no such key.
    func child(_ key: String) -> TemplateShape? {
        switch self {
        case .object(let keys): keys[key]
        case .unknown: .unknown
        case .scalar, .list: nil
        }
    }
}
