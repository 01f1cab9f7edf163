#include "requests/EditRequestDialog.h"

#include "account/Account.h"
#include "account/PersonalData.h"
#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "core/AppServices.h"
#include "profile/EmailChange.h"
#include "profile/PhoneNumberNormalizer.h"
#include "profile/ProfileEdit.h"
#include "requests/EditSummaryDialog.h"
#include "requests/RequestRepository.h"
#include "widgets/FieldFormat.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <utility>

namespace pd {

namespace {

QString territoryName(const QString &code)
{
    const QLocale::Territory territory =
        code.size() == 2 ? QLocale::codeToTerritory(code) : QLocale::AnyTerritory;
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

} // namespace

EditRequestDialog::EditRequestDialog(AppServices *services, Context flowContext, QWidget *parent)
    : RequestFormDialog(RequestType::Edit, std::move(flowContext), parent)
    , m_documents(services->documents())
    , m_profile(services->account()->personalData()->profileDocument())
{
    setWindowTitle(tr("Correct my data"));
    setAccessibleName(windowTitle());
    // The policy: you may correct the personal data you provided; changes take
    // effect on the network, while backups keep the old data for a while.
    const int days = context().discovery ? context().discovery->backupRetentionDays : 0;
    const QString backups =
        days > 0 ? tr("The previous values stay in the provider's secure backups for up to %n "
                      "day(s) afterwards, as part of its standard backup process.",
                      nullptr, days)
                 : tr("The previous values stay in the provider's secure backups for a limited "
                      "period afterwards, as part of its standard backup process.");
    setConsequence(tr("The privacy policy lets you correct the personal data you provided. "
                      "Change what is wrong below: the provider applies exactly these changes "
                      "to your profile when it processes the request.") +
                   u' ' + backups);
    setSubmitText(tr("&Submit correction"), tr("Submit correction"));
    buildForm();

    connect(m_profile, &CachedDocument::changed, this, &EditRequestDialog::onProfile);
    connect(m_profile, &CachedDocument::refreshFailed, this, &EditRequestDialog::onProfileFailed);
    offerReapply();
    // The stored copy fills the form at once; the refresh then shows whether
    // the profile changed elsewhere since.
    m_profile->load();
    updateHints();
    revalidate();
}

EditRequestDialog::~EditRequestDialog() = default;

EditSummaryDialog *EditRequestDialog::summaryDialog() const
{
    return m_summary;
}

QLineEdit *EditRequestDialog::addEdit(Field field, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(ProfileEdit::label(field));
    edit->setMaxLength(maxLength);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &EditRequestDialog::onInputChanged);
    return edit;
}

void EditRequestDialog::buildForm()
{
    m_conflict = new NoticeBanner(NoticeBanner::Kind::Warning, QString(), this);
    m_conflict->hide();
    m_reapply = new NoticeBanner(NoticeBanner::Kind::Warning, QString(), this);
    m_reapply->hide();
    QPushButton *reapplyButton = m_reapply->addButton(tr("Re-&apply it"), tr("Re-apply it"));
    connect(reapplyButton, &QPushButton::clicked, this, &EditRequestDialog::reapply);

    // Lengths: the API's limits (the phone as typed may hold spaces and dashes).
    const auto row = [this](QFormLayout *form, Field field, const QString &label, int maxLength) {
        QLineEdit *edit = addEdit(field, maxLength);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        form->addRow(caption, edit);
        return edit;
    };

    auto *contact = new QGroupBox(tr("Name and contact"), this);
    contact->setAccessibleName(contact->title());
    auto *contactForm = new QFormLayout(contact);
    row(contactForm, Field::FullName, tr("&Full name:"), 200);
    // The sign-in address is not part of a correction: it changes only with
    // a code sent to the new address (ChangeEmailDialog).
    QLineEdit *email = addEdit(Field::Email, 254);
    email->setReadOnly(true);
    auto *emailRow = new QWidget(this);
    auto *emailLayout = new QHBoxLayout(emailRow);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(email, 1);
    m_changeEmail = new QPushButton(tr("Chan&ge…"), emailRow);
    m_changeEmail->setAccessibleName(tr("Change email address"));
    emailLayout->addWidget(m_changeEmail);
    connect(m_changeEmail, &QPushButton::clicked, this, &EditRequestDialog::changeEmailRequested);
    auto *emailCaption = new QLabel(tr("&Email address:"), this);
    emailCaption->setBuddy(email);
    contactForm->addRow(emailCaption, emailRow);
    m_emailNote = new PlainTextLabel(
        tr("Your email address is also how you sign in, so it is not changed by a correction: "
           "choose Change…, and enter the code we send to the new address."),
        tr("About changing the email address"), this);
    contactForm->addRow(QString(), m_emailNote);
    QLineEdit *phone = row(contactForm, Field::Phone, tr("P&hone number:"), 40);
    phone->setPlaceholderText(tr("for example 0812-3456-7890 or +62 21 5795 1234"));
    m_phoneHint = new PlainTextLabel(QString(), tr("How the phone number is filed"), this);
    contactForm->addRow(QString(), m_phoneHint);
    QLineEdit *website = row(contactForm, Field::Website, tr("&Website:"), 2000);
    website->setPlaceholderText(tr("https://…"));

    auto *address = new QGroupBox(tr("Mailing address"), this);
    address->setAccessibleName(address->title());
    auto *addressForm = new QFormLayout(address);
    row(addressForm, Field::Line1, tr("Address line &1:"), 200);
    row(addressForm, Field::Line2, tr("Address line &2:"), 200);
    row(addressForm, Field::City, tr("Cit&y:"), 100);
    row(addressForm, Field::Region, tr("&Region or province:"), 100);
    row(addressForm, Field::PostalCode, tr("&Postal code:"), 20);
    QLineEdit *country = addEdit(Field::Country, 2);
    country->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), country));
    country->setPlaceholderText(tr("two letters, e.g. ID"));
    country->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_countryName = new PlainTextLabel(QString(), tr("Country name"), this);
    auto *countryRow = new QHBoxLayout;
    countryRow->addWidget(country);
    countryRow->addWidget(m_countryName, 1);
    auto *countryCaption = new QLabel(tr("C&ountry:"), this);
    countryCaption->setBuddy(country);
    addressForm->addRow(countryCaption, countryRow);
    auto *addressHint = new PlainTextLabel(tr("Clear every field to remove the address."),
                                           tr("About the address"), this);
    addressForm->addRow(QString(), addressHint);

    formLayout()->addWidget(m_reapply);
    formLayout()->addWidget(m_conflict);
    formLayout()->addWidget(contact);
    formLayout()->addWidget(address);

    // Keyboard order follows the form, top to bottom.
    QWidget *previous = reapplyButton;
    for (const Field field :
         {Field::FullName, Field::Email, Field::Phone, Field::Website, Field::Line1, Field::Line2,
          Field::City, Field::Region, Field::PostalCode, Field::Country}) {
        setTabOrder(previous, m_edits.value(field));
        previous = m_edits.value(field);
        // Change… sits beside the email address: next after it, not last.
        if (field == Field::Email) {
            setTabOrder(previous, m_changeEmail);
            previous = m_changeEmail;
        }
    }
    setTabOrder(previous, submitButton());
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setEnabled(false); // until the profile is known
}

ProfileFields EditRequestDialog::typed() const
{
    ProfileFields fields;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        fields.setValue(it.key(), it.value()->text());
    return fields;
}

void EditRequestDialog::fill(const ProfileFields &fields, const QList<Field> &only)
{
    m_filling = true;
    for (const Field field : ProfileFields::all()) {
        if (only.isEmpty() || only.contains(field))
            m_edits.value(field)->setText(fields.value(field));
    }
    m_filling = false;
    onInputChanged();
}

void EditRequestDialog::onInputChanged()
{
    if (m_filling)
        return;
    updateHints();
    revalidate();
}

void EditRequestDialog::updateHints()
{
    const ProfileFields fields = typed();
    const QString country = fields.country.trimmed().toUpper();
    m_countryName->setText(territoryName(country));

    const QString region = PhoneNumberNormalizer::defaultRegion(country);
    const QString phone = fields.phone.trimmed();
    if (phone.isEmpty()) {
        const QString where = territoryName(region);
        m_phoneHint->setText(
            where.isEmpty()
                ? tr("Write the number with “+” and the country code.")
                : tr("Numbers without “+” are read as dialled in %1. Leave empty to remove the "
                     "number.")
                      .arg(where));
        return;
    }
    const auto result = PhoneNumberNormalizer::normalize(phone, region);
    m_phoneHint->setText(result.isValid() ? tr("Filed as %1.").arg(result.e164) : result.problem);
}

std::optional<QJsonObject> EditRequestDialog::buildPayload(QString *problem) const
{
    if (!m_loaded) {
        *problem = tr("Loading your current profile…");
        return std::nullopt;
    }
    if (m_verifying) {
        *problem = QString(); // the check in progress is shown instead
        return std::nullopt;
    }
    if (m_baseEtag.isEmpty()) {
        *problem = tr("The server did not say which version of your profile this is, so a "
                      "correction cannot be filed safely. Try again later.");
        return std::nullopt;
    }
    const ProfileEdit::Checked checked = ProfileEdit::check(typed());
    if (!checked.isValid()) {
        *problem = checked.problem;
        return std::nullopt;
    }
    const QJsonObject changes = ProfileEdit::mergePatch(m_base, checked.fields);
    if (changes.isEmpty()) {
        *problem = tr("Change at least one field to file a correction.");
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("expected_etag"), QString::fromLatin1(m_baseEtag)}};
}

bool EditRequestDialog::confirmSubmission(const QJsonObject &)
{
    if (!m_documents || !m_documents->apiClient()) {
        // Offline: the request waits in the outbox, and the server refuses it
        // (412) if the profile changed meanwhile, so nothing is overwritten.
        openSummary();
        return false;
    }
    m_verifying = true;
    revalidate();
    problemBanner()->showNotice(NoticeBanner::Kind::Information,
                                tr("Checking whether your profile changed elsewhere…"));
    m_profile->refresh();
    return false;
}

void EditRequestDialog::onProfile()
{
    if (!m_profile->hasCopy())
        return;
    const Document document = m_profile->document();
    const ProfileFields fresh = ProfileFields::fromJson(document.json.object());
    const bool verifying = std::exchange(m_verifying, false);
    if (verifying && problemBanner()->kind() == NoticeBanner::Kind::Information)
        problemBanner()->hide();
    if (!m_loaded) {
        m_loaded = true;
        m_base = fresh;
        m_baseEtag = document.etag;
        for (QLineEdit *edit : std::as_const(m_edits))
            edit->setEnabled(true);
        fill(fresh, {});
        return;
    }
    if (document.etag == m_baseEtag) {
        revalidate();
        if (verifying)
            openSummary();
        return;
    }
    // The profile changed elsewhere: take over what the user did not touch,
    // keep what they did, and show both; a check at Submit stops there.
    const ProfileFields edited = ProfileEdit::check(typed()).fields;
    const ProfileEdit::Rebased rebased = ProfileEdit::rebase(m_base, fresh, edited);
    const ProfileFields before = m_base;
    m_base = fresh;
    m_baseEtag = document.etag;
    if (!rebased.changedElsewhere.isEmpty())
        fill(rebased.fields, rebased.changedElsewhere);
    showRebase(rebased.changedElsewhere, rebased.conflicts, before, fresh);
    updateHints();
    revalidate();
    if (verifying && rebased.changedElsewhere.isEmpty() && rebased.conflicts.isEmpty())
        openSummary(); // only fields this form does not edit changed
}

void EditRequestDialog::showRebase(const QList<Field> &changedElsewhere,
                                   const QList<Field> &conflicts, const ProfileFields &before,
                                   const ProfileFields &now)
{
    if (changedElsewhere.isEmpty() && conflicts.isEmpty())
        return;
    QStringList lines{tr("Your profile changed on the server since this form was filled in "
                         "(on another device, or by the provider processing a request). "
                         "Nothing was overwritten.")};
    if (!changedElsewhere.isEmpty()) {
        lines << tr("Taken over from the current profile:");
        for (const Field field : changedElsewhere)
            lines << tr("• %1: %2 → %3")
                         .arg(ProfileEdit::label(field),
                              ProfileEdit::displayValue(before.value(field)),
                              ProfileEdit::displayValue(now.value(field)));
    }
    if (!conflicts.isEmpty()) {
        lines << tr("Also changed by you: your value is kept, check it:");
        for (const Field field : conflicts)
            lines << tr("• %1: now “%2” in your profile, yours “%3”")
                         .arg(ProfileEdit::label(field),
                              ProfileEdit::displayValue(now.value(field)),
                              m_edits.value(field)->text());
    }
    lines << tr("Review the form, then submit again to re-apply your changes to the current "
                "profile.");
    m_conflict->showNotice(NoticeBanner::Kind::Warning, lines.join(u'\n'));
}

void EditRequestDialog::refreshProfile()
{
    m_profile->refresh();
}

QString EditRequestDialog::pendingEmail() const
{
    if (!m_profile->hasCopy())
        return {};
    const std::optional<EmailChange::Pending> pending =
        EmailChange::pendingFrom(m_profile->document().json);
    return pending ? pending->email : QString();
}

void EditRequestDialog::onProfileFailed(const ApiError &error)
{
    if (std::exchange(m_verifying, false)) {
        if (problemBanner()->kind() == NoticeBanner::Kind::Information)
            problemBanner()->hide();
        revalidate();
        if (error.kind() != ApiError::Kind::Cancelled)
            openSummary(); // the server still refuses a stale correction (412)
        return;
    }
    if (!m_loaded)
        showProblem(tr("Your current profile could not be loaded: %1").arg(error.userMessage()));
}

void EditRequestDialog::offerReapply()
{
    if (!context().requests)
        return;
    const std::optional<OutboxItem> refused = context().requests->staleCorrectionToReapply();
    if (!refused)
        return;
    m_reapplyChanges = refused->payload.value(QStringLiteral("changes")).toObject();
    m_reapply->showNotice(
        NoticeBanner::Kind::Warning,
        tr("Your correction of %1 was not applied: your profile had been changed elsewhere in "
           "the meantime, and nothing was overwritten. You can re-apply it to the current "
           "profile and check it before submitting.")
            .arg(FieldFormat::dateTime(refused->createdAt)));
}

void EditRequestDialog::reapply()
{
    if (!m_loaded)
        return;
    ProfileFields fields = typed();
    for (const Field field : ProfileFields::all()) {
        const QString member = ProfileFields::memberName(field);
        if (ProfileFields::isAddressField(field)) {
            const QJsonValue address = m_reapplyChanges.value(QStringLiteral("mailing_address"));
            if (address.isNull())
                fields.setValue(field, QString());
            else if (address.toObject().contains(member))
                fields.setValue(field, address.toObject().value(member).toString());
        } else if (m_reapplyChanges.contains(member)) {
            fields.setValue(field, m_reapplyChanges.value(member).toString());
        }
    }
    fill(fields, {});
    m_reapply->hide();
}

void EditRequestDialog::openSummary()
{
    QString problem;
    const std::optional<QJsonObject> payload = buildPayload(&problem);
    if (!payload) {
        revalidate();
        return;
    }
    const ProfileFields after = ProfileEdit::check(typed()).fields;
    QList<EditSummaryDialog::Row> rows;
    const QList<Field> changed = ProfileEdit::changes(m_base, after);
    for (const Field field : changed)
        rows.append({ProfileEdit::label(field), ProfileEdit::displayValue(m_base.value(field)),
                     ProfileEdit::displayValue(after.value(field))});
    const QString note = changed.contains(Field::Email) ? m_emailNote->text() : QString();
    m_summary = new EditSummaryDialog(rows, note, this);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &QDialog::accepted, this, [this, changes = *payload] { queue(changes); });
    m_summary->open();
}

} // namespace pd
