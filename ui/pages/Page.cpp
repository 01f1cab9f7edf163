#include "Page.h"

#include "widgets/AppIcon.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QVBoxLayout>

namespace pd {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
{
    auto *loading = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch();
    m_loadingLabel = plainLabel(loading);
    auto *busy = new QProgressBar(loading);
    busy->setRange(0, 0);
    busy->setMaximumWidth(240);
    busy->setAccessibleName(tr("Loading"));
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch();

    auto *empty = new QWidget(this);
    m_emptyLayout = new QVBoxLayout(empty);
    m_emptyIcon = new QLabel(empty);
    m_emptyIcon->setObjectName(QStringLiteral("emptyIcon"));
    m_emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyIcon->setTextFormat(Qt::PlainText); // a picture; never markup
    m_emptyLabel = plainLabel(empty);
    m_emptyLabel->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyLabel->setAccessibleName(tr("Nothing to show"));
    // The picture, the words and the button as one group, spaced as the
    // style spaces unrelated controls.
    m_emptyLayout->addStretch();
    m_emptyLayout->addWidget(m_emptyIcon);
    m_emptyLayout->addSpacing(groupSpacing());
    m_emptyLayout->addWidget(m_emptyLabel);
    m_emptyLayout->addStretch();

    auto *error = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(error);
    m_errorLabel = plainLabel(error);
    m_errorLabel->setAccessibleName(tr("Error"));
    m_retryButton = new QPushButton(tr("&Try again"), error);
    m_retryButton->setAccessibleName(tr("Try again"));
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    connect(m_retryButton, &QPushButton::clicked, this, &Page::retryRequested);

    m_stack->addWidget(loading);
    m_stack->addWidget(empty);
    m_stack->addWidget(error);
}

Page::State Page::state() const
{
    // The stack's order is the constructor's: loading, empty, error, content.
    switch (m_stack->currentIndex()) {
    case 0:
        return State::Loading;
    case 1:
        return State::Empty;
    case 2:
        return State::Error;
    default:
        return State::Content;
    }
}

void Page::setContent(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
}

void Page::showLoading(const QString &message)
{
    m_loadingLabel->setText(message.isEmpty() ? tr("Loading…") : message);
    m_stack->setCurrentIndex(0);
}

void Page::showEmpty(const QString &message)
{
    m_emptyLabel->setText(message);
    m_stack->setCurrentIndex(1);
    if (isVisible())
        ensureEmptyIcon();
}

void Page::setEmptyAction(const QString &text, const QString &accessibleName,
                          std::function<void()> action)
{
    if (!m_emptyAction) {
        m_emptyAction = new QPushButton(m_emptyLabel->parentWidget());
        m_emptyAction->setObjectName(QStringLiteral("emptyAction"));
        connect(m_emptyAction, &QPushButton::clicked, this, [this] {
            if (m_onEmptyAction)
                m_onEmptyAction();
        });
        // Under the message, before the bottom stretch.
        const int at = m_emptyLayout->indexOf(m_emptyLabel) + 1;
        m_emptyLayout->insertSpacing(at, groupSpacing());
        m_emptyLayout->insertWidget(at + 1, m_emptyAction, 0, Qt::AlignHCenter);
    }
    m_emptyAction->setText(text);
    m_emptyAction->setAccessibleName(accessibleName);
    m_onEmptyAction = std::move(action);
}

int Page::groupSpacing() const
{
    return 2 * qMax(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing), 4);
}

void Page::showEvent(QShowEvent *event)
{
    if (m_stack->currentIndex() == 1)
        ensureEmptyIcon();
    QWidget::showEvent(event);
}

void Page::ensureEmptyIcon()
{
    // Not in the constructor: iconName() is the derived page's. Nor for a
    // page that shows its content: the picture is large, and a start that
    // shows rows need not draw it.
    if (m_emptyIcon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 2;
        m_emptyIcon->setPixmap(AppIcon::themed(iconName()).pixmap(size, size));
    }
}

void Page::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_stack->setCurrentIndex(2);
    m_retryButton->setFocus();
}

void Page::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

} // namespace pd
