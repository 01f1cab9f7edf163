#include "common/JsonGuard.h"

#include "common/JsonStringCap.h"

#include <QIODevice>
#include <QJsonParseError>

namespace pd {

JsonGuard::JsonGuard(Limits limits)
    : m_limits(limits)
{}

bool JsonGuard::acceptsLength(qint64 contentLength) const
{
    return contentLength <= m_limits.maxBytes;
}

bool JsonGuard::readFrom(QIODevice &device)
{
    while (!m_exceeded && device.bytesAvailable() > 0) {
        // One byte past the cap is enough to know it is exceeded.
        const qint64 room = m_limits.maxBytes - m_body.size() + 1;
        const QByteArray chunk = device.read(qMin<qint64>(room, 1024 * 1024));
        if (chunk.isEmpty())
            break;
        append(chunk);
    }
    return !m_exceeded;
}

bool JsonGuard::append(QByteArrayView chunk)
{
    if (m_exceeded)
        return false;
    if (m_body.size() + chunk.size() > m_limits.maxBytes) {
        m_exceeded = true;
        m_body.clear();
        m_body.squeeze();
        return false;
    }
    m_body.append(chunk);
    return true;
}

void JsonGuard::clear()
{
    m_body.clear();
    m_exceeded = false;
}

std::optional<QJsonDocument> JsonGuard::parse(ApiError *error) const
{
    if (m_exceeded) {
        if (error)
            *error = ApiError::tooLarge(m_limits.maxBytes);
        return std::nullopt;
    }
    return parse(m_body, error, m_limits);
}

std::optional<QJsonDocument> JsonGuard::parse(const QByteArray &body, ApiError *error,
                                              Limits limits)
{
    auto fail = [error](ApiError value) -> std::optional<QJsonDocument> {
        if (error)
            *error = std::move(value);
        return std::nullopt;
    };
    if (body.size() > limits.maxBytes)
        return fail(ApiError::tooLarge(limits.maxBytes));
    if (body.trimmed().isEmpty())
        return fail(ApiError::malformed(QStringLiteral("empty body where JSON was expected")));
    if (!depthWithin(body, limits.maxDepth))
        return fail(ApiError::malformed(
            QStringLiteral("JSON nested deeper than %1 levels").arg(limits.maxDepth)));
    QByteArray cut;
    if (limits.maxStringChars > 0) {
        std::optional<QByteArray> capped = JsonStringCap::apply(body, limits.maxStringChars);
        if (!capped)
            return fail(ApiError::malformed(QStringLiteral("invalid JSON: a string holds "
                                                           "ill-formed UTF-8 or escapes")));
        cut = std::move(*capped);
    }
    QJsonParseError parseError;
    QJsonDocument document =
        QJsonDocument::fromJson(limits.maxStringChars > 0 ? cut : body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        return fail(ApiError::malformed(QStringLiteral("invalid JSON at offset %1: %2")
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString())));
    }
    return document;
}

bool JsonGuard::depthWithin(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return false;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace pd
