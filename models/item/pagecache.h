#pragma once

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace relais {

// The rows of a long list fetched a page at a time as the view asks for them, the
// least recently used pages dropped: at 100,000 contacts the view only ever needs the
// few dozen rows on screen.
template<typename Row> class PageCache
{
public:
    using Fetch = std::function<QList<Row>(const QList<qint64> &ids)>;

    explicit PageCache(Fetch fetch)
        : m_fetch(std::move(fetch))
    { }

    // The row for ids[index]; nullptr if the record has gone since the ids were read.
    const Row *row(const QList<qint64> &ids, int index)
    {
        const int page = index / pageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_pages.size() >= maxPages)
                evictOldest();
            it = m_pages.insert(page, load(ids, page));
        }
        m_lastUse[page] = ++m_clock;
        const auto &slot = (*it)[index - page * pageSize];
        return slot ? &*slot : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_lastUse.clear();
    }

    // About a screen of rows: each letter typed in a search shows a new list, whose first
    // page is read before it is painted (a page of 64 rows was a quarter of a keystroke at
    // 100,000 contacts, with 25 rows on screen).
    static constexpr int pageSize = 32;
    static constexpr int maxPages = 128;

private:
    QList<std::optional<Row>> load(const QList<qint64> &ids, int page) const
    {
        const QList<qint64> pageIds = ids.mid(qsizetype(page) * pageSize, pageSize);
        QHash<qint64, Row> byId;
        for (const Row &row : m_fetch(pageIds))
            byId.insert(row.id, row);
        QList<std::optional<Row>> rows;
        rows.reserve(pageIds.size());
        for (const qint64 id : pageIds) {
            const auto found = byId.constFind(id);
            rows << (found == byId.constEnd() ? std::nullopt : std::optional<Row>(*found));
        }
        return rows;
    }

    void evictOldest()
    {
        int oldest = m_lastUse.begin().key();
        for (auto it = m_lastUse.begin(); it != m_lastUse.end(); ++it) {
            if (it.value() < m_lastUse.value(oldest))
                oldest = it.key();
        }
        m_pages.remove(oldest);
        m_lastUse.remove(oldest);
    }

    Fetch m_fetch;
    QHash<int, QList<std::optional<Row>>> m_pages;
    QHash<int, quint64> m_lastUse;
    quint64 m_clock = 0;
};

} // namespace relais
