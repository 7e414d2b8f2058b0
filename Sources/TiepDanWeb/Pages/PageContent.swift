/// A page's typed view model: its stored properties are the template's variables. An optional that
/// is nil is absent, so `{{#merged_into}}` shows nothing for a question never merged, where an empty
/// string in an untyped dictionary rendered the label as if a value were there.
protocol PageContent: Sendable {}
