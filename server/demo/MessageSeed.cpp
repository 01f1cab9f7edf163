#include "MessageSeed.h"

#include "SeedIds.h"
#include "db/Database.h"

#include <QStringList>

#include <iterator>

namespace pd::server {

namespace {

struct Channel {
    const char *channel;
    const char *counterpart;
};

const Channel kIndonesianChannels[] = {
    {"whatsapp", "Qiscus Support (WhatsApp)"},
    {"web_chat", "Rina (Qiscus Support)"},
    {"whatsapp", "Qiscus Bot"},
    {"email", "support@qiscus.example"},
    {"instagram", "@qiscus"},
    {"web_chat", "Qiscus Bot"},
    {"telegram", "@QiscusSupportBot"},
    {"whatsapp", "Dimas (Qiscus Billing)"},
    {"sms", "QISCUS"},
    {"line", "Qiscus Official"},
};

const Channel kInternationalChannels[] = {
    {"web_chat", "Sarah (Qiscus Support)"},
    {"email", "support@qiscus.example"},
    {"whatsapp", "Qiscus Support (WhatsApp)"},
    {"facebook", "Qiscus (Messenger)"},
    {"web_chat", "Qiscus Bot"},
    {"email", "billing@qiscus.example"},
    {"telegram", "@QiscusSupportBot"},
    {"sms", "QISCUS"},
};

const char *const kIndonesianInbound[] = {
    "Halo, saya tidak bisa login ke dashboard Omnichannel sejak pagi.",
    "Bagaimana cara menghubungkan nomor WhatsApp Business kami?",
    "Apakah ada laporan percakapan per agen untuk bulan lalu?",
    "Tolong ubah alamat penagihan kami ke kantor baru di Kuningan.",
    "Can you send the invoice in English for our finance team?",
    "Chatbot Robolabs membalas dua kali untuk pesan yang sama.",
    "Berapa lama data percakapan kami disimpan?",
    "Terima kasih, sudah berhasil sekarang 🙏",
};

const char *const kIndonesianOutbound[] = {
    "Halo Kak Ayu, terima kasih sudah menghubungi Qiscus. Kami cek dulu ya.",
    "Sudah kami perbaiki. Silakan coba login kembali dan kabari kami jika masih ada kendala.",
    "Panduan menghubungkan WhatsApp Business API: buka App Center > WhatsApp > Hubungkan nomor.",
    "Laporan bisa diunduh di menu Analytics > Agent Performance.",
    "Your invoice is attached to the email we just sent. Terima kasih!",
    "Tiket Anda sudah ditutup. Bagaimana pengalaman Anda dengan layanan kami? Balas 1-5.",
    "Data disimpan selama akun aktif; detailnya ada di Kebijakan Privasi kami.",
    "Pengingat: jadwal pemeliharaan server Sabtu pukul 23.00-01.00 WIB.",
};

const char *const kInternationalInbound[] = {
    "Hi, our agents can't see new conversations from the website widget.",
    "Could you add two more agent seats to our plan?",
    "Where can I download last month's conversation report?",
    "Please update the billing contact to our finance team.",
    "Is our data stored in the EU or in Asia?",
    "Thanks, that fixed it!",
};

const char *const kInternationalOutbound[] = {
    "Hi James, thanks for reaching out to Qiscus. We're looking into it now.",
    "The widget issue is fixed; please refresh the agent dashboard.",
    "Two seats have been added. They will appear on your next invoice.",
    "Reports are under Analytics > Conversation Report, exportable as CSV.",
    "Your data is stored on our main server in Indonesia; see Data locations in the app.",
    "We're closing this ticket. How did we do? Reply with 1-5.",
};

template <std::size_t N> QString pick(const char *const (&list)[N], qint64 n)
{
    return QString::fromUtf8(list[n % qint64(N)]);
}

} // namespace

QString MessageSeed::hostileBody(int variant)
{
    const QString greeting = variant % 2 == 0 ? QStringLiteral("Promo spesial untuk Anda!")
                                              : QStringLiteral("Special offer for you!");
    return QStringLiteral("<b>") + greeting +
           QStringLiteral("</b> <a href=\"javascript:alert('pd')\">Klik / click</a>"
                          " <script>alert('pd')</script><img src=x onerror=alert(1)>"
                          "\u0007\u001b[31m red \u001b[0m\r\nline two\ttab &amp; &lt;tag&gt;"
                          " \u202eevil\u202c");
}

void MessageSeed::seed(const Database &db, qint64 nowMs, const QString &accountId, int variant)
{
    const bool first = variant % 2 == 0;
    const int count = first ? 480 : 150;
    const qint64 step = 730 * SeedIds::kDayMs / count;
    QSqlQuery &insert = db.prepared(
        QStringLiteral("INSERT INTO messages (account_id, sent_at, channel, direction, counterpart,"
                       " body) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int n = 0; n < count; ++n) {
        // A conversation is an inbound message and the answer to it a few
        // minutes later, on the same channel.
        const int conversation = n / 2;
        const bool inbound = n % 2 == 0;
        const Channel &channel =
            first ? kIndonesianChannels[conversation % std::size(kIndonesianChannels)]
                  : kInternationalChannels[conversation % std::size(kInternationalChannels)];
        const qint64 sentAt = SeedIds::before(nowMs, conversation, 2 * step) +
                              (inbound ? 0 : (3 + conversation % 11) * SeedIds::kMinuteMs) -
                              20 * SeedIds::kMinuteMs;
        QString body;
        if (n == 3) // an outbound marketing template, rendered badly
            body = hostileBody(variant);
        else if (first)
            body = inbound ? pick(kIndonesianInbound, conversation)
                           : pick(kIndonesianOutbound, conversation);
        else
            body = inbound ? pick(kInternationalInbound, conversation)
                           : pick(kInternationalOutbound, conversation);
        Database::exec(insert, {accountId, sentAt, QString::fromLatin1(channel.channel),
                                inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                                QString::fromUtf8(channel.counterpart), body});
    }
}

} // namespace pd::server
