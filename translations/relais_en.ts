<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>relais::ActorsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s)</source>
        <translation>
            <numerusform>%1 of %n organisation</numerusform>
            <numerusform>%1 of %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n contacts?</source>
        <translation>
            <numerusform>Delete this contact?</numerusform>
            <numerusform>Delete these %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n organisations?</source>
        <translation>
            <numerusform>Delete this organisation?</numerusform>
            <numerusform>Delete these %n organisations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Commands</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
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
    <name>relais::MergeReferenceDialog</name>
    <message numerus="yes">
        <source>%n record(s) will move from &quot;%1&quot; to &quot;%2&quot;, and &quot;%1&quot; will be removed from the list.</source>
        <translation>
            <numerusform>%n record will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
            <numerusform>%n records will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReferenceItemTableModel</name>
    <message numerus="yes">
        <source>%n record(s) use this entry.</source>
        <translation>
            <numerusform>%n record uses this entry.</numerusform>
            <numerusform>%n records use this entry.</numerusform>
        </translation>
    </message>
</context>
</TS>
