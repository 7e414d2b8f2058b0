extension Migrations {
    /// Indexes that let one organisation's lists be read without touching any other's, in the order they are shown,
    /// a page at a time: its leaders, departments and places, a province's communes, its commitments by id, its
    /// published answers and bulletins newest first. `QueryPlanTests` reads each statement's plan.
    static let organisationIndexes = Migration(
        version: 28,
        name: "organisation indexes",
        statements: [
            .shared("CREATE INDEX leaders_by_organisation ON leaders (organisation_id, id)"),
            .shared("CREATE INDEX departments_by_organisation ON departments (organisation_id, id)"),
            .shared("CREATE INDEX places_by_organisation ON places (organisation_id, id)"),
            .shared("CREATE INDEX organisations_by_parent ON organisations (parent_id, id)"),
            .shared("CREATE INDEX commitments_by_organisation ON commitments (organisation_id, id)"),
            .shared("CREATE INDEX questions_published ON questions (organisation_id, status, published_at, reference)"),
            .shared("CREATE INDEX questions_published_everywhere ON questions (status, published_at, reference)"),
            .shared("CREATE INDEX bulletins_by_organisation ON bulletins (organisation_id, published_at, id)"),
        ]
    )
}
