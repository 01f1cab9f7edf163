#include "export/ArchiveDownloadDialog.h"

#include "dialogs/GrowToFit.h"
#include "export/ArchiveDownloader.h"
#include "export/DownloadError.h"
#include "export/DownloadPaths.h"
#include "export/JoinedParts.h"
#include "export/SplitArchiveDownloader.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace pd {

ArchiveDownloadDialog::ArchiveDownloadDialog(ApiClient *client, ExportResult archive,
                                             QString folder, QWidget *parent)
    : QDialog(parent)
    , m_downloader(new ArchiveDownloader(client, this))
    , m_archive(std::move(archive))
    , m_folder(std::move(folder))
    , m_intro(new PlainTextLabel(QString(), tr("What is downloaded"), this))
    , m_progress(new QProgressBar(this))
    , m_bytes(new QLabel(this))
    , m_partSizeLabel(new QLabel(tr("&Split into parts of:"), this))
    , m_partSize(new QComboBox(this))
    , m_partList(new QListWidget(this))
    , m_outcome(new NoticeBanner(NoticeBanner::Kind::Information, QString(), this))
{
    setWindowTitle(tr("Download export archive"));
    GrowToFit::install(this);
    setAccessibleName(windowTitle());
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_intro->setText(
        tr("The archive of your export is saved as %1 in %2. It is checked against the "
           "checksum the provider announced before it is kept; an interrupted download can be "
           "resumed.")
            .arg(DownloadPaths::archiveFileName(m_archive.requestId),
                 QDir::toNativeSeparators(m_folder)));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_bytes->setAccessibleName(tr("Bytes received"));
    m_outcome->hide();

    // Parts: offered by the server for a large archive, each with its own
    // checksum, so a damaged part is fetched again alone and parts fit
    // media with a file size limit.
    const QLocale locale;
    m_partSize->addItem(tr("Do not split"), qint64(0));
    for (const ArchivePartSet &set : std::as_const(m_archive.partSets))
        m_partSize->addItem(
            tr("%1 (%n part(s))", nullptr, int(set.parts.size()))
                .arg(locale.formattedDataSize(set.partSize, 0, QLocale::DataSizeSIFormat)),
            set.partSize);
    m_partSizeLabel->setBuddy(m_partSize);
    m_partSize->setAccessibleName(tr("Split into parts of"));
    m_partSize->setAccessibleDescription(
        tr("Downloads the archive as numbered parts of this size, each checked on its own."));
    m_partList->setAccessibleName(tr("Parts"));
    m_partList->setSelectionMode(QAbstractItemView::NoSelection);
    const bool offersParts = !m_archive.partSets.isEmpty();
    m_partSizeLabel->setVisible(offersParts);
    m_partSize->setVisible(offersParts);
    m_partList->hide();
    if (offersParts) {
        m_split = new SplitArchiveDownloader(client, this);
        connect(m_split, &SplitArchiveDownloader::progress, this,
                [this](qint64 received, qint64 total, double) { onProgress(received, total); });
        connect(m_split, &SplitArchiveDownloader::partStarted, this, [this](int index, int count) {
            setPartRow(index, tr("Part %1 of %2: downloading").arg(index).arg(count));
        });
        connect(m_split, &SplitArchiveDownloader::partChecking, this, [this](int index, int count) {
            setPartRow(index,
                       tr("Part %1 of %2: checking the copy already saved").arg(index).arg(count));
        });
        connect(m_split, &SplitArchiveDownloader::partVerified, this,
                [this](int index, int count, const QString &path) {
                    setPartRow(index, tr("Part %1 of %2: verified, saved as %3")
                                          .arg(index)
                                          .arg(count)
                                          .arg(QFileInfo(path).fileName()));
                });
        connect(m_split, &SplitArchiveDownloader::partRejected, this, [this](int index) {
            setPartRow(index,
                       tr("Part %1: did not match its checksum; downloading it again").arg(index));
        });
        connect(m_split, &SplitArchiveDownloader::finished, this,
                &ArchiveDownloadDialog::onPartsFinished);
        connect(m_split, &SplitArchiveDownloader::failed, this, &ArchiveDownloadDialog::onFailed);
        connect(m_split, &SplitArchiveDownloader::cancelled, this,
                &ArchiveDownloadDialog::onCancelled);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("C&ancel download"), QDialogButtonBox::ActionRole);
    m_cancel->setAccessibleName(tr("Cancel download"));
    m_resume = buttons->addButton(tr("&Resume"), QDialogButtonBox::ActionRole);
    m_resume->setAccessibleName(tr("Resume download"));
    m_openFolder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setAccessibleName(tr("Open the folder of the archive"));
    m_view = buttons->addButton(tr("&View archive"), QDialogButtonBox::ActionRole);
    m_view->setAccessibleName(tr("View the archive"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_downloader->cancel();
        if (m_split)
            m_split->cancel();
    });
    connect(m_resume, &QPushButton::clicked, this, &ArchiveDownloadDialog::start);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_finalPath).absolutePath()));
    });
    connect(m_view, &QPushButton::clicked, this,
            [this] { Q_EMIT viewArchiveRequested(m_finalPath); });
    connect(m_partSize, &QComboBox::currentIndexChanged, this, [this] {
        // Another size: other files, named for it.
        m_partList->clear();
        m_partList->setVisible(chosenPartSize() > 0);
    });
    connect(m_close, &QPushButton::clicked, this, &ArchiveDownloadDialog::reject);
    connect(m_downloader, &ArchiveDownloader::progress, this,
            [this](qint64 received, qint64 total, double) { onProgress(received, total); });
    connect(m_downloader, &ArchiveDownloader::finished, this, &ArchiveDownloadDialog::onFinished);
    connect(m_downloader, &ArchiveDownloader::failed, this, &ArchiveDownloadDialog::onFailed);
    connect(m_downloader, &ArchiveDownloader::cancelled, this, &ArchiveDownloadDialog::onCancelled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partSizeLabel);
    partRow->addWidget(m_partSize, 1);
    layout->addLayout(partRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_bytes);
    layout->addWidget(m_partList);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setState(State::Cancelled);
}

ArchiveDownloadDialog::~ArchiveDownloadDialog() = default;

qint64 ArchiveDownloadDialog::chosenPartSize() const
{
    return m_partSize->currentData().toLongLong();
}

void ArchiveDownloadDialog::start()
{
    if (m_downloader->isRunning() || (m_split && m_split->isRunning()))
        return;
    m_started = true;
    m_outcome->hide();
    setState(State::Running);
    onProgress(0, m_archive.sizeBytes);
    if (m_split && chosenPartSize() > 0) {
        m_partList->show();
        m_split->start(m_archive, chosenPartSize(), m_folder);
        return;
    }
    m_downloader->start(m_archive, m_folder);
}

void ArchiveDownloadDialog::setPartRow(int index, const QString &text)
{
    while (m_partList->count() < index)
        m_partList->addItem(QString());
    m_partList->item(index - 1)->setText(text);
    m_partList->scrollToItem(m_partList->item(index - 1));
}

void ArchiveDownloadDialog::onPartsFinished(const QStringList &paths)
{
    m_partPaths = paths;
    m_finalPath = paths.value(0);
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_outcome->showNotice(
        NoticeBanner::Kind::Information,
        tr("All %n part(s) were downloaded and each matches its checksum, in %1. Joined in order "
           "(for example with 7-Zip) they are the archive.",
           nullptr, int(paths.size()))
            .arg(QDir::toNativeSeparators(m_folder)));
    setState(State::Finished);
    // The viewer reads the parts as one when they are all under their own
    // names (not when one had to be saved beside a damaged older copy).
    m_view->setVisible(JoinedParts::partsOf(m_finalPath) == paths);
    m_openFolder->setFocus();
}

void ArchiveDownloadDialog::reject()
{
    // Closing stops the transfer; the partial file stays for a later resume.
    m_downloader->cancel();
    if (m_split)
        m_split->cancel();
    QDialog::reject();
}

void ArchiveDownloadDialog::onProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, received * 1000 / total)));
        m_bytes->setText(
            tr("%1 of %2 received")
                .arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_bytes->setText(tr("%1 received").arg(locale.formattedDataSize(received)));
    }
}

void ArchiveDownloadDialog::onFinished(const QString &path)
{
    m_finalPath = path;
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_outcome->showNotice(NoticeBanner::Kind::Information,
                          tr("The archive was downloaded and matches its checksum: %1")
                              .arg(QDir::toNativeSeparators(path)));
    setState(State::Finished);
    m_view->setFocus();
}

void ArchiveDownloadDialog::onFailed(const DownloadError &error)
{
    QString text = error.userMessage();
    if (error.isResumable())
        text += QLatin1Char(' ') + tr("Choose Resume to continue where it stopped.");
    m_outcome->showNotice(NoticeBanner::Kind::Error, text);
    setState(State::Failed);
    m_resume->setVisible(error.isResumable());
}

void ArchiveDownloadDialog::onCancelled()
{
    m_outcome->showNotice(NoticeBanner::Kind::Warning,
                          tr("The download was cancelled. What was received is kept; choose "
                             "Resume to continue."));
    setState(State::Cancelled);
}

void ArchiveDownloadDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    const bool done = state == State::Finished;
    m_cancel->setVisible(running);
    m_resume->setVisible(state == State::Cancelled || state == State::Failed);
    // Nothing downloaded yet (a size still to choose): the button starts.
    m_resume->setText(m_started ? tr("&Resume") : tr("&Download"));
    m_resume->setAccessibleName(m_started ? tr("Resume download") : tr("Start download"));
    // The size is chosen before a download, or changed after a failure.
    m_partSize->setEnabled(!running && !done);
    m_openFolder->setVisible(done);
    m_view->setVisible(done);
    m_close->setEnabled(true);
    if (running)
        m_cancel->setFocus();
    Q_EMIT stateChanged(state);
}

} // namespace pd
