import Hummingbird

/// Sets each request's client address from its peer and, behind trusted proxies, their forwarding headers.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trusted: AddressRanges

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.clientAddress = ClientAddress.resolve(
            peer: context.clientAddress,
            forwardedFor: request.headers[.xForwardedFor],
            forwarded: request.headers[.forwarded],
            trusted: trusted
        )
        return try await next(request, context)
    }
}
