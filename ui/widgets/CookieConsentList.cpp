#include "widgets/CookieConsentList.h"

#include "common/DisplayText.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace pd {

namespace {

// A check box shows its text as plain text but reads '&' as a mnemonic.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

QString CookieConsentList::details(const Cookie &cookie)
{
    // Each value bounded as a list item's: a cut one states its own length.
    QStringList parts;
    parts.append(tr("Domain: %1").arg(DisplayText::bounded(cookie.domain)));
    parts.append(cookie.identifier.isEmpty()
                     ? tr("Holds no identifier")
                     : tr("Identifier: %1").arg(DisplayText::bounded(cookie.identifier)));
    parts.append(cookie.firstSetAt.isEmpty()
                     ? tr("Never set")
                     : tr("First set %1").arg(FieldFormat::apiDateTime(cookie.firstSetAt)));
    parts.append(cookie.expiresAt.isEmpty()
                     ? tr("Ends with the browser session")
                     : tr("Expires %1").arg(FieldFormat::apiDateTime(cookie.expiresAt)));
    return parts.join(QLatin1Char('\n'));
}

CookieConsentList::CookieConsentList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString CookieConsentList::categoryLabel(const QString &category)
{
    if (category == QLatin1String("strictly_necessary"))
        return tr("Strictly necessary");
    if (category == QLatin1String("functional"))
        return tr("Functional");
    if (category == QLatin1String("analytics"))
        return tr("Analytics");
    if (category == QLatin1String("marketing"))
        return tr("Marketing");
    return DisplayText::bounded(category);
}

void CookieConsentList::setCookies(const QList<Cookie> &items)
{
    QStringList ids;
    for (const Cookie &cookie : items)
        ids.append(cookie.id);
    if (ids != m_order) {
        rebuild(items);
        return;
    }
    for (const Cookie &cookie : items)
        update(cookie);
}

void CookieConsentList::rebuild(const QList<Cookie> &items)
{
    delete m_groups;
    m_boxes.clear();
    m_details.clear();
    m_required.clear();
    m_order.clear();
    m_groups = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(m_groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_groups);

    // Categories in the order the server lists them first.
    QStringList categories;
    for (const Cookie &cookie : items) {
        if (!categories.contains(cookie.category))
            categories.append(cookie.category);
    }
    for (const QString &category : std::as_const(categories)) {
        auto *group = new QGroupBox(categoryLabel(category), m_groups);
        group->setAccessibleName(categoryLabel(category));
        auto *groupLayout = new QVBoxLayout(group);
        for (const Cookie &cookie : items) {
            if (cookie.category != category)
                continue;
            groupLayout->addWidget(row(cookie, group));
        }
        groupsLayout->addWidget(group);
    }
    // The server's order of ids, to compare with on the next update.
    for (const Cookie &cookie : items)
        m_order.append(cookie.id);
    groupsLayout->addStretch();
}

QWidget *CookieConsentList::row(const Cookie &cookie, QWidget *parent)
{
    const QString &id = cookie.id;
    const QString name = DisplayText::bounded(cookie.name);
    const bool required = cookie.required;

    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QCheckBox(escapeMnemonic(name), row);
    box->setObjectName(QStringLiteral("consent-") + id);
    box->setAccessibleName(tr("Allow %1").arg(name));
    // A list item's bound: nine selectable labels of 1,000 characters took
    // ~150 ms to lay out when the page was shown.
    auto *purpose = new PlainTextLabel(
        DisplayText::paragraph(cookie.purpose, DisplayText::kCellChars), tr("Purpose"), row);
    auto *detail = new PlainTextLabel(details(cookie), tr("Details of %1").arg(name), row);
    detail->setForegroundRole(QPalette::PlaceholderText);
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box);
    purpose->setIndent(indent);
    detail->setIndent(indent);
    layout->addWidget(box);
    layout->addWidget(purpose);
    layout->addWidget(detail);
    if (required) {
        auto *why = new PlainTextLabel(
            tr("Strictly necessary: the service cannot work without it, so it cannot be turned "
               "off here."),
            tr("Why %1 cannot be turned off").arg(name), row);
        why->setIndent(indent);
        layout->addWidget(why);
        box->setAccessibleDescription(why->text());
    } else {
        box->setAccessibleDescription(purpose->text());
    }
    m_boxes.insert(id, box);
    m_details.insert(id, detail);
    m_required.insert(id, required);
    update(cookie);
    connect(box, &QCheckBox::toggled, this,
            [this, id](bool checked) { Q_EMIT consentToggled(id, checked); });
    return row;
}

void CookieConsentList::update(const Cookie &cookie)
{
    const QString &id = cookie.id;
    QCheckBox *box = m_boxes.value(id);
    if (!box)
        return;
    const bool required = cookie.required;
    m_required.insert(id, required);
    setConsent(id, required || cookie.consent);
    box->setEnabled(!required);
    m_details.value(id)->setText(details(cookie));
}

void CookieConsentList::setConsent(const QString &id, bool granted)
{
    if (QCheckBox *box = m_boxes.value(id)) {
        const QSignalBlocker blocker(box);
        box->setChecked(granted);
    }
}

void CookieConsentList::setPending(const QString &id, bool pending)
{
    if (QCheckBox *box = m_boxes.value(id))
        box->setEnabled(!pending && !m_required.value(id));
}

} // namespace pd
