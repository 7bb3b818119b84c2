#pragma once

#include "actorref.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

// A moment the programme was in touch with actors: a call, a visit, a thank-you.
struct Interaction
{
    qint64 id = 0;
    QDate date;
    qint64 kindId = 0; // interaction_kind
    qint64 staffId = 0; // staff_member
    QString subject;
    QString note;
    QList<ActorRef> actors;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Interaction &) const = default;
};

// Something to do with actors by a date: planned with an interaction, or for a
// selection of actors ("thank them for SERD 2014"). Done when an interaction did it.
struct FollowUp
{
    qint64 id = 0;
    QDate due;
    QString action;
    qint64 staffId = 0;
    qint64 interactionId = 0; // planned with it (0: planned on its own)
    QDate doneOn;
    qint64 doneInteractionId = 0;
    QList<ActorRef> actors;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDone() const { return doneOn.isValid(); }
    bool operator==(const FollowUp &) const = default;
};

// Where an open follow-up stands on a given day.
enum class FollowUpBucket { Overdue, Today, ThisWeek, Later };
// "This week" runs to the coming Sunday.
FollowUpBucket followUpBucket(const QDate &due, const QDate &today);

// One line of the Follow-ups area.
struct FollowUpRow
{
    qint64 id = 0;
    QDate due;
    QString action;
    QString staff;
    qint64 staffId = 0;
    QString actors;
    QString fromSubject; // the interaction it was planned with
    QDate doneOn;
};

} // namespace relais
