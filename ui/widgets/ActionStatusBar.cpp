#include "widgets/ActionStatusBar.h"

#include "account/ServerAction.h"
#include "widgets/PlainTextLabel.h"

#include <QProgressBar>
#include <QPushButton>

namespace pd {

ActionStatusBar::ActionStatusBar(QWidget *parent)
    : NoticeBanner(parent)
    , m_progress(new QProgressBar(this))
{
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_progress->hide();
    addWidget(m_progress);
    m_cancel = addButton(tr("Cancel"), tr("Cancel the action"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->cancel();
    });
    hide();
}

void ActionStatusBar::start(const QString &text, ServerAction *action)
{
    m_action = action;
    m_busy = true;
    showNotice(Kind::Information, text);
    m_progress->show();
    m_cancel->setVisible(action != nullptr);
}

void ActionStatusBar::finish(NoticeBanner::Kind kind, const QString &text)
{
    m_action = nullptr;
    m_busy = false;
    m_progress->hide();
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->hide();
    showNotice(kind, text);
    if (cancelHadFocus)
        label()->setFocus();
}

} // namespace pd
