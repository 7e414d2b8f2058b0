/// Validation of login names, shared by the command line and the web.
public enum Username {
    /// Why a proposed user name is not acceptable, or nil when it is.
    public static func problem(with name: String) -> String? {
        guard (3...64).contains(name.count) else {
            return "must be 3 to 64 characters"
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard name.allSatisfy({ allowed.contains($0) }) else {
            return "may contain only lower-case letters, digits, '.', '_' and '-'"
        }
        return nil
    }
}
