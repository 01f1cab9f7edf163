// Fuzzes what the server feeds the API layer: JsonGuard (size and depth
// caps), JsonReader's typed readers, Discovery::fromJson and
// RefusalReason::slugOf. See FuzzMutator.h for seeds and replay.
#include "DiscoveryDocument.h"
#include "FuzzMutator.h"

#include "common/JsonGuard.h"
#include "common/JsonReader.h"
#include "common/JsonStringCap.h"
#include "discovery/Discovery.h"
#include "outbox/OutboxItem.h"
#include "outbox/RefusalReason.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace pd;
using pd::fuzz::FuzzMutator;

namespace {

// The well-formed document with more request types and deadlines.
QJsonObject discoverySeed()
{
    QJsonObject seed = pd::test::discoveryDocument();
    seed.insert(
        QStringLiteral("request_types"),
        QJsonArray{QStringLiteral("export"), QStringLiteral("delete"), QStringLiteral("edit")});
    seed.insert(QStringLiteral("request_deadline_days"),
                QJsonObject{{QStringLiteral("export"), 3}, {QStringLiteral("delete"), 30}});
    return seed;
}

QList<QByteArray> jsonSeeds()
{
    return {
        QJsonDocument(discoverySeed()).toJson(QJsonDocument::Compact),
        QJsonDocument(discoverySeed()).toJson(QJsonDocument::Indented),
        // moc cannot read raw string literals, hence the escapes.
        QByteArrayLiteral("{\"type\":\"https://privacy.example/problems/rate-limited\","
                          "\"title\":\"Too many requests\",\"status\":429,"
                          "\"slug\":\"rate-limited\","
                          "\"detail\":\"Slow down \\\"please\\\" \\u00e9\\ud83d\\ude00\"}"),
        QByteArrayLiteral("{\"items\":[{\"id\":\"r1\",\"nested\":{\"a\":[1,2,{\"b\":null}]}}],"
                          "\"next_cursor\":null,\"total\":1}"),
        QByteArrayLiteral("[1,-2.5e10,\"x\",true,false,null,[],{}]"),
        QByteArrayLiteral("\"just a string\""),
    };
}

bool containsKind(ApiError::Kind kind, std::initializer_list<ApiError::Kind> kinds)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// Whether `cut` is `whole` with its strings cut after `max` characters as
// JsonStringCap cuts them (a U+FDD0 of the whole's as U+FFFD). Objects
// whose keys were cut are not compared (cut keys may merge or reorder).
bool cutMatches(const QJsonValue &whole, const QJsonValue &cut, qsizetype max)
{
    if (whole.type() != cut.type())
        return false;
    if (whole.isString()) {
        const QString text = whole.toString().replace(QChar(JsonStringCap::kCutMark),
                                                      QChar(QChar::ReplacementCharacter));
        if (text.size() <= max)
            return cut.toString() == text;
        const QString cutText = cut.toString(); // the parts view it
        const std::optional<JsonStringCap::Cut> parts = JsonStringCap::cutOf(cutText);
        if (!parts)
            return false;
        QStringView start = parts->start;
        qsizetype length = parts->fullLength;
        // Qt drops a leading U+FEFF of a string it holds as UTF-8, not of
        // one with an escape in it (a cut one's mark).
        if (start.startsWith(QChar(0xfeff)) && !text.startsWith(QChar(0xfeff))) {
            start = start.mid(1);
            --length;
            --max;
        }
        return length == text.size() && start.size() <= max && start.size() >= max - 1 &&
               text.startsWith(start);
    }
    if (whole.isArray()) {
        const QJsonArray a = whole.toArray();
        const QJsonArray b = cut.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!cutMatches(a.at(i), b.at(i), max))
                return false;
        }
        return true;
    }
    if (whole.isObject()) {
        const QJsonObject a = whole.toObject();
        const QJsonObject b = cut.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString key = it.key();
            if (JsonStringCap::cutOf(key))
                return true;
        }
        // Pairwise: Qt may or may not drop a key's leading U+FEFF (see above).
        if (a.size() != b.size())
            return false;
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (!cutMatches(x.value(), y.value(), max))
                return false;
        }
        return true;
    }
    return whole == cut;
}

} // namespace

class TestFuzzApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // JsonGuard::parse with random caps: a document it returns fits both
    // caps; anything else is a Malformed or TooLarge error with a message.
    // depthWithin agrees with the depth of what Qt parsed.
    void jsonGuardParse()
    {
        FuzzMutator fuzz("jsonGuardParse", 0x5eed0001);
        const QList<QByteArray> seeds = jsonSeeds();
        const int count = fuzz.iterations(4000);
        int accepted = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input =
                fuzz.chance(20) ? QJsonDocument(fuzz.mutateJson(discoverySeed()).toObject())
                                      .toJson(QJsonDocument::Compact)
                                : fuzz.mutate(seeds);
            JsonGuard::Limits limits;
            limits.maxDepth = 1 + fuzz.below(70);
            limits.maxBytes = fuzz.chance(50) ? JsonGuard::kDefaultMaxBytes
                                              : qint64(fuzz.below(int(input.size()) + 10));
            ApiError error;
            const std::optional<QJsonDocument> document = JsonGuard::parse(input, &error, limits);
            if (document) {
                ++accepted;
                const int depth = document->isArray() ? fuzz::jsonDepth(document->array())
                                                      : fuzz::jsonDepth(document->object());
                PD_FUZZ_VERIFY(input.size() <= limits.maxBytes, fuzz.context(i, input));
                PD_FUZZ_VERIFY(depth <= limits.maxDepth, fuzz.context(i, input));
                PD_FUZZ_VERIFY(!document->isNull(), fuzz.context(i, input));
            } else {
                PD_FUZZ_VERIFY(containsKind(error.kind(),
                                            {ApiError::Kind::Malformed, ApiError::Kind::TooLarge}),
                               fuzz.context(i, input));
                PD_FUZZ_VERIFY(!error.developerDetail().isEmpty(), fuzz.context(i, input));
            }
            // Differential: for text Qt accepts, the bracket scan measures
            // exactly the nesting Qt built.
            QJsonParseError parseError;
            const QJsonDocument qt = QJsonDocument::fromJson(input, &parseError);
            if (parseError.error == QJsonParseError::NoError) {
                const int depth =
                    qt.isArray() ? fuzz::jsonDepth(qt.array()) : fuzz::jsonDepth(qt.object());
                PD_FUZZ_VERIFY(JsonGuard::depthWithin(input, depth), fuzz.context(i, input));
                PD_FUZZ_VERIFY(depth == 0 || !JsonGuard::depthWithin(input, depth - 1),
                               fuzz.context(i, input));
            }
        }
        qInfo("%d inputs, %d accepted", count, accepted);
    }

    // JsonStringCap against Qt's parser: what Qt accepts is accepted after
    // the cut too (unless refused as ill-formed), with the same structure
    // and every string either whole or cut with its start and length; what
    // Qt refuses stays refused.
    void jsonStringCap()
    {
        FuzzMutator fuzz("jsonStringCap", 0x5eed0007);
        const QList<QByteArray> seeds = jsonSeeds();
        const int count = fuzz.iterations(4000);
        int cutDocuments = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            const qsizetype max = 1 + fuzz.below(24);
            const std::optional<QByteArray> capped = JsonStringCap::apply(input, max);
            QJsonParseError wholeError;
            const QJsonDocument whole = QJsonDocument::fromJson(input, &wholeError);
            if (!capped)
                continue;
            QJsonParseError cutError;
            const QJsonDocument cut = QJsonDocument::fromJson(*capped, &cutError);
            PD_FUZZ_VERIFY((wholeError.error == QJsonParseError::NoError) ==
                               (cutError.error == QJsonParseError::NoError),
                           fuzz.context(i, input));
            if (wholeError.error != QJsonParseError::NoError)
                continue;
            const QJsonValue a =
                whole.isArray() ? QJsonValue(whole.array()) : QJsonValue(whole.object());
            const QJsonValue b = cut.isArray() ? QJsonValue(cut.array()) : QJsonValue(cut.object());
            PD_FUZZ_VERIFY(cutMatches(a, b, max), fuzz.context(i, input));
            cutDocuments += *capped != input;
        }
        qInfo("%d inputs, %d changed by the cut", count, cutDocuments);
    }

    // Streaming into a guard in random chunks (append and readFrom): never
    // holds more than the cap, exceeded() exactly when the body is over it,
    // and parse() then agrees with the one-shot parse.
    void jsonGuardStreaming()
    {
        FuzzMutator fuzz("jsonGuardStreaming", 0x5eed0002);
        const QList<QByteArray> seeds = jsonSeeds();
        const int count = fuzz.iterations(3000);
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            JsonGuard::Limits limits;
            limits.maxBytes = qint64(fuzz.below(int(input.size()) * 2 + 2));
            limits.maxDepth = 1 + fuzz.below(70);
            JsonGuard guard(limits);
            PD_FUZZ_VERIFY(guard.acceptsLength(input.size()) == (input.size() <= limits.maxBytes),
                           fuzz.context(i, input));
            if (fuzz.chance(50)) {
                qsizetype at = 0;
                while (at < input.size()) {
                    const qsizetype size = 1 + fuzz.below(int(input.size() - at));
                    guard.append(QByteArrayView(input).sliced(at, size));
                    at += size;
                    PD_FUZZ_VERIFY(guard.body().size() <= limits.maxBytes, fuzz.context(i, input));
                }
            } else {
                QBuffer device;
                device.setData(input);
                QVERIFY(device.open(QIODevice::ReadOnly));
                guard.readFrom(device);
                PD_FUZZ_VERIFY(device.pos() <= limits.maxBytes + 1, fuzz.context(i, input));
            }
            const bool over = input.size() > limits.maxBytes;
            PD_FUZZ_VERIFY(guard.exceeded() == over, fuzz.context(i, input));
            PD_FUZZ_VERIFY(over ? guard.body().isEmpty() : guard.body() == input,
                           fuzz.context(i, input));
            ApiError streamed, oneShot;
            const auto fromGuard = guard.parse(&streamed);
            const auto direct = JsonGuard::parse(input, &oneShot, limits);
            PD_FUZZ_VERIFY(fromGuard.has_value() == direct.has_value(), fuzz.context(i, input));
            if (!fromGuard)
                PD_FUZZ_VERIFY(streamed.kind() == oneShot.kind(), fuzz.context(i, input));
        }
    }

    // JsonReader on mutated objects: every typed read either yields a value
    // of the asked type and range or records an error; a failure is never
    // silent and never lost.
    void jsonReaderTypedReads()
    {
        FuzzMutator fuzz("jsonReaderTypedReads", 0x5eed0003);
        const QJsonObject seed{
            {QStringLiteral("s"), QStringLiteral("text")},
            {QStringLiteral("n"), 42},
            {QStringLiteral("big"), 9007199254740993.0},
            {QStringLiteral("b"), true},
            {QStringLiteral("a"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}},
            {QStringLiteral("o"), QJsonObject{{QStringLiteral("s"), QStringLiteral("inner")}}},
            {QStringLiteral("os"), QJsonArray{QJsonObject{{QStringLiteral("n"), 1}}}},
            {QStringLiteral("null"), QJsonValue::Null},
        };
        const QStringList keys = seed.keys() << QStringLiteral("missing");
        const qint64 bounds[] = {
            std::numeric_limits<qint64>::min(), std::numeric_limits<int>::min(),   -1, 0, 1, 12,
            std::numeric_limits<int>::max(),    std::numeric_limits<qint64>::max()};
        const int count = fuzz.iterations(6000);
        for (int i = 0; i < count; ++i) {
            const QJsonObject object = fuzz.mutateJson(seed).toObject();
            const QByteArray shown = QJsonDocument(object).toJson(QJsonDocument::Compact);
            JsonReader reader(object, QStringLiteral("root"));
            const QString key = keys.at(fuzz.below(int(keys.size())));
            const QJsonValue raw = object.value(key);
            switch (fuzz.below(8)) {
            case 0: {
                const QString value = reader.string(key);
                PD_FUZZ_VERIFY(reader.ok() == raw.isString(), fuzz.context(i, shown));
                PD_FUZZ_VERIFY(value == raw.toString(), fuzz.context(i, shown));
                break;
            }
            case 1:
            case 2: {
                qint64 min = bounds[fuzz.below(8)];
                qint64 max = bounds[fuzz.below(8)];
                if (min > max)
                    std::swap(min, max);
                const qint64 value = fuzz.chance(50)
                                         ? reader.integer(key, min, max)
                                         : reader.optionalInteger(key, min, max).value_or(0);
                if (reader.ok() && raw.isDouble()) {
                    // The value read is the number sent, inside the range.
                    PD_FUZZ_VERIFY(value >= min && value <= max, fuzz.context(i, shown));
                    PD_FUZZ_VERIFY(double(value) == raw.toDouble(), fuzz.context(i, shown));
                }
                if (!raw.isDouble() && !raw.isNull() && !raw.isUndefined())
                    PD_FUZZ_VERIFY(!reader.ok(), fuzz.context(i, shown));
                break;
            }
            case 3:
                reader.boolean(key);
                PD_FUZZ_VERIFY(reader.ok() == raw.isBool(), fuzz.context(i, shown));
                break;
            case 4: {
                const QStringList values = reader.strings(key);
                if (reader.ok())
                    PD_FUZZ_VERIFY(values.size() == raw.toArray().size(), fuzz.context(i, shown));
                else
                    PD_FUZZ_VERIFY(values.isEmpty(), fuzz.context(i, shown));
                break;
            }
            case 5: {
                const QList<JsonReader> items = reader.objects(key);
                for (JsonReader item : items)
                    item.optionalString(u"s");
                if (!raw.isArray())
                    PD_FUZZ_VERIFY(!reader.ok(), fuzz.context(i, shown));
                break;
            }
            case 6: {
                JsonReader inner = reader.object(key);
                inner.string(u"s");
                // A nested failure is the parent's failure too.
                PD_FUZZ_VERIFY(inner.ok() == reader.ok(), fuzz.context(i, shown));
                break;
            }
            default: {
                const std::optional<QString> value = reader.optionalString(key);
                PD_FUZZ_VERIFY(reader.ok() == (raw.isString() || raw.isNull() || raw.isUndefined()),
                               fuzz.context(i, shown));
                if (value)
                    PD_FUZZ_VERIFY(raw.isString(), fuzz.context(i, shown));
                break;
            }
            }
            PD_FUZZ_VERIFY(reader.ok() == reader.error().isEmpty(), fuzz.context(i, shown));
            if (!reader.ok())
                PD_FUZZ_VERIFY(reader.error().startsWith(QStringLiteral("root")),
                               fuzz.context(i, shown));
        }
    }

    // Discovery::fromJson on structure-mutated and byte-mutated documents:
    // an accepted document satisfies every check the app relies on; a
    // refused one is Malformed and names the field.
    void discoveryFromJson()
    {
        FuzzMutator fuzz("discoveryFromJson", 0x5eed0004);
        const QList<QByteArray> seeds = jsonSeeds().mid(0, 2);
        const int count = fuzz.iterations(4000);
        int accepted = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input =
                fuzz.chance(70) ? QJsonDocument(fuzz.mutateJson(discoverySeed()).toObject())
                                      .toJson(QJsonDocument::Compact)
                                : fuzz.mutate(seeds);
            ApiError guardError;
            const std::optional<QJsonDocument> document = JsonGuard::parse(input, &guardError);
            if (!document)
                continue;
            ApiError error;
            const std::optional<Discovery> discovery = Discovery::fromJson(*document, &error);
            if (!discovery) {
                PD_FUZZ_VERIFY(error.kind() == ApiError::Kind::Malformed, fuzz.context(i, input));
                PD_FUZZ_VERIFY(error.developerDetail().startsWith(QStringLiteral("discovery")),
                               fuzz.context(i, input));
                continue;
            }
            ++accepted;
            PD_FUZZ_VERIFY(!discovery->providerName.isEmpty(), fuzz.context(i, input));
            PD_FUZZ_VERIFY(!discovery->requestTypes.isEmpty(), fuzz.context(i, input));
            for (const QUrl &url : {discovery->apiBaseUrl, discovery->privacyPolicyUrl,
                                    discovery->passwordResetUrl}) {
                PD_FUZZ_VERIFY(url.isValid() && !url.scheme().isEmpty(), fuzz.context(i, input));
            }
            for (const Discovery::OidcIssuer &issuer : discovery->oidcIssuers)
                PD_FUZZ_VERIFY(issuer.issuer.isValid(), fuzz.context(i, input));
            for (const int days : discovery->requestDeadlineDays)
                PD_FUZZ_VERIFY(days >= 1, fuzz.context(i, input));
            PD_FUZZ_VERIFY(discovery->backupRetentionDays >= 0, fuzz.context(i, input));
            PD_FUZZ_VERIFY(discovery->deletionGraceDays >= 0, fuzz.context(i, input));
        }
        qInfo("%d documents, %d accepted", count, accepted);
        QVERIFY(accepted > 0); // the seeds themselves stay reachable
    }

    // slugOf reads the slug out of an outbox item's stored error summary:
    // whatever that text holds, the result is empty or a well-formed slug
    // that the text really carries.
    void refusalSlugOf()
    {
        FuzzMutator fuzz("refusalSlugOf", 0x5eed0005);
        const QList<QByteArray> seeds = {
            ApiError::problem(412, QStringLiteral("precondition-failed"), QStringLiteral("x"))
                .logSummary()
                .toUtf8(),
            QByteArrayLiteral("problem status=409 slug=request-already-open request-id=abc-123"),
            QByteArrayLiteral("http status=500"),
            QByteArrayLiteral("slug=rate-limited"),
            QByteArray(),
        };
        static const QRegularExpression wellFormed(QStringLiteral("^[a-z0-9-]+$"));
        const int count = fuzz.iterations(8000);
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            OutboxItem item;
            item.type = fuzz.chance(50) ? QStringLiteral("edit") : QStringLiteral("export");
            item.state =
                fuzz.chance(50) ? OutboxItem::State::FailedPermanently : OutboxItem::State::Pending;
            item.lastError = QString::fromUtf8(input);
            const QString slug = RefusalReason::slugOf(item);
            if (!slug.isEmpty()) {
                PD_FUZZ_VERIFY(wellFormed.match(slug).hasMatch(), fuzz.context(i, input));
                PD_FUZZ_VERIFY(item.lastError.contains(QStringLiteral("slug=") + slug),
                               fuzz.context(i, input));
            }
            const QString message =
                RefusalReason::message(item.type, slug, QStringLiteral("fallback"));
            PD_FUZZ_VERIFY(!message.isEmpty(), fuzz.context(i, input));
            PD_FUZZ_VERIFY(RefusalReason::isStaleCorrection(item) ==
                               (item.state == OutboxItem::State::FailedPermanently &&
                                item.type == QLatin1String("edit") &&
                                slug == QLatin1String("precondition-failed")),
                           fuzz.context(i, input));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzApi)
#include "tst_fuzz_api.moc"
