// The bytes of a connection as the server frames them before QtHttpServer
// sees them (request line and headers, Content-Length and chunked bodies):
// the verdict must not depend on how the bytes arrive. The first line also
// goes to the archive route's Range parser.
#include "FuzzTargets.h"

#include "http/RequestFraming.h"
#include "requests/ByteRange.h"

namespace pd::fuzz {

void requestFraming(QByteArrayView input)
{
    const QByteArray bytes = input.toByteArray();
    constexpr qint64 kMaxBody = 64 * 1024;
    constexpr qint64 kMaxHeaders = 2048;

    server::RequestFraming whole(kMaxBody, kMaxHeaders);
    const server::RequestFraming::Verdict verdict = whole.feed(bytes);

    // The same bytes in pieces of 1 to 16 bytes, sized by the input.
    server::RequestFraming pieces(kMaxBody, kMaxHeaders);
    server::RequestFraming::Verdict pieceVerdict = server::RequestFraming::Verdict::Fine;
    const qsizetype step = bytes.isEmpty() ? 1 : 1 + static_cast<unsigned char>(bytes.at(0)) % 16;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        pieceVerdict = pieces.feed(bytes.mid(at, step));
    require(pieceVerdict == verdict, "framing does not depend on how the bytes arrive");
    require(pieces.idle() == whole.idle() && pieces.inHeaders() == whole.inHeaders(),
            "framing ends in the same state however the bytes arrive");

    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray range = newline < 0 ? bytes : bytes.left(newline);
    for (const qint64 size : {qint64(0), qint64(1), qint64(1000), qint64(1) << 40}) {
        const server::ByteRange parsed = server::ByteRange::parse(range, size);
        if (parsed.kind() == server::ByteRange::Kind::Partial)
            require(parsed.first() >= 0 && parsed.first() <= parsed.last() && parsed.last() < size,
                    "a partial range lies inside the representation");
    }
}

} // namespace pd::fuzz
