#pragma once

#include "common/ApiError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>

#include <optional>

class QIODevice;

namespace pd {

// Guards JSON from the network: a size cap enforced before and while reading
// (never buffering past it) and a nesting-depth cap checked by a quick scan
// before QJsonDocument parses anything; optionally, strings longer than
// maxStringChars are cut before parsing (JsonStringCap: the start and the
// whole's length are kept).
struct JsonLimits {
    qint64 maxBytes = 64LL * 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxStringChars = 0; // 0: strings are kept whole
};

class JsonGuard
{
public:
    using Limits = JsonLimits;
    static constexpr qint64 kDefaultMaxBytes = JsonLimits().maxBytes;
    static constexpr int kDefaultMaxDepth = JsonLimits().maxDepth;

    JsonGuard() = default;
    explicit JsonGuard(Limits limits);

    const Limits &limits() const { return m_limits; }
    // False when a declared Content-Length is over the cap.
    bool acceptsLength(qint64 contentLength) const;
    // Takes what `device` has available, never more than one byte past the
    // cap; false once the body is over the cap (the rest stays unread).
    bool readFrom(QIODevice &device);
    bool append(QByteArrayView chunk);
    bool exceeded() const { return m_exceeded; }
    const QByteArray &body() const { return m_body; }
    void clear();

    // Parses the collected body; nullopt and *error (Malformed or TooLarge)
    // on failure.
    std::optional<QJsonDocument> parse(ApiError *error) const;
    static std::optional<QJsonDocument> parse(const QByteArray &body, ApiError *error,
                                              Limits limits = {});
    // Whether arrays and objects in `json` nest at most `maxDepth` deep
    // (brackets inside strings do not count). Stops at the first too-deep one.
    static bool depthWithin(QByteArrayView json, int maxDepth);

private:
    Limits m_limits;
    QByteArray m_body;
    bool m_exceeded = false;
};

} // namespace pd
