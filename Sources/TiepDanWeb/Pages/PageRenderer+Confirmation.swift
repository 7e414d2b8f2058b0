import Hummingbird

extension PageRenderer {
    /// The confirmation step of an irreversible action: the first post of `form` shows what will happen, with the same
    /// fields and `confirmed=yes` in a form that posts to `action` again; nothing is done until that second post.
    func confirmation(
        _ request: Request,
        _ context: AppRequestContext,
        form: ConfirmableForm<some Decodable & Sendable>,
        heading: String,
        consequences: [String],
        confirmLabel: String,
        backURL: String
    ) throws -> Response {
        try page(
            "web/confirm",
            titleKey: "confirm_title",
            request: request,
            context: context,
            content: ConfirmationPage(
                heading: heading,
                consequences: consequences,
                action: request.uri.path,
                hidden: form.pairs,
                confirmLabel: confirmLabel,
                backURL: backURL
            )
        )
    }
}
