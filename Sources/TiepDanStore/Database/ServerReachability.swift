import NIOCore
import NIOPosix

/// Whether a database server's address accepts connections at all: what tells "the server is gone" (refused,
/// unreachable) from "the server is busy" when a request waits long for it. Silence tells neither.
struct ServerReachability: Sendable {
    enum Address: Sendable {
        case host(String, port: Int)
        case unixSocket(String)
    }

    let address: Address
    let group: any EventLoopGroup
    let timeout: TimeAmount

    /// Why the server cannot be reached now, or nil when a connection opens (and is closed again at once).
    func unreachable() async -> String? {
        let bootstrap = ClientBootstrap(group: group).connectTimeout(timeout)
        do {
            let channel =
                switch address {
                case .host(let host, let port): try await bootstrap.connect(host: host, port: port).get()
                case .unixSocket(let path): try await bootstrap.connect(unixDomainSocketPath: path).get()
                }
            try? await channel.close()
            return nil
        } catch ChannelError.connectTimeout {
            // Not an answer: a server whose queue of connections is full drops them unanswered just as a vanished host
            // does (tests opening hundreds of connections at once on 2 cores saw it). The request waits out its limit.
            return nil
        } catch {
            return "the database server does not accept connections (\(error))"
        }
    }
}
