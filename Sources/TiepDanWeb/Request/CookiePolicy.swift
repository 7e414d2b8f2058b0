import Hummingbird

/// How the service's cookies are named and marked. Served over HTTPS (the default unless bound to loopback) they are
/// `Secure` and carry the `__Host-` prefix, which browsers accept only from a secure origin, for the whole site,
/// with no `Domain`: no other host or plain-HTTP page can set or overwrite them.
struct CookiePolicy: Sendable {
    let secure: Bool

    /// The name of the cookie `base` as this policy sets it.
    func name(_ base: String) -> String {
        secure ? "__Host-" + base : base
    }

    /// A site-wide, script-proof cookie.
    func cookie(_ base: String, value: String, maxAge: Int? = nil, sameSite: Cookie.SameSite = .lax) -> Cookie {
        Cookie(name: name(base), value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: sameSite)
    }

    /// The value of the cookie `base` under either name, so a change of policy does not sign everyone out mid-form.
    static func value(_ base: String, in request: Request) -> String? {
        request.cookies["__Host-" + base]?.value ?? request.cookies[base]?.value
    }
}
