import TiepDanOffice

/// `/staff/new-session`: the secretariat adds a session the schedule files do not have (tiếp đột xuất, an extra
/// programme), the organisation chosen first so its leaders can be offered.
struct NewSessionPage: PageContent {
    let organisations: [Choice]
    /// The chosen organisation, once there is one: its leaders and the rest of the form.
    let organisationID: String?
    let leaders: [Choice]
    let kinds: [Choice]
    let form: AdHocSessionPagesController.Form
    /// A message for each wrong field, by the form's input names.
    let errors: [String: String]
    let errorSummary: ErrorSummary?
}
