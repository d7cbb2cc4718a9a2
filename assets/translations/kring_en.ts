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
    <name>MeetingPage</name>
    <message numerus="yes">
        <source>%n minute(s) per round</source>
        <translation>
            <numerusform>%n minute per round</numerusform>
            <numerusform>%n minutes per round</numerusform>
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
<context>
    <name>NewsEntry</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), all seen</source>
        <translation>
            <numerusform>%n item, seen</numerusform>
            <numerusform>%n items, all seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateNotesController</name>
    <message numerus="yes">
        <source>%n note(s) exported. Keep the passphrase: without it nobody can read the file.</source>
        <translation>
            <numerusform>%n note exported. Keep the passphrase: without it nobody can read the file.</numerusform>
            <numerusform>%n notes exported. Keep the passphrase: without it nobody can read the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported.</source>
        <translation>
            <numerusform>%n note imported.</numerusform>
            <numerusform>%n notes imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on this phone were newer and stayed.</source>
        <translation>
            <numerusform>%n note on this phone was newer and stayed.</numerusform>
            <numerusform>%n notes on this phone were newer and stayed.</numerusform>
        </translation>
    </message>
</context>
</TS>
