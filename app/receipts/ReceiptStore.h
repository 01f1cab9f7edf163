#pragma once

#include "receipts/Receipt.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd {

// The folder of verified receipts, one `.pdreceipt` file per request. It is
// the user's (Documents/Privacy Dashboard Receipts unless they chose
// another), outside the app's data folder: sign-out's cache wipe and an
// account's deletion never touch it, so the proof outlives the account.
class ReceiptStore
{
public:
    static constexpr const char *kSuffix = ".pdreceipt";
    // More are not listed (a folder is read whole to list it).
    static constexpr int kMaxListed = 1000;

    explicit ReceiptStore(const QString &folder);

    // Documents/Privacy Dashboard Receipts (the home folder without one).
    static QString defaultFolder();
    const QString &folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }

    // The file of `requestId`'s receipt (whether or not it exists).
    QString pathOf(const QString &requestId) const;
    // Writes `receipt` atomically (the folder is made if needed); false and
    // *error (for users' eyes: names the file) when it cannot be written.
    bool save(const Receipt &receipt, QString *error) const;
    // The stored receipt of `requestId`, if any and readable.
    std::optional<Receipt> load(const QString &requestId) const;
    // Every receipt in the folder that reads as one, newest end first.
    QList<Receipt> all() const;

    struct Move {
        int moved = 0;
        int left = 0; // could not be written there (or removed here): kept here
    };
    // Moves the receipts of folder() to `folder` and makes that the folder,
    // so that what the app lists is still every receipt kept. A file is
    // removed here only once its copy there reads back as the same receipt;
    // one already there under the same name (the same request's) is kept.
    Move moveTo(const QString &folder);

    // Writes a copy of `receipt` to `path` (a .pdreceipt file chosen by the
    // user); false and *error when it cannot.
    static bool writeFile(const Receipt &receipt, const QString &path, QString *error);
    static std::optional<Receipt> readFile(const QString &path);

private:
    QString m_folder;
};

} // namespace pd
