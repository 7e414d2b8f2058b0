import NIOCore
import NIOHTTPTypes

/// First on each connection's HTTP pipeline: closes a connection over the `ConnectionLimits`, and one whose request
/// body does not arrive in full within `bodyTimeout` (a client that half-sends a body cannot hold a handler, or the
/// shutdown, for as long as it likes). Headers that trickle in are the idle timeout's: Hummingbird closes a
/// connection with no complete request head in that time.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limits: ConnectionLimits
    private let bodyTimeout: TimeAmount
    private var address: String?
    private var bodyDeadline: Scheduled<Void>?

    init(limits: ConnectionLimits, bodyTimeout: TimeAmount) {
        self.limits = limits
        self.bodyTimeout = bodyTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { admit(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        admit(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        bodyDeadline?.cancel()
        if let address { limits.close(address) }
        address = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            bodyDeadline?.cancel()
            bodyDeadline = context.eventLoop.scheduleTask(in: bodyTimeout) { [weak context] in
                context?.close(promise: nil)
            }
        case .end:
            bodyDeadline?.cancel()
            bodyDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    private func admit(_ context: ChannelHandlerContext) {
        guard address == nil else { return }
        let peer = Self.text(of: context.channel.remoteAddress)
        if limits.open(peer) {
            address = peer
        } else {
            context.close(promise: nil)
        }
    }

    private static func text(of address: SocketAddress?) -> String {
        address?.ipAddress ?? "unknown"
    }
}
