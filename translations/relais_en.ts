<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>relais::ActorFilterBar</name>
    <message numerus="yes">
        <source>Dormant for %Ln month(s)</source>
        <translation>
            <numerusform>Dormant for %Ln month</numerusform>
            <numerusform>Dormant for %Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ActorsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>%1 of %Ln organisation</numerusform>
            <numerusform>%1 of %Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>Delete this contact?</numerusform>
            <numerusform>Delete these %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln organisations?</source>
        <translation>
            <numerusform>Delete this organisation?</numerusform>
            <numerusform>Delete these %Ln organisations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Commands</name>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln organisation(s)</source>
        <translation>
            <numerusform>Delete %Ln organisation</numerusform>
            <numerusform>Delete %Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; for %Ln actor(s)</source>
        <translation>
            <numerusform>Plan "%1" for %Ln actor</numerusform>
            <numerusform>Plan "%1" for %Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %Ln follow-up(s) to %1</source>
        <translation>
            <numerusform>Reschedule %Ln follow-up to %1</numerusform>
            <numerusform>Reschedule %Ln follow-ups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassign %Ln follow-up(s)</source>
        <translation>
            <numerusform>Reassign %Ln follow-up</numerusform>
            <numerusform>Reassign %Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln follow-up(s)</source>
        <translation>
            <numerusform>Delete %Ln follow-up</numerusform>
            <numerusform>Delete %Ln follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ContactDialog</name>
    <message numerus="yes">
        <source>%1 saved (%n cards saved here).</source>
        <translation>
            <numerusform>%1 saved (%n card saved here).</numerusform>
            <numerusform>%1 saved (%n cards saved here).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::FollowUpModel</name>
    <message numerus="yes">
        <source>Due %1, %n day(s) late</source>
        <translation>
            <numerusform>Due %1, %n day late</numerusform>
            <numerusform>Due %1, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::FollowUpsPage</name>
    <message numerus="yes">
        <source>Delete these %n follow-ups?</source>
        <translation>
            <numerusform>Delete this follow-up?</numerusform>
            <numerusform>Delete these %n follow-ups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up overdue</numerusform>
            <numerusform>%Ln follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MergeReferenceDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) will move from &quot;%1&quot; to &quot;%2&quot;, and &quot;%1&quot; will be removed from the list.</source>
        <translation>
            <numerusform>%Ln record will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
            <numerusform>%Ln records will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PlanFollowUpsDialog</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln selected actor(s): %1.</source>
        <translation>
            <numerusform>One follow-up for each of the %Ln selected actor: %1.</numerusform>
            <numerusform>One follow-up for each of the %Ln selected actors: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReassignDialog</name>
    <message numerus="yes">
        <source>Assign %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>Assign %n follow-up &amp;to:</numerusform>
            <numerusform>Assign %n follow-ups &amp;to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReferenceItemTableModel</name>
    <message numerus="yes">
        <source>%Ln record(s) use this entry.</source>
        <translation>
            <numerusform>%Ln record uses this entry.</numerusform>
            <numerusform>%Ln records use this entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::RescheduleDialog</name>
    <message numerus="yes">
        <source>Move %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>Move %n follow-up &amp;to:</numerusform>
            <numerusform>Move %n follow-ups &amp;to:</numerusform>
        </translation>
    </message>
</context>
</TS>
