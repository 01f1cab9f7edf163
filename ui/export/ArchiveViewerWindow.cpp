#include "export/ArchiveViewerWindow.h"

#include "export/ArchiveTableModel.h"
#include "export/TabularFile.h"
#include "widgets/DetailPane.h"
#include "widgets/NoticeBanner.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace pd {

namespace {
QString formatName(const QString &format)
{
    if (format == QLatin1String("json"))
        return ArchiveViewerWindow::tr("JSON");
    if (format == QLatin1String("csv"))
        return ArchiveViewerWindow::tr("CSV");
    if (format == QLatin1String("both"))
        return ArchiveViewerWindow::tr("JSON and CSV");
    return format;
}

// A name from the archive inside a label with a mnemonic: '&' is literal.
QString mnemonicSafe(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// A tooltip is rendered as rich text when it looks like HTML: a name from
// the archive is escaped and marked as rich text so it shows as written.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<qt>%1</qt>").arg(text.toHtmlEscaped());
}
} // namespace

ArchiveViewerWindow::ArchiveViewerWindow(const QString &scratchDir, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_loader(scratchDir)
    , m_status(new NoticeBanner(NoticeBanner::Kind::Information, QString(), this))
    , m_facts(new DetailPane(this))
    , m_files(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_tableLabel(new QLabel(tr("&Rows:"), this))
    , m_busyLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("S&top"), this))
    , m_openReadable(new QPushButton(tr("Open readable copy in &browser…"), this))
    , m_chooseFolder([](QWidget *window, const QString &suggested) {
        return QFileDialog::getExistingDirectory(
            window, tr("Choose a folder for the readable copy"), suggested);
    })
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Export archive"));
    setAccessibleName(windowTitle());
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 40);

    m_facts->setPlaceholder(tr("Checking the archive…"));
    m_files->setAccessibleName(tr("Files in the archive"));
    auto *filesLabel = new QLabel(tr("&Files:"), this);
    filesLabel->setBuddy(m_files);
    m_table->setAccessibleName(tr("Rows of the chosen file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 22);
    // Both show names from inside the archive: never rich text.
    m_tableLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_tableLabel->setBuddy(m_table);
    m_progress->setAccessibleName(tr("Progress"));
    m_busyLabel->setAccessibleName(tr("Current work"));
    m_cancel->setAccessibleName(tr("Stop"));
    connect(m_cancel, &QPushButton::clicked, &m_loader, &ArchiveLoader::cancel);
    connect(&m_loader, &ArchiveLoader::cancelled, this, [this] {
        setIdle();
        showCurrentFileInList();
        if (m_state == State::Checking) {
            m_state = State::Rejected;
            m_status->showNotice(NoticeBanner::Kind::Warning,
                                 tr("The check was cancelled; the archive's files are not "
                                    "shown until it has been checked."));
            Q_EMIT checked(m_state);
        }
    });
    connect(&m_loader, &ArchiveLoader::progress, this, &ArchiveViewerWindow::onProgress);
    connect(&m_loader, &ArchiveLoader::checked, this, &ArchiveViewerWindow::onChecked);
    connect(&m_loader, &ArchiveLoader::tableLoaded, this, &ArchiveViewerWindow::onTableLoaded);
    connect(&m_loader, &ArchiveLoader::tableFailed, this, &ArchiveViewerWindow::onTableFailed);
    connect(m_files, &QListWidget::currentRowChanged, this, &ArchiveViewerWindow::onFileChosen);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filesLabel);
    leftLayout->addWidget(m_files, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tableLabel);
    rightLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto *busy = new QHBoxLayout;
    busy->addWidget(m_busyLabel);
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);

    m_openReadable->setAccessibleName(tr("Open readable copy in browser"));
    m_openReadable->setAccessibleDescription(
        tr("Saves the archive's web pages into a new folder inside a folder you choose and opens "
           "them in your browser. They work offline and load nothing from the internet."));
    m_openReadable->setEnabled(false);
    connect(m_openReadable, &QPushButton::clicked, this, &ArchiveViewerWindow::openReadableCopy);
    connect(&m_loader, &ArchiveLoader::readableCopyExtracted, this,
            &ArchiveViewerWindow::onReadableExtracted);
    connect(&m_loader, &ArchiveLoader::readableCopyFailed, this, [this](const QString &error) {
        setIdle();
        m_status->showNotice(NoticeBanner::Kind::Error,
                             tr("The readable copy could not be saved: %1").arg(error));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openReadable, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
    layout->addWidget(splitter, 1);
    layout->addLayout(busy);
    layout->addWidget(buttons);
    m_status->hide();
    setIdle();
}

ArchiveViewerWindow::~ArchiveViewerWindow() = default;

void ArchiveViewerWindow::openArchive(const QString &path)
{
    m_path = path;
    m_state = State::Checking;
    m_currentFile.clear();
    m_openReadable->setEnabled(false);
    setWindowTitle(tr("Export archive: %1").arg(QFileInfo(path).fileName()));
    m_files->clear();
    m_files->setEnabled(false);
    replaceModel(nullptr);
    m_facts->clear();
    m_status->showNotice(NoticeBanner::Kind::Information,
                         tr("Checking every file against the archive's manifest…"));
    setBusy(tr("Checking the archive…"));
    m_loader.check(path);
}

void ArchiveViewerWindow::showFacts(const ArchiveLoader::Check &result)
{
    const QLocale locale;
    const ArchiveManifest &manifest = result.manifest;
    const QDateTime created = QDateTime::fromString(manifest.createdAt, Qt::ISODateWithMs);
    qint64 rows = 0;
    for (const ArchiveManifest::File &file : manifest.files)
        rows += file.rows;
    m_facts->setFields({{tr("Archive"), QDir::toNativeSeparators(m_path)},
                        {tr("Account"), manifest.accountId},
                        {tr("Created"), created.isValid() ? locale.toString(created.toLocalTime(),
                                                                            QLocale::LongFormat)
                                                          : manifest.createdAt},
                        {tr("Format"), formatName(manifest.format)},
                        {tr("Files"), locale.toString(manifest.files.size())},
                        {tr("Rows"), locale.toString(rows)},
                        {tr("Verification"), result.verification.summary()}});
}

void ArchiveViewerWindow::onChecked(const ArchiveLoader::Check &result)
{
    setIdle();
    if (!result.opened) {
        m_state = State::Rejected;
        m_facts->setPlaceholder(tr("No facts: the archive could not be read."));
        m_status->showNotice(NoticeBanner::Kind::Error,
                             tr("This archive cannot be opened: %1").arg(result.error));
        Q_EMIT checked(m_state);
        return;
    }
    showFacts(result);
    if (!result.verification.ok()) {
        // A file that does not match the manifest may have been changed by
        // anyone after the export: none of the archive is shown as data.
        m_state = State::Rejected;
        m_status->showNotice(
            NoticeBanner::Kind::Error,
            tr("This archive was rejected: its files do not match its manifest, so it was "
               "changed or damaged after the provider made it. Download the export again. %1")
                .arg(result.verification.summary()));
        Q_EMIT checked(m_state);
        return;
    }
    m_state = State::Ready;
    m_status->showNotice(NoticeBanner::Kind::Information, result.verification.summary());
    const QLocale locale;
    for (const ArchiveManifest::File &file : result.manifest.files) {
        auto *item =
            new QListWidgetItem(tr("%1 (%n row(s))", nullptr,
                                   int(qMin<qint64>(file.rows, std::numeric_limits<int>::max())))
                                    .arg(file.path),
                                m_files);
        item->setData(Qt::UserRole, file.path);
        item->setToolTip(
            plainToolTip(tr("%1, %2").arg(file.path, locale.formattedDataSize(file.sizeBytes))));
    }
    m_files->setEnabled(true);
    m_openReadable->setEnabled(result.manifest.hasReadableCopy());
    m_openReadable->setToolTip(result.manifest.hasReadableCopy()
                                   ? QString()
                                   : tr("This archive was made before exports had a readable "
                                        "copy."));
    Q_EMIT checked(m_state);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
}

void ArchiveViewerWindow::openReadableCopy()
{
    if (m_state != State::Ready)
        return;
    const QString folder = m_chooseFolder(this, QFileInfo(m_path).absolutePath());
    if (folder.isEmpty())
        return;
    setBusy(tr("Saving the readable copy…"));
    m_loader.extractReadableCopy(m_path, folder);
}

void ArchiveViewerWindow::onReadableExtracted(const QString &indexPath)
{
    setIdle();
    showCurrentFileInList();
    m_readableIndex = indexPath;
    const bool opened = m_openUrl(QUrl::fromLocalFile(indexPath));
    const QString folder = QDir::toNativeSeparators(QFileInfo(indexPath).absolutePath());
    if (opened)
        m_status->showNotice(
            NoticeBanner::Kind::Information,
            tr("The readable copy was saved in %1 and opened in your browser.").arg(folder));
    else
        m_status->showNotice(NoticeBanner::Kind::Warning,
                             tr("The readable copy was saved in %1, but no browser opened it. "
                                "Open index.html there.")
                                 .arg(folder));
    Q_EMIT readableCopyOpened(indexPath, opened);
}

void ArchiveViewerWindow::onFileChosen()
{
    const QListWidgetItem *item = m_files->currentItem();
    if (!item || m_state != State::Ready)
        return;
    const QString file = item->data(Qt::UserRole).toString();
    setBusy(tr("Opening %1…").arg(file));
    m_loader.loadTable(m_path, file);
}

void ArchiveViewerWindow::onTableLoaded(const QString &file)
{
    setIdle();
    replaceModel(new ArchiveTableModel(m_loader.takeTable(), this));
    m_currentFile = file;
    m_tableLabel->setText(tr("&Rows of %1:").arg(mnemonicSafe(file)));
    Q_EMIT tableShown(file);
}

void ArchiveViewerWindow::replaceModel(ArchiveTableModel *model)
{
    // setModel() does not delete the view's previous selection model.
    QItemSelectionModel *selection = m_table->selectionModel();
    m_table->setModel(model);
    delete selection;
    delete m_model;
    m_model = model;
}

void ArchiveViewerWindow::showCurrentFileInList()
{
    // After Stop, the list points at the file whose load was stopped while
    // the table still shows the previous one: point it back (without
    // loading), so choosing that file again loads it.
    const QSignalBlocker blocker(m_files);
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->data(Qt::UserRole).toString() == m_currentFile) {
            m_files->setCurrentRow(row);
            return;
        }
    }
    m_files->setCurrentRow(-1);
}

void ArchiveViewerWindow::onTableFailed(const QString &file, const QString &error)
{
    setIdle();
    showCurrentFileInList();
    m_status->showNotice(NoticeBanner::Kind::Error, tr("%1 cannot be shown: %2").arg(file, error));
}

void ArchiveViewerWindow::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    const QLocale locale;
    m_progress->setFormat(
        tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void ArchiveViewerWindow::setBusy(const QString &what)
{
    m_busyLabel->setText(what);
    m_busyLabel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void ArchiveViewerWindow::setIdle()
{
    m_busyLabel->hide();
    m_progress->hide();
    m_cancel->hide();
}

} // namespace pd
