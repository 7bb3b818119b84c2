<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%Ln record(s) will move from &quot;%1&quot; to &quot;%2&quot;, and &quot;%1&quot; will be removed from the list.</source>
        <translation>
            <numerusform>%Ln record will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
            <numerusform>%Ln records will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
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
</TS>
