#include "requests/ExportRequestDialog.h"

#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
const char *const kCategoryProperty = "exportCategory";
} // namespace

ExportRequestDialog::ExportRequestDialog(Context context, QWidget *parent)
    : RequestFormDialog(RequestType::Export, std::move(context), parent)
    , m_all(new QPushButton(tr("Select &all"), this))
    , m_none(new QPushButton(tr("Select &none"), this))
    , m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export my data"));
    setAccessibleName(windowTitle());
    setConsequence(
        tr("The privacy policy says you retain all rights to the data you provide and may access "
           "the Personal Data you have provided. This request asks the provider for a copy of "
           "the data you choose below, in files other programs can read, so you can keep it or "
           "take it to another service. Nothing is changed or deleted. When the copy is ready, "
           "the Requests page offers it as one archive to download; the download link expires "
           "after a few days, so save the archive soon (you can ask for a new export later)."));

    auto *group = new QGroupBox(tr("Data to include"), this);
    group->setAccessibleName(tr("Data to include"));
    auto *grid = new QGridLayout(group);
    const QStringList all = categories();
    // Two columns keep the list short; mnemonics would clash with the
    // dialog's own, so the boxes are reached with Tab and toggled with Space.
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(categoryName(all.at(i)), group);
        box->setAccessibleName(categoryName(all.at(i)));
        box->setProperty(kCategoryProperty, all.at(i));
        connect(box, &QCheckBox::toggled, this, &RequestFormDialog::revalidate);
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.append(box);
    }
    m_all->setAccessibleName(tr("Select all categories"));
    m_none->setAccessibleName(tr("Select no category"));
    connect(m_all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setAll(false); });
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_all);
    selection->addWidget(m_none);
    selection->addStretch(1);
    grid->addLayout(selection, int(all.size() + 1) / 2, 0, 1, 2);

    m_format->addItem(tr("JSON and CSV"), QStringLiteral("both"));
    m_format->addItem(tr("JSON (structured, for programs)"), QStringLiteral("json"));
    m_format->addItem(tr("CSV (tables, for spreadsheets)"), QStringLiteral("csv"));
    m_format->setAccessibleName(tr("File format"));
    connect(m_format, &QComboBox::currentIndexChanged, this, &RequestFormDialog::revalidate);
    auto *formatLabel = new QLabel(tr("File &format:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(formatLabel);
    formatRow->addWidget(m_format, 1);

    formLayout()->addWidget(group);
    formLayout()->addLayout(formatRow);
    setSubmitText(tr("&Request export"), tr("Request export"));

    setTabOrder(m_boxes.constLast(), m_all);
    setTabOrder(m_all, m_none);
    setTabOrder(m_none, m_format);
    setAll(true);
    revalidate();
}

QStringList ExportRequestDialog::categories()
{
    return {QStringLiteral("profile"),
            QStringLiteral("billing"),
            QStringLiteral("third_party_records"),
            QStringLiteral("visits"),
            QStringLiteral("messages"),
            QStringLiteral("logs"),
            QStringLiteral("usage"),
            QStringLiteral("cookies"),
            QStringLiteral("google_authorizations"),
            QStringLiteral("requests")};
}

QString ExportRequestDialog::categoryName(const QString &category)
{
    if (category == QLatin1String("profile"))
        return tr("Profile (name, email, address, phone, website)");
    if (category == QLatin1String("billing"))
        return tr("Billing information");
    if (category == QLatin1String("third_party_records"))
        return tr("Data received from third parties");
    if (category == QLatin1String("visits"))
        return tr("Site visits");
    if (category == QLatin1String("messages"))
        return tr("Messages");
    if (category == QLatin1String("logs"))
        return tr("Activity log");
    if (category == QLatin1String("usage"))
        return tr("Service usage");
    if (category == QLatin1String("cookies"))
        return tr("Cookie choices");
    if (category == QLatin1String("google_authorizations"))
        return tr("Google sign-in authorizations");
    if (category == QLatin1String("requests"))
        return tr("Your rights requests");
    return category;
}

QCheckBox *ExportRequestDialog::categoryBox(const QString &category) const
{
    for (QCheckBox *box : m_boxes) {
        if (box->property(kCategoryProperty).toString() == category)
            return box;
    }
    return nullptr;
}

void ExportRequestDialog::setSelection(const QStringList &chosen, const QString &format)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(chosen.contains(box->property(kCategoryProperty).toString()));
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportRequestDialog::setAll(bool checked)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(checked);
}

std::optional<QJsonObject> ExportRequestDialog::buildPayload(QString *problem) const
{
    QJsonArray chosen;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            chosen.append(box->property(kCategoryProperty).toString());
    }
    if (chosen.isEmpty()) {
        if (problem)
            *problem = tr("Choose at least one kind of data to export.");
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("categories"), chosen},
                       {QStringLiteral("format"), m_format->currentData().toString()}};
}

} // namespace pd
