#include "FuzzMutator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtDebug>

#include <array>

namespace pd::fuzz {

namespace {

quint64 seedFromEnvironment(const char *name, quint64 defaultSeed)
{
    const QByteArray text = qgetenv("PD_FUZZ_SEED");
    quint64 seed = defaultSeed;
    if (text == "random") {
        seed = QRandomGenerator::system()->generate64();
    } else if (!text.isEmpty()) {
        bool ok = false;
        seed = text.toULongLong(&ok, 0);
        if (!ok)
            qFatal("PD_FUZZ_SEED must be a number or \"random\"");
    }
    qInfo("%s: PD_FUZZ_SEED=%llu (replay with this value)", name,
          static_cast<unsigned long long>(seed));
    return seed;
}

// Bytes that change how the parsers see structure.
constexpr std::array<char, 22> kSpecialBytes = {
    '"', '\\', '{', '}', '[', ']', ',',        ':',        '\n',       '\r',       '\t',
    ' ', '\0', '0', '-', 'e', 'u', char(0x80), char(0xC0), char(0xED), char(0xEF), char(0xFF)};

const std::array<QByteArray, 12> kHugeNumbers = {
    QByteArrayLiteral("1e400"),
    QByteArrayLiteral("-1e400"),
    QByteArrayLiteral("9223372036854775807"),
    QByteArrayLiteral("9223372036854775808"),
    QByteArrayLiteral("-9223372036854775809"),
    QByteArrayLiteral("18446744073709551616"),
    QByteArrayLiteral("123456789012345678901234567890123456789"),
    QByteArrayLiteral("2147483648"),
    QByteArrayLiteral("-0"),
    QByteArrayLiteral("0.000000000000000000000000001"),
    QByteArrayLiteral("1.5"),
    QByteArrayLiteral("4.9e-324"),
};

const std::array<QByteArray, 9> kBadUtf8 = {
    QByteArrayLiteral("\xC0\xAF"),         // overlong '/'
    QByteArrayLiteral("\xED\xA0\x80"),     // surrogate
    QByteArrayLiteral("\xF4\x90\x80\x80"), // above U+10FFFF
    QByteArrayLiteral("\xFF"),             // never valid
    QByteArrayLiteral("\xE2\x82"),         // truncated
    QByteArrayLiteral("\x80"),             // lone continuation
    QByteArrayLiteral("\\ud800"),          // lone high surrogate escape
    QByteArrayLiteral("\\udc00\\ud800"),   // reversed pair
    QByteArrayLiteral("\xEF\xBB\xBF"),     // byte order mark
};

} // namespace

FuzzMutator::FuzzMutator(const char *name, quint64 defaultSeed)
    : m_seed(seedFromEnvironment(name, defaultSeed))
    , m_random(m_seed)
{}

int FuzzMutator::iterations(int defaultCount) const
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("PD_FUZZ_ITERATIONS", &ok);
    return ok && count > 0 ? count : defaultCount;
}

QByteArray FuzzMutator::mutate(const QList<QByteArray> &seeds)
{
    QByteArray data = seeds.at(below(int(seeds.size())));
    if (seeds.size() > 1 && chance(15)) {
        // Splice: the head of one seed, the tail of another.
        const QByteArray &other = seeds.at(below(int(seeds.size())));
        data = data.left(below(int(data.size()) + 1)) + other.mid(below(int(other.size()) + 1));
    }
    return mutateBytes(data);
}

QByteArray FuzzMutator::mutateBytes(QByteArray data)
{
    const int count = 1 + below(4);
    for (int n = 0; n < count; ++n) {
        const int size = int(data.size());
        const int at = below(size + 1);
        switch (below(12)) {
        case 0: // bit flip
            if (size > 0)
                data[below(size)] = char(data[below(size)] ^ char(1 << below(8)));
            break;
        case 1: // a structural or odd byte
            if (size > 0)
                data[below(size)] = kSpecialBytes[std::size_t(below(int(kSpecialBytes.size())))];
            break;
        case 2: // insert random bytes
            for (int i = below(8) + 1; i > 0; --i)
                data.insert(at, char(below(256)));
            break;
        case 3: // insert a structural byte
            data.insert(at, kSpecialBytes[std::size_t(below(int(kSpecialBytes.size())))]);
            break;
        case 4: // delete a range
            data.remove(at, 1 + below(16));
            break;
        case 5: // truncate
            data.truncate(at);
            break;
        case 6: { // duplicate a range somewhere else
            const int from = below(size + 1);
            const QByteArray piece = data.mid(from, 1 + below(64));
            data.insert(below(size + 1), piece);
            break;
        }
        case 7: // a huge or odd number
            data.insert(at, kHugeNumbers[std::size_t(below(int(kHugeNumbers.size())))]);
            break;
        case 8: { // deep nesting, sometimes with empty keys
            static const QByteArray openers[] = {"[", "{\"\":", "{\"a\":", "[{\"\":"};
            const QByteArray &opener = openers[below(4)];
            const int depth = chance(10) ? 20000 + below(200000) : 1 + below(300);
            QByteArray nest = opener.repeated(depth);
            if (chance(50)) {
                nest += '1';
                for (int i = 0; i < depth; ++i)
                    nest += opener.startsWith('{') ? (opener.size() > 4 ? "}]" : "}") : "]";
            }
            // Half the time where a value starts, so the parser descends.
            int where = at;
            if (chance(50)) {
                const int colon = int(data.indexOf(chance(50) ? ':' : '[', at));
                where = colon < 0 ? at : colon + 1;
            }
            data.insert(where, nest);
            break;
        }
        case 9: // invalid or tricky UTF-8
            data.insert(at, kBadUtf8[std::size_t(below(int(kBadUtf8.size())))]);
            break;
        case 10: // a very long run
            data.insert(
                at, QByteArray(chance(10) ? 70000 + below(100000) : 1 + below(5000),
                               chance(50)
                                   ? 'a'
                                   : kSpecialBytes[std::size_t(below(int(kSpecialBytes.size())))]));
            break;
        case 11: // swap two bytes
            if (size > 1)
                std::swap(data[below(size)], data[below(size)]);
            break;
        }
    }
    return data;
}

QString FuzzMutator::randomText(int maxLength)
{
    static const char16_t pool[] = {u'a',      u'Z',      u'0',  u'9',    u' ',      u'"',
                                    u'\\',     u'/',      u',',  u':',    u'{',      u'[',
                                    u'\n',     u'\r',     u'\t', u'\x01', u'\u00e9', u'\u4e2d',
                                    u'\u2028', u'\ufeff', u'-',  u'.',    u'=',      u'\u0000'};
    QString text;
    const int length = below(maxLength + 1);
    for (int i = 0; i < length; ++i) {
        if (chance(3))
            text += QString::fromUcs4(U"\U0001F600", 1); // a surrogate pair
        else
            text += QChar(pool[below(int(std::size(pool)))]);
    }
    return text;
}

QJsonValue FuzzMutator::randomScalar()
{
    switch (below(9)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return chance(50);
    case 2:
        return double(below(100000)) - 50000;
    case 3:
        return 1e300 * (chance(50) ? 1 : -1);
    case 4:
        return 9223372036854775808.0 * (chance(50) ? 1 : -1);
    case 5:
        return 0.5 + below(10);
    case 6:
        return QString(below(100000), QLatin1Char('x'));
    case 7:
        return randomText(40);
    default:
        return QString();
    }
}

QJsonValue FuzzMutator::replacement(const QJsonValue &old)
{
    switch (below(8)) {
    case 0: { // deep nesting (as deep as Qt can still serialize and read back)
        QJsonValue value = randomScalar();
        for (int i = below(1100); i > 0; --i)
            value = chance(50) ? QJsonValue(QJsonArray{value})
                               : QJsonValue(QJsonObject{{QStringLiteral("a"), value}});
        return value;
    }
    case 1: // an array of the old value
        return QJsonArray{old, old};
    case 2: // an object wrapping it
        return QJsonObject{{randomText(8), old}};
    case 3: // empty containers
        return chance(50) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
    default:
        return randomScalar();
    }
}

QJsonValue FuzzMutator::replaceSomewhere(const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.isEmpty() || chance(depth == 0 ? 5 : 20)) {
            if (!object.isEmpty() && chance(30))
                object.remove(object.keys().at(below(int(object.size()))));
            else if (chance(50))
                object.insert(randomText(10), randomScalar());
            else
                return replacement(value);
            return object;
        }
        const QString key = object.keys().at(below(int(object.size())));
        object.insert(key, replaceSomewhere(object.value(key), depth + 1));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        if (array.isEmpty() || chance(20)) {
            if (!array.isEmpty() && chance(30))
                array.removeAt(below(int(array.size())));
            else if (!array.isEmpty() && chance(50))
                array.append(array.at(below(int(array.size()))));
            else
                return replacement(value);
            return array;
        }
        const int index = below(int(array.size()));
        array.replace(index, replaceSomewhere(array.at(index), depth + 1));
        return array;
    }
    return replacement(value);
}

QJsonValue FuzzMutator::mutateJson(const QJsonValue &value)
{
    QJsonValue result = value;
    for (int n = 1 + below(3); n > 0; --n)
        result = replaceSomewhere(result, 0);
    return result;
}

QByteArray FuzzMutator::describe(const QByteArray &input)
{
    // PD_FUZZ_FULL=1 shows the whole input when replaying.
    const QByteArray head = qEnvironmentVariableIsSet("PD_FUZZ_FULL") ? input : input.left(300);
    QByteArray shown = head.toPercentEncoding(" {}[]\":,.-_=/");
    if (head.size() < input.size())
        shown += "... (" + QByteArray::number(input.size()) + " bytes)";
    return shown;
}

QByteArray FuzzMutator::context(int iteration, const QByteArray &input) const
{
    // PD_FUZZ_DUMP=<file> keeps the failing input whole for a closer look.
    const QString dump = qEnvironmentVariable("PD_FUZZ_DUMP");
    if (!dump.isEmpty()) {
        QFile file(dump);
        if (file.open(QIODevice::WriteOnly))
            file.write(input);
    }
    return "PD_FUZZ_SEED=" + QByteArray::number(m_seed) + " iteration " +
           QByteArray::number(iteration) + " input " + describe(input);
}

int jsonDepth(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            deepest = qMax(deepest, jsonDepth(item));
        return deepest + 1;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = qMax(deepest, jsonDepth(it.value()));
        return deepest + 1;
    }
    return 0;
}

} // namespace pd::fuzz
