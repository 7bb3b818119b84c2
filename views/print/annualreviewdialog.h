#pragma once

#include "annualreview.h"

#include <QDialog>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace relais {

class PrintOutputs;

// File > Annual review: the year to review (those with activity, the latest one not in
// the future chosen), then Print Preview, Print…, Save as PDF…, Save as ODT… (to edit
// in a word processor) or Save as HTML…. What the review holds comes from the caller,
// who draws its charts.
class AnnualReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // The review's content for a year; may throw DatabaseError.
    using ContentForYear = std::function<AnnualReviewContent(int year)>;

    // years: those a review can be made of (IndicatorRepository::activityYears()).
    AnnualReviewDialog(QList<int> years, ContentForYear contentForYear, QWidget *parent = nullptr);
    ~AnnualReviewDialog() override;

    // 0 when there is no year to review.
    int year() const;
    void setYear(int year);
    // The review of the year chosen; none when there is no year or it could not be read.
    const AnnualReview *review() const { return m_review.get(); }

public slots:
    void preview();
    void print();
    void saveAsPdf();
    // The file written, or empty when cancelled or refused (the user has been told why).
    QString saveAsOdt();
    QString saveAsHtml();
    // The year's partners as a spreadsheet: the list the review leaves out when long.
    QString savePartnersAsCsv();

private:
    void yearChanged();
    QString saveAs(const QString &title, const QString &filter, const QString &suffix,
        const std::function<bool(const QString &path, QString *error)> &write);
    void updateButtons();
    void showSaved(const QString &path);

    ContentForYear m_contentForYear;
    std::unique_ptr<AnnualReview> m_review;
    QComboBox *m_year = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_partners = nullptr;
    PrintOutputs *m_outputs = nullptr;
    QList<QWidget *> m_fileButtons;
};

} // namespace relais
