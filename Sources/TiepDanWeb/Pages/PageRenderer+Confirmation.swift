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
        // A form page: a citizen's confirmation carries the anonymous CSRF token, a clerk's the session's.
        try formPage(
            "web/confirm",
            titleKey: "confirm_title",
            request,
            context,
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

    /// The confirmation step before a bulletin is published: its title, how many answers, and that it stays as it is.
    func confirmBulletin(
        _ request: Request,
        _ context: AppRequestContext,
        form: ConfirmableForm<some Decodable & Sendable>,
        title: String,
        answers: Int,
        backURL: String
    ) throws -> Response {
        let language = Language.of(request)
        return try confirmation(
            request,
            context,
            form: form,
            heading: localization.word("confirm_bulletin_heading", language),
            consequences: [
                localization.word("confirm_bulletin_title", language) + " " + title,
                localization.word("confirm_bulletin_answers", language) + " " + String(answers) + ".",
                localization.word("confirm_bulletin_final", language),
            ],
            confirmLabel: localization.word("bulletins_publish", language),
            backURL: backURL
        )
    }
}
