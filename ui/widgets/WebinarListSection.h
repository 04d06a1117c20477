#pragma once

#include <QWidget>

#include <functional>

class QTableView;

namespace regiekamer::client {
class WebinarListModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

class TableSection;

// The role's webinars (heading + sortable table "webinarTable") with one selected webinar. The selection is kept
// by id, so it survives the list being refetched after every live event; with none selected yet, the live webinar is.
class WebinarListSection : public QWidget
{
    Q_OBJECT
public:
    WebinarListSection(std::function<QString()> heading, client::WebinarListModel *webinars, const QList<int> &columns,
                       QWidget *parent = nullptr);

    QTableView *table() const;
    qint64 selectedWebinarId() const;
    void selectWebinar(qint64 webinarId);

Q_SIGNALS:
    void webinarSelected(qint64 webinarId); // 0: none

private:
    void onCurrentChanged();
    void restoreSelection();
    qint64 idAtProxyRow(int row) const;

    client::WebinarListModel *m_webinars;
    TableSection *m_section;
    qint64 m_selected = 0;
    bool m_restoring = false;
};

} // namespace regiekamer::ui
