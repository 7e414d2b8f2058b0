import Hummingbird

/// Gathers what a response body writes, so a rendered answer can be kept and sent again.
struct CollectingBodyWriter: ResponseBodyWriter {
    /// Where the bytes go; a class, since the writer is consumed by the body that writes to it.
    final class Buffer: @unchecked Sendable {
        var bytes = ByteBuffer()
    }

    let buffer: Buffer

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.bytes.writeBuffer(&buffer)
    }

    mutating func write(contentsOf buffers: some Sequence<ByteBuffer>) async throws {
        for buffer in buffers { try await write(buffer) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}

    /// The whole body of `response`.
    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let buffer = Buffer()
        try await body.write(CollectingBodyWriter(buffer: buffer))
        return buffer.bytes
    }
}
