#include "common/DisplayText.h"

#include "common/JsonStringCap.h"

#include <QLocale>

#include <limits>

namespace pd {

namespace {

constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopDirectionalIsolate = 0x2069;

bool isBidiControl(char16_t c)
{
    // Embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI
    // PDI). The marks (LRM, RLM, ALM) cannot reorder anything beyond
    // themselves and stay.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isRightToLeft(QChar c)
{
    const QChar::Direction direction = c.direction();
    return direction == QChar::DirR || direction == QChar::DirAL;
}

} // namespace

QString DisplayText::neutralized(QStringView text, bool multiLine)
{
    QString result;
    result.reserve(text.size() + 2);
    bool isolate = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || u == u'\r') {
            if (!multiLine)
                result += u' ';
            else if (u != u'\r')
                result += c;
        } else if (u < 0x20) {
            // The Control Pictures block: NUL as ␀, ESC as ␛.
            result += QChar(char16_t(0x2400 + u));
        } else if (u == 0x7f) {
            result += QChar(char16_t(0x2421)); // ␡
        } else if ((u >= 0x80 && u <= 0x9f) || u == JsonStringCap::kCutMark) {
            result += QChar(QChar::ReplacementCharacter);
        } else if (isBidiControl(u)) {
            isolate = true;
        } else {
            isolate = isolate || isRightToLeft(c);
            result += c;
        }
    }
    if (isolate)
        result = QChar(kFirstStrongIsolate) + result + QChar(kPopDirectionalIsolate);
    return result;
}

QString DisplayText::bounded(QStringView text, qsizetype maxChars, qsizetype fullLength,
                             bool multiLine)
{
    // A value cut while its document was read: its start and whole length.
    if (fullLength < 0) {
        if (const std::optional<JsonStringCap::Cut> cut = JsonStringCap::cutOf(text)) {
            text = cut->start;
            fullLength = cut->fullLength;
        }
    }
    const qsizetype length = qMax(fullLength, text.size());
    if (!isCut(length, maxChars))
        return neutralized(text, multiLine);
    qsizetype cut = qMin(qMax<qsizetype>(maxChars, 0), text.size());
    // Never half of a surrogate pair.
    if (cut > 0 && cut < text.size() && text.at(cut - 1).isHighSurrogate())
        --cut;
    const int shownLength = int(qMin<qsizetype>(length, std::numeric_limits<int>::max()));
    return tr("%1… (%Ln character(s) in all)", nullptr, shownLength)
        .arg(neutralized(text.left(cut), multiLine));
}

QString DisplayText::whole(QStringView text)
{
    if (const std::optional<JsonStringCap::Cut> cut = JsonStringCap::cutOf(text))
        return bounded(cut->start, cut->start.size(), cut->fullLength, true);
    return neutralized(text, true);
}

QString DisplayText::invalid()
{
    return tr("— (invalid)");
}

} // namespace pd
