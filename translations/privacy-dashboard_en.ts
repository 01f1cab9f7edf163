<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pd::ActivityPage</name>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::AppServices</name>
    <message numerus="yes">
        <source>You were signed out after %n minute(s) without activity, to protect your data.</source>
        <translation>
            <numerusform>You were signed out after %n minute without activity, to protect your data.</numerusform>
            <numerusform>You were signed out after %n minutes without activity, to protect your data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) you filed had not reached the server yet. They are kept on this computer and will be sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n request you filed had not reached the server yet. They are kept on this computer and will be sent when you sign in to this account again.</numerusform>
            <numerusform>%n requests you filed had not reached the server yet. They are kept on this computer and will be sent when you sign in to this account again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ArchiveDownloadDialog</name>
    <message numerus="yes">
        <source>%1 (%n part(s))</source>
        <translation>
            <numerusform>%1 (%n part)</numerusform>
            <numerusform>%1 (%n parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n part(s) were downloaded and each matches its checksum, in %1. Joined in order (for example with 7-Zip) they are the archive.</source>
        <translation>
            <numerusform>All %n part were downloaded and each matches its checksum, in %1. Joined in order (for example with 7-Zip) they are the archive.</numerusform>
            <numerusform>All %n parts were downloaded and each matches its checksum, in %1. Joined in order (for example with 7-Zip) they are the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ArchiveVerification</name>
    <message numerus="yes">
        <source>All %n file(s) match the archive&apos;s manifest.</source>
        <translation>
            <numerusform>All %n file match the archive&apos;s manifest.</numerusform>
            <numerusform>All %n files match the archive&apos;s manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ArchiveViewerWindow</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ChangeEmailDialog</name>
    <message numerus="yes">
        <source>That code is not correct. Check the message we sent to %1 and try again (%n tries left).</source>
        <translation>
            <numerusform>That code is not correct. Check the message we sent to %1 and try again (%n tries left).</numerusform>
            <numerusform>That code is not correct. Check the message we sent to %1 and try again (%n tries left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DataHoldersTree</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <extracomment>A data category and how many processors and recipients receive it.</extracomment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DataTableView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DeleteAccountDialog</name>
    <message numerus="yes">
        <source>Deleted data stays in the provider&apos;s secure backups for %n day(s) after the deletion, then it is gone from there too.</source>
        <translation>
            <numerusform>Deleted data stays in the provider&apos;s secure backups for %n day after the deletion, then it is gone from there too.</numerusform>
            <numerusform>Deleted data stays in the provider&apos;s secure backups for %n days after the deletion, then it is gone from there too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your account is deleted %n day(s) after the request; until then you can cancel the request on the Requests page and keep your account.</source>
        <translation>
            <numerusform>Your account is deleted %n day after the request; until then you can cancel the request on the Requests page and keep your account.</numerusform>
            <numerusform>Your account is deleted %n days after the request; until then you can cancel the request on the Requests page and keep your account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DeletionBanner</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept for %Ln day(s) after that.</source>
        <translation>
            <numerusform>Backups are kept for %Ln day after that.</numerusform>
            <numerusform>Backups are kept for %Ln days after that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DetailPane</name>
    <message numerus="yes">
        <source>All of %1 (%Ln character(s)):</source>
        <translation>
            <numerusform>All of %1 (%Ln character):</numerusform>
            <numerusform>All of %1 (%Ln characters):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DisplayText</name>
    <message numerus="yes">
        <source>%1… (%Ln character(s) in all)</source>
        <translation>
            <numerusform>%1… (%Ln character in all)</numerusform>
            <numerusform>%1… (%Ln characters in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::EditRequestDialog</name>
    <message numerus="yes">
        <source>The previous values stay in the provider&apos;s secure backups for up to %n day(s) afterwards, as part of its standard backup process.</source>
        <translation>
            <numerusform>The previous values stay in the provider&apos;s secure backups for up to %n day afterwards, as part of its standard backup process.</numerusform>
            <numerusform>The previous values stay in the provider&apos;s secure backups for up to %n days afterwards, as part of its standard backup process.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::IdleWarningBanner</name>
    <message numerus="yes">
        <source>You will be signed out in %Ln second(s) because there was no activity. Your downloaded data will then be removed from this computer.</source>
        <translation>
            <numerusform>You will be signed out in %Ln second because there was no activity. Your downloaded data will then be removed from this computer.</numerusform>
            <numerusform>You will be signed out in %Ln seconds because there was no activity. Your downloaded data will then be removed from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::LogsPage</name>
    <message numerus="yes">
        <source>%Ln log entry(s)</source>
        <translation>
            <numerusform>%Ln log entry</numerusform>
            <numerusform>%Ln log entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) have not reached the server yet. Signing out deletes them from this computer and they will not be sent.</source>
        <translation>
            <numerusform>%n request have not reached the server yet. Signing out deletes them from this computer and they will not be sent.</numerusform>
            <numerusform>%n requests have not reached the server yet. Signing out deletes them from this computer and they will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) you filed before your last session ended are being sent now.</source>
        <translation>
            <numerusform>%n request you filed before your last session ended are being sent now.</numerusform>
            <numerusform>%n requests you filed before your last session ended are being sent now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::MessagesPage</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::OverviewPage</name>
    <message numerus="yes">
        <source>%Ln signed-in session(s)</source>
        <translation>
            <numerusform>%Ln signed-in session</numerusform>
            <numerusform>%Ln signed-in sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln open request</numerusform>
            <numerusform>%Ln open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PasswordStrengthHint</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ProfileEdit</name>
    <message numerus="yes">
        <source>%1 can be at most %n character(s) long.</source>
        <translation>
            <numerusform>%1 can be at most %n character long.</numerusform>
            <numerusform>%1 can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestFormDialog</name>
    <message numerus="yes">
        <source>The provider has to answer within %n day(s), by %1.</source>
        <translation>
            <numerusform>The provider has to answer within %n day, by %1.</numerusform>
            <numerusform>The provider has to answer within %n days, by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestsPage</name>
    <message numerus="yes">
        <source>%n request(s) passed the date by which the provider had to answer. You can ask the provider about it, or complain to your data protection authority.</source>
        <translation>
            <numerusform>%n request passed the date by which the provider had to answer. You can ask the provider about it, or complain to your data protection authority.</numerusform>
            <numerusform>%n requests passed the date by which the provider had to answer. You can ask the provider about it, or complain to your data protection authority.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ScreenshotRun</name>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo server did not start within %n second.</numerusform>
            <numerusform>The demo server did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in to the demo account and its first sync did not finish within %n second(s).</source>
        <translation>
            <numerusform>Signing in to the demo account and its first sync did not finish within %n second.</numerusform>
            <numerusform>Signing in to the demo account and its first sync did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The page “%1” did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>The page “%1” did not finish loading within %n second.</numerusform>
            <numerusform>The page “%1” did not finish loading within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request dialog “%1” did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>The request dialog “%1” did not finish loading within %n second.</numerusform>
            <numerusform>The request dialog “%1” did not finish loading within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request dialog “%1” did not close within %n second(s).</source>
        <translation>
            <numerusform>The request dialog “%1” did not close within %n second.</numerusform>
            <numerusform>The request dialog “%1” did not close within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SecurityPage</name>
    <message numerus="yes">
        <source>Your account is signed in on %n device(s) or browser(s).</source>
        <translation>
            <numerusform>Your account is signed in on %n device or browser.</numerusform>
            <numerusform>Your account is signed in on %n devices or browsers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) moved to this folder.</source>
        <translation>
            <numerusform>%n receipt moved to this folder.</numerusform>
            <numerusform>%n receipts moved to this folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) could not be moved and stay in %1.</source>
        <translation>
            <numerusform>%n receipt could not be moved and stay in %1.</numerusform>
            <numerusform>%n receipts could not be moved and stay in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SidebarStatus</name>
    <message numerus="yes">
        <source>%Ln visit(s) on this computer</source>
        <translation>
            <numerusform>%Ln visit on this computer</numerusform>
            <numerusform>%Ln visits on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on this computer</source>
        <translation>
            <numerusform>%Ln message on this computer</numerusform>
            <numerusform>%Ln messages on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln log entry(s) on this computer</source>
        <translation>
            <numerusform>%Ln log entry on this computer</numerusform>
            <numerusform>%Ln log entries on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue</source>
        <translation>
            <numerusform>%n request overdue</numerusform>
            <numerusform>%n requests overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SyncStatusWidget</name>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>about %Ln hour left</numerusform>
            <numerusform>about %Ln hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::TotpStep</name>
    <message numerus="yes">
        <source>Demo account: an authenticator app set up with the demo secret %1 would now show %2 (for %Ln more second(s)).</source>
        <translation>
            <numerusform>Demo account: an authenticator app set up with the demo secret %1 would now show %2 (for %Ln more second).</numerusform>
            <numerusform>Demo account: an authenticator app set up with the demo secret %1 would now show %2 (for %Ln more seconds).</numerusform>
        </translation>
    </message>
</context>
</TS>
