<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DirectoryJson</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation><numerusform>%n more problem not shown</numerusform><numerusform>%n more problems not shown</numerusform></translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message numerus="yes">
        <source>%n self-help group(s), led by peers. Free and anonymous.</source>
        <translation><numerusform>%n self-help group, led by peers. Free and anonymous.</numerusform><numerusform>%n self-help groups, led by peers. Free and anonymous.</numerusform></translation>
    </message>
</context>
</TS>
