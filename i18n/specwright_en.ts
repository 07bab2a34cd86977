<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>specwright::gui::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>specwright::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n column(s) past the limit</source>
        <translation>
            <numerusform>%n column past the limit</numerusform>
            <numerusform>%n columns past the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gate: %n error(s)</source>
        <translation>
            <numerusform>Gate: %n error</numerusform>
            <numerusform>Gate: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
