// The benchmark of issue 10: what the user waits for, measured on demo files of three
// sizes, each figure as the median and 95th percentile of repeated runs. Not a test: it
// asserts no time. tests/bench/run.sh runs it in Release and writes docs/performance.md.
//
//   relais_bench [--size small|medium|large] [--data-dir DIR] [--relais PATH]
//                [--sqlite3 PATH] [--quick] [Google Benchmark's --benchmark_… options]

#include "benchdata.h"
#include "importbench.h"
#include "startbench.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <memory>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/database.h>
#include <models/history/history.h>
#include <models/indicators/yearindicators.h>
#include <models/item/contacttablemodel.h>
#include <vector>
#include <views/actors/actorfilterbar.h>
#include <views/actors/actorspage.h>
#include <views/actors/actortableview.h>
#include <views/actors/contactdialog.h>
#include <views/actors/recordopener.h>
#include <views/charts/reviewcontent.h>
#include <views/dashboard/dashboardpage.h>
#include <views/print/annualreview.h>

using namespace relais;
using namespace relais::bench;

namespace {

struct Options
{
    QString size = QStringLiteral("small");
    QString dataDir;
    QString relais = QStringLiteral(RELAIS_EXECUTABLE);
    QString sqlite3 = QStringLiteral("sqlite3");
    bool quick = false;
};

// Takes out the options of this program, leaves Google Benchmark's in argv.
Options takeOptions(int &argc, char **argv)
{
    Options options;
    options.dataDir = QStringLiteral(RELAIS_BENCH_DATA_DIR);
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (argument == "--size" && hasValue)
            options.size = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--data-dir" && hasValue)
            options.dataDir = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--relais" && hasValue)
            options.relais = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--sqlite3" && hasValue)
            options.sqlite3 = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--quick")
            options.quick = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    return options;
}

// Whether a measure could not be made: the run then fails (CI runs it at the small size).
bool anyFailed = false;

void fail(benchmark::State &state, const QString &why)
{
    anyFailed = true;
    state.SkipWithError(why.toUtf8().constData());
}

double percentile95(const std::vector<double> &values)
{
    if (values.empty())
        return 0;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest value at or above 95 % of the runs.
    const auto rank = size_t(std::ceil(0.95 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Lets the widgets lay out and paint what changed, as the event loop does before the
// next frame: the posted layout and update requests are handled, and what they made
// dirty is painted (no more: a forced repaint of the whole window would be measured).
void settle()
{
    QApplication::processEvents();
    QApplication::processEvents();
}

// The windows the in-process measures share, on the file opened as the user opens it.
struct Session
{
    std::unique_ptr<Database> database;
    QUndoStack stack;
    std::unique_ptr<Commands> commands;
    std::unique_ptr<History> history;
    QWidget window;
    std::unique_ptr<RecordOpener> opener;
    ActorsPage *actors = nullptr;

    QString open(const QString &path)
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened.database)
            return opened.message;
        database = std::move(opened.database);
        commands = std::make_unique<Commands>(*database, stack);
        history = standardHistory(*database);
        opener = std::make_unique<RecordOpener>(*database, *commands, *history, &window);
        actors = new ActorsPage(*database, *commands, *opener, &window);
        window.resize(1366, 768);
        actors->resize(window.size());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return QStringLiteral("the window was never shown");
        settle();
        return {};
    }
};

class Bench
{
public:
    Bench(Options options, BenchSize size, QString file)
        : m_options(std::move(options))
        , m_size(std::move(size))
        , m_file(std::move(file))
    { }

    QString prepare()
    {
        m_word = commonLastName(m_file);
        m_contact = busiestContact(m_file);
        if (m_word.size() < 6 || m_contact == 0)
            return QStringLiteral("the file has no name to type or no contact invited");
        QString error;
        m_csv = contactsCsv(m_file, m_size.contacts, m_options.dataDir, &error);
        return error;
    }

    void registerAll()
    {
        const int many = m_options.quick ? 2 : 30;
        const int some = m_options.quick ? 2 : 10;
        const int few = m_options.quick ? 1 : 3;
        add(QStringLiteral("1 start to first painted list"), some,
            [this](benchmark::State &state) { measureStart(state); });
        for (const int letters : { 1, 2, 3, 6 }) {
            add(QStringLiteral("2 keystroke to filtered list/%1 %2")
                    .arg(letters)
                    .arg(letters == 1 ? "letter" : "letters"),
                many,
                [this, letters](benchmark::State &state) { measureKeystroke(state, letters); });
        }
        add(QStringLiteral("3 open a contact record"), many,
            [this](benchmark::State &state) { measureOpenRecord(state); });
        add(QStringLiteral("4 indicators of a year"), some,
            [this](benchmark::State &state) { measureIndicators(state); });
        add(QStringLiteral("4 dashboard painted"), some,
            [this](benchmark::State &state) { measureDashboard(state); });
        add(QStringLiteral("5 annual review PDF"), m_options.quick ? 1 : 5,
            [this](benchmark::State &state) { measureReview(state); });
        add(QStringLiteral("6 import contacts from CSV"), few,
            [this](benchmark::State &state) { measureImport(state, false); });
        add(QStringLiteral("6 sqlite3 .import of the same CSV"), few,
            [this](benchmark::State &state) { measureImport(state, true); });
    }

private:
    template<typename Measure> void add(const QString &name, int repetitions, Measure measure)
    {
        m_names.push_back(name.toStdString());
        benchmark::RegisterBenchmark(m_names.back().c_str(), measure)
            ->UseManualTime()
            ->Iterations(1)
            ->Repetitions(repetitions)
            ->ComputeStatistics("p95", percentile95)
            ->ReportAggregatesOnly(true)
            ->Unit(benchmark::kMillisecond);
    }
    // The file opened in this process, as the window opens it, once the start has been
    // measured: the started Relais would otherwise find it held by this one.
    bool openSession(benchmark::State &state)
    {
        if (m_sessionError.isEmpty() && !m_session.database)
            m_sessionError = m_session.open(m_file);
        if (!m_sessionError.isEmpty())
            fail(state, m_sessionError);
        return m_sessionError.isEmpty();
    }

    void measureStart(benchmark::State &state)
    {
        // A home of its own: the settings of a first start, every time. Its first start
        // is not measured: it makes the day's backup.
        if (!m_home) {
            m_home = std::make_unique<QTemporaryDir>();
            const FirstPaint warmUp = startToFirstPaint(m_options.relais, m_file, m_home->path());
            if (!warmUp.error.isEmpty()) {
                fail(state, warmUp.error);
                return;
            }
        }
        double peakMiB = 0;
        for (auto _ : state) {
            const FirstPaint run = startToFirstPaint(m_options.relais, m_file, m_home->path());
            if (!run.error.isEmpty()) {
                fail(state, run.error);
                return;
            }
            state.SetIterationTime(run.seconds);
            peakMiB = std::max(peakMiB, double(run.peakResidentKib) / 1024.0);
        }
        state.counters["peak_rss_MiB"] = peakMiB;
    }

    void measureKeystroke(benchmark::State &state, int letters)
    {
        if (!openSession(state))
            return;
        ActorsPage &page = *m_session.actors;
        QLineEdit *search = page.filterBar()->searchField();
        const int all = page.contactsModel()->totalCount();
        int shown = 0;
        for (auto _ : state) {
            search->setText(m_word.left(letters - 1));
            settle();
            search->setFocus();
            search->setCursorPosition(letters - 1);
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, m_word.at(letters - 1).toLatin1());
            settle();
            state.SetIterationTime(secondsSince(timer));
            shown = page.contactsModel()->rowCount();
        }
        search->clear();
        settle();
        if (shown == 0 || (letters == 6 && shown == all))
            fail(state, QStringLiteral("the search found nothing, or did not filter"));
        state.counters["rows_shown"] = shown;
    }

    void measureOpenRecord(benchmark::State &state)
    {
        if (!openSession(state))
            return;
        for (auto _ : state) {
            QElapsedTimer timer;
            timer.start();
            ContactDialog *card = m_session.opener->openContact(m_contact);
            settle();
            // Its history: the meetings, trainings and SERD actions the person is part of.
            auto *tabs = card->findChild<QTabWidget *>();
            tabs->setCurrentIndex(tabs->count() - 1);
            settle();
            state.SetIterationTime(secondsSince(timer));
            card->close();
            QApplication::processEvents();
        }
    }

    void measureIndicators(benchmark::State &state)
    {
        if (!openSession(state))
            return;
        const IndicatorCalculator calculator(*m_session.database);
        int meetings = 0;
        for (auto _ : state) {
            QElapsedTimer timer;
            timer.start();
            const YearIndicators year = calculator.compute(measuredYear());
            state.SetIterationTime(secondsSince(timer));
            meetings = year.meetings.count;
        }
        state.counters["meetings"] = meetings;
    }

    void measureDashboard(benchmark::State &state)
    {
        if (!openSession(state))
            return;
        int shown = 0;
        for (auto _ : state) {
            // A page of its own each time, as the area is first opened (on the latest
            // year): a page keeps the figures of the years it has shown.
            QElapsedTimer timer;
            timer.start();
            DashboardPage dashboard(*m_session.database, &m_session.window);
            dashboard.resize(m_session.window.size());
            dashboard.show();
            settle();
            state.SetIterationTime(secondsSince(timer));
            shown = dashboard.currentYear();
        }
        if (shown == 0)
            fail(state, QStringLiteral("the dashboard showed no year"));
    }

    void measureReview(benchmark::State &state)
    {
        if (!openSession(state))
            return;
        const QString pdf = QDir(m_options.dataDir).filePath(QStringLiteral("review.pdf"));
        int pages = 0;
        for (auto _ : state) {
            QElapsedTimer timer;
            timer.start();
            const AnnualReview review(annualReviewContent(*m_session.database, measuredYear()));
            QString error;
            if (!review.writePdf(pdf, &error)) {
                fail(state, error);
                return;
            }
            state.SetIterationTime(secondsSince(timer));
            pages = review.pageCount();
        }
        state.counters["pages"] = pages;
    }

    void measureImport(benchmark::State &state, bool baseline)
    {
        int rows = 0;
        for (auto _ : state) {
            const ImportRun run = baseline
                ? importWithSqlite3(m_options.sqlite3, m_csv, m_options.dataDir)
                : importWithRelais(m_csv, m_options.dataDir);
            if (!run.error.isEmpty()) {
                fail(state, run.error);
                return;
            }
            state.SetIterationTime(run.seconds);
            rows = run.rows;
        }
        if (rows == 0)
            fail(state, QStringLiteral("nothing was imported"));
        state.counters["rows"] = rows;
    }

    Options m_options;
    BenchSize m_size;
    QString m_file;
    Session m_session;
    QString m_sessionError;
    QString m_word;
    qint64 m_contact = 0;
    QString m_csv;
    std::unique_ptr<QTemporaryDir> m_home;
    std::vector<std::string> m_names; // RegisterBenchmark keeps the pointer
};

} // namespace

// The offscreen platform's remarks on windows nobody sees would bury the table.
void quietOffscreen(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg
        || message.startsWith(QLatin1String("This plugin does not support")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Options options = takeOptions(argc, argv);
    qInstallMessageHandler(quietOffscreen);
    QLoggingCategory::setFilterRules(QStringLiteral("relais.database.info=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relais-bench"));
    const QTemporaryDir settings;
    for (const auto format : { QSettings::NativeFormat, QSettings::IniFormat })
        QSettings::setPath(format, QSettings::UserScope, settings.path());

    const auto size = benchSize(options.size);
    if (!size) {
        std::fprintf(stderr, "--size is small, medium or large\n");
        return 2;
    }
    QString error;
    const QString file = demoFile(*size, options.dataDir, &error);
    if (file.isEmpty()) {
        std::fprintf(stderr, "no demo file: %s\n", qPrintable(error));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::AddCustomContext("relais_size", size->name.toStdString());
    benchmark::AddCustomContext("relais_contacts", std::to_string(size->contacts));
    benchmark::AddCustomContext("relais_years", std::to_string(size->years));
    Bench bench(options, *size, file);
    if (const QString failed = bench.prepare(); !failed.isEmpty()) {
        std::fprintf(stderr, "cannot prepare: %s\n", qPrintable(failed));
        return 1;
    }
    bench.registerAll();
    const size_t ran = benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return ran > 0 && !anyFailed ? 0 : 1;
}
