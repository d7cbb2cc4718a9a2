<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangeWords</name>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>and %n more change</numerusform>
            <numerusform>and %n more changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseKeys</name>
    <message numerus="yes">
        <source>Choose a PIN of at least %n digits.</source>
        <translation>
            <numerusform>Choose a PIN of at least %n digit.</numerusform>
            <numerusform>Choose a PIN of at least %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>%n more problem not shown</numerusform>
            <numerusform>%n more problems not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message numerus="yes">
        <source>%n group(s), nearest first</source>
        <translation>
            <numerusform>%n group, nearest first</numerusform>
            <numerusform>%n groups, nearest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), next meeting first</source>
        <translation>
            <numerusform>%n group, next meeting first</numerusform>
            <numerusform>%n groups, next meeting first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), best match first</source>
        <translation>
            <numerusform>%n group, best match first</numerusform>
            <numerusform>%n groups, best match first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationTab</name>
    <message numerus="yes">
        <source>%1, %n with news</source>
        <translation>
            <numerusform>%1, %n with news</numerusform>
            <numerusform>%1, %n with news</numerusform>
        </translation>
    </message>
</context>
</TS>
